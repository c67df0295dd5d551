Feature: PF006 – targets agree with the resource plan
  A service level objective uses the target the queues are staffed to; otherwise the plan
  promises one service level and rosters for another. Occupancy is an output of staffing,
  not something to raise.

  Scenario: The example plan's 80 % service level objective matches its queues
    Given the compliant plan
    When the plan is audited
    Then PF006 reports nothing

  Scenario: The objective promises 90 % but the queues are staffed for 80 %
    Given the compliant plan
    And the plan sets "objectives[2].target" to 0.9
    When the plan is audited
    Then PF006 reports warning "Objective OBJ3 targets SL of 90 %, but no queue staffs to it (billing-voice 80 %, billing-webchat 80 %)." at "objectives[2].target"
    And PF006 reports nothing else

  Scenario: An objective to raise occupancy
    Given the compliant plan
    And the plan sets "objectives[3].kpi" to OCC
    When the plan is audited
    Then PF006 reports "Objective OBJ4 increases occupancy, which is an output of staffing, not a target." at "objectives[3].direction"
    And PF006 reports nothing else
