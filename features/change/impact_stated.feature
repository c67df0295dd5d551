Feature: CH002 – each change states its impact
  Each change says whether it touches personal data, brings new technology or
  changes working patterns, and whom it affects, so the DPIA, EqIA and risk
  assessment rules can tell what it needs.

  Scenario: The example plan's changes state their impact
    Given the compliant plan
    When the plan is audited
    Then CH002 reports nothing

  Scenario: A change does not say whether it touches personal data
    Given the compliant plan
    And "changes.yaml" has no "changes[0].personal_data"
    When the plan is audited
    Then CH002 reports error "Change CH1 does not say whether it changes how personal data is processed (personal_data), so whether it needs a DPIA cannot be determined" at "changes[0].personal_data"
    And CH002 reports nothing else

  Scenario: A change does not say whether it brings new technology
    Given the compliant plan
    And "changes.yaml" has no "changes[1].new_technology"
    When the plan is audited
    Then CH002 reports "Change CH2 does not say whether it introduces new technology (new_technology)" at "changes[1].new_technology"
    And CH002 reports nothing else

  Scenario: A change does not say whether it changes working patterns
    Given the compliant plan
    And "changes.yaml" has no "changes[1].affects_working_patterns"
    When the plan is audited
    Then CH002 reports "whether it needs an EqIA and a risk-assessment review cannot be determined" at "changes[1].affects_working_patterns"
    And CH002 reports nothing else

  Scenario: A change does not say whom it affects
    Given the compliant plan
    And "changes.yaml" sets "changes[1].affects" to []
    When the plan is audited
    Then CH002 reports "Change CH2 does not say whom it affects (affects)" at "changes[1].affects"
    And CH002 reports nothing else
