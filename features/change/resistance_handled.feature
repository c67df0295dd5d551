Feature: CH005 – the plan handles resistance to change
  Change management says how resistance will be found and handled.

  Scenario: The example plan has change champions and a concerns log
    Given the compliant plan
    When the plan is audited
    Then CH005 reports nothing

  Scenario: The plan says nothing about resistance
    Given the compliant plan
    And the plan has no "change_management.resistance"
    When the plan is audited
    Then CH005 reports warning "Change management does not say how resistance to change will be found and handled" at "change_management.resistance"
    And CH005 reports nothing else
