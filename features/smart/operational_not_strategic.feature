Feature: SM006 – operational objectives are not strategic goals
  Objectives belong to this period; strategic goals to the long term.

  Scenario: The example plan keeps objectives and goals apart
    Given the compliant plan
    When the plan is audited
    Then SM006 reports nothing

  Scenario: An objective runs beyond the plan period
    Given the compliant plan
    And the plan sets "objectives[1].due" to 2027-09-30
    When the plan is audited
    Then SM006 reports warning "runs to 2027-09-30, beyond the plan period ending 2027-03-31" at "objectives[1].due"
    And SM006 reports nothing else

  Scenario: An objective restates the strategic goal it supports
    Given the compliant plan
    And the plan sets "objectives[2].due" to 2029-12-31
    When the plan is audited
    Then SM006 reports "the same date as the horizon of strategic goal SG1" at "objectives[2].due"
    And SM006 reports "beyond the plan period" at "objectives[2].due"
    And SM006 reports nothing else

  Scenario: A strategic goal's horizon falls inside the plan period
    Given the compliant plan
    And the plan sets "organisation.strategic_goals[1].horizon" to 2027-03-01
    When the plan is audited
    Then SM006 reports "Strategic goal SG2 has its horizon 2027-03-01 inside the plan period" at "organisation.strategic_goals[1].horizon"
    And SM006 reports nothing else
