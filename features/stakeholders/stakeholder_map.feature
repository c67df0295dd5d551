Feature: ST003 – the plan maps its stakeholders
  The plan says how stakeholders are mapped, for example on a Mendelow power/interest grid.

  Scenario: The example plan uses a Mendelow grid
    Given the compliant plan
    When the plan is audited
    Then ST003 reports nothing

  Scenario: The plan has no stakeholder map
    Given the compliant plan
    And the plan has no "stakeholders.map"
    When the plan is audited
    Then ST003 reports warning "The plan has no stakeholder map" at "stakeholders.map"
    And ST003 reports nothing else

  Scenario: A blank stakeholder map is no map
    Given the compliant plan
    And the plan sets "stakeholders.map" to "  "
    When the plan is audited
    Then ST003 reports "The plan has no stakeholder map" at "stakeholders.map"
    And ST003 reports nothing else
