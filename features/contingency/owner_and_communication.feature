Feature: CT005 – every contingency plan has an owner and a communication plan
  Written as a built-in rule pack: every plan selected by contingency.plans[*]
  must have a non-empty owner and communication.

  Scenario: Every example plan names its owner and communication
    Given the compliant plan
    When the plan is audited
    Then CT005 reports nothing

  Scenario: A plan says nothing about communication
    Given the compliant plan
    And the plan has no "contingency.plans[1].communication"
    When the plan is audited
    Then CT005 reports warning "Contingency plan CP2 has no communication" at "contingency.plans[1].communication"
    And CT005 reports nothing else

  Scenario: Two plans have no owner, one of them a blank one
    Given the compliant plan
    And the plan has no "contingency.plans[2].owner"
    And the plan sets "contingency.plans[4].owner" to ""
    When the plan is audited
    Then CT005 reports "Contingency plan CP3 has no owner" at "contingency.plans[2].owner"
    And CT005 reports "Contingency plan CP5 has no owner" at "contingency.plans[4].owner"
    And CT005 reports nothing else
