Feature: The gate denies a plan when a rule set the policy requires did not run
  Rule sets named in the policy's required_rulesets must be installed and run
  in full: a configuration that switches off one of their rules does not pass.

  Scenario: Every required rule set ran in full
    Given the compliant plan
    And the gate policy:
      """
      required_rulesets: [core, smart]
      """
    When the plan goes through the gate
    Then the gate approves the plan

  Scenario: A rule of a required rule set was switched off
    Given the compliant plan
    And the configuration is:
      """
      ignore = ["SM007"]
      """
    And the gate policy:
      """
      required_rulesets: [core, smart]
      """
    When the plan goes through the gate
    Then the gate denies the plan because "required rule set smart did not run in full: SM007 was switched off"
    And the register holds 1 record, denied, and its chain verifies

  Scenario: A required rule set is not installed
    Given the compliant plan
    And the gate policy:
      """
      required_rulesets: [payment-cards]
      """
    When the plan goes through the gate
    Then the gate denies the plan because "required rule set payment-cards is not installed, so it did not run"
