Feature: An internal error never approves a plan
  A rule that crashes has not checked the plan. The gate denies, exits 3 and
  records the denial, whatever the policy's threshold.

  Scenario: A crashing rule denies the plan even under the most lenient policy
    Given the compliant plan
    And a rule that crashes is installed
    And the gate policy:
      """
      fail_on: never
      """
    When the plan goes through the gate
    Then the gate denies the plan because "internal error: ZZ901 crashed, so the plan was not fully checked"
    And the exit code is 3
    And the register holds 1 record, denied, and its chain verifies
