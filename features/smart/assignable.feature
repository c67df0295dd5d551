Feature: SM003 – objectives and actions have owners
  Every objective and every one of its actions names who is accountable.

  Scenario: The example plan's objectives and actions are owned
    Given the compliant plan
    When the plan is audited
    Then SM003 reports nothing

  Scenario: An objective has no owner
    Given the compliant plan
    And the plan has no "objectives[3].owner"
    When the plan is audited
    Then SM003 reports warning "Objective OBJ4 has no owner" at "objectives[3].owner"
    And SM003 reports nothing else

  Scenario: An action has no owner
    Given the compliant plan
    And the plan has no "objectives[0].actions[1].owner"
    When the plan is audited
    Then SM003 reports "Action OBJ1-A2 of objective OBJ1 has no owner" at "objectives[0].actions[1].owner"
    And SM003 reports nothing else
