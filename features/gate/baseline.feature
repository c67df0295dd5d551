Feature: A baseline keeps findings the plan already had from denying it
  Findings are matched by fingerprint, built from ids, so reformatting the
  plan or reordering its lists does not make an old finding new.

  Scenario: Old findings stay quiet after the plan's lines move
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And a baseline of the plan's current findings
    And the plan's objectives are reordered and the file reformatted
    And the default gate policy
    When the plan goes through the gate
    Then the gate approves the plan
    And SM001 reports nothing

  Scenario: A new finding is not covered by the baseline
    Given the compliant plan
    And a baseline of the plan's current findings
    And the plan has no "objectives[0].kpi"
    And the default gate policy
    When the plan goes through the gate
    Then the gate denies the plan because "1 unwaived finding at or above error (SM001)"
