Feature: The gate approves a plan only when its audit passes under the policy
  ccgov gate audits the plan, decides approve or deny under the organisation's
  policy, and records every decision, approved or denied, in the audit register.

  Scenario: A compliant plan is approved and the decision recorded
    Given the compliant plan
    And the default gate policy
    When the plan goes through the gate
    Then the gate approves the plan
    And the register holds 1 record, approved, and its chain verifies

  Scenario: An error in the plan denies it
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And the default gate policy
    When the plan goes through the gate
    Then the gate denies the plan because "1 unwaived finding at or above error (SM001)"
    And SM001 reports error "Objective OBJ1 names no KPI" at "objectives[0].kpi"
    And the register holds 1 record, denied, and its chain verifies

  Scenario: A policy that fails on warnings denies a plan with a warning
    Given the compliant plan
    And the plan has no "objectives[3].owner"
    And the gate policy:
      """
      fail_on: warning
      """
    When the plan goes through the gate
    Then the gate denies the plan because "1 unwaived finding at or above warning (SM003)"

  Scenario: The project configuration cannot lower the gate's threshold
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And the configuration is:
      """
      fail_on = "never"
      """
    And the default gate policy
    When the plan goes through the gate
    Then the gate denies the plan because "1 unwaived finding at or above error (SM001)"
