Feature: SM007 – targets are realistic or justified
  A big change in a short time, or a world-class FCR or service level target,
  needs phasing or justification. The thresholds are conventions and can be set.

  Scenario: The example plan's targets are within reach
    Given the compliant plan
    When the plan is audited
    Then SM007 reports nothing

  Scenario: A large improvement in a short time
    Given the compliant plan
    And the plan sets "objectives[0].target" to 300
    When the plan is audited
    Then SM007 reports warning "moves AHT from 420 to 300 (29%)" at "objectives[0].target"
    And SM007 reports nothing else

  Scenario: A world-class FCR target
    Given the compliant plan
    And the plan sets "objectives[1].target" to 0.82
    When the plan is audited
    Then SM007 reports "targets FCR of 82%, at or above 80%" at "objectives[1].target"
    And SM007 reports nothing else

  Scenario: A service level target of 95 % or more
    Given the compliant plan
    And the plan sets "objectives[2].target" to 0.95
    When the plan is audited
    Then SM007 reports "targets SL of 95%" at "objectives[2].target"

  Scenario: An organisation allows bigger steps
    Given the compliant plan
    And the plan sets "objectives[0].target" to 300
    And the configuration is:
      """
      [rules.SM007]
      max_relative_change = 0.30
      """
    When the plan is audited
    Then SM007 reports nothing
