Feature: SM002 – objectives are due within the plan period
  Every objective has a due date, on or between the first and last day of the
  plan period.

  Scenario: Every objective of the example plan is due in the period
    Given the compliant plan
    When the plan is audited
    Then SM002 reports nothing

  Scenario: An objective has no due date
    Given the compliant plan
    And the plan has no "objectives[1].due"
    When the plan is audited
    Then SM002 reports error "Objective OBJ2 has no due date" at "objectives[1].due"
    And SM002 reports nothing else

  Scenario: An objective is due after the plan period
    Given the compliant plan
    And the plan sets "objectives[0].due" to 2027-06-30
    When the plan is audited
    Then SM002 reports "due 2027-06-30, outside the plan period 2027-01-01 to 2027-03-31" at "objectives[0].due"
    And SM002 reports nothing else

  Scenario: An objective is due before the plan period starts
    Given the compliant plan
    And the plan sets "objectives[0].due" to 2026-12-31
    When the plan is audited
    Then SM002 reports "outside the plan period" at "objectives[0].due"

  Scenario: Due on the last day of the period is inside it
    Given the compliant plan
    And the plan sets "objectives[0].due" to 2027-03-31
    When the plan is audited
    Then SM002 reports nothing
