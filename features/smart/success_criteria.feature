Feature: SM008 – success criteria and dated, owned actions
  Each objective says how success is judged and has at least one action with an
  owner and a due date no later than its own.

  Scenario: The example plan's objectives have criteria and actions
    Given the compliant plan
    When the plan is audited
    Then SM008 reports nothing

  Scenario: An objective states no success criteria
    Given the compliant plan
    And the plan has no "objectives[3].success_criteria"
    When the plan is audited
    Then SM008 reports warning "Objective OBJ4 states no success criteria" at "objectives[3].success_criteria"
    And SM008 reports nothing else

  Scenario: An objective has no actions
    Given the compliant plan
    And the plan has no "objectives[2].actions"
    When the plan is audited
    Then SM008 reports "Objective OBJ3 has no actions" at "objectives[2].actions"
    And SM008 reports nothing else

  Scenario: The only action is due after the objective
    Given the compliant plan
    And the plan sets "objectives[1].actions[0].due" to 2027-04-30
    When the plan is audited
    Then SM008 reports "action OBJ2-A1 is due 2027-04-30, after the objective's 2027-03-31" at "objectives[1].actions"
    And SM008 reports nothing else

  Scenario: The only action has no owner
    Given the compliant plan
    And the plan has no "objectives[3].actions[0].owner"
    When the plan is audited
    Then SM008 reports "none has both an owner and a due date" at "objectives[3].actions"
