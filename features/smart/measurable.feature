Feature: SM001 – objectives are measurable
  An objective must name a defined KPI with a unit, a numeric baseline and
  target, and a direction that agrees with them.

  Scenario: The example plan's objectives are measurable
    Given the compliant plan
    When the plan is audited
    Then SM001 reports nothing

  Scenario: An objective names no KPI
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    When the plan is audited
    Then SM001 reports error "Objective OBJ1 names no KPI" at "objectives[0].kpi"
    And SM001 reports nothing else

  Scenario: An objective measures a KPI that is not defined
    Given the compliant plan
    And the plan sets "objectives[1].kpi" to NPS
    When the plan is audited
    Then SM001 reports "measures KPI NPS, which is not defined in kpis" at "objectives[1].kpi"
    And SM001 reports nothing else

  Scenario: The KPI an objective measures has no unit
    Given the compliant plan
    And the plan has no "kpis[0].unit"
    When the plan is audited
    Then SM001 reports "KPI AHT, measured by OBJ1, has no unit" at "kpis[0].unit"
    And SM001 reports nothing else

  Scenario: An objective has no baseline, target or direction
    Given the compliant plan
    And the plan has no "objectives[2].baseline"
    And the plan has no "objectives[2].target"
    And the plan has no "objectives[2].direction"
    When the plan is audited
    Then SM001 reports "Objective OBJ3 has no baseline" at "objectives[2].baseline"
    And SM001 reports "Objective OBJ3 has no target" at "objectives[2].target"
    And SM001 reports "Objective OBJ3 has no direction" at "objectives[2].direction"
    And SM001 reports nothing else

  Scenario: The direction contradicts the baseline and target
    Given the compliant plan
    And the plan sets "objectives[0].target" to 450
    When the plan is audited
    Then SM001 reports "says decrease but its target 450 is not below its baseline 420" at "objectives[0].target"
    And SM001 reports nothing else

  Scenario: The direction is not one of increase, decrease or maintain
    Given the compliant plan
    And the plan sets "objectives[3].direction" to improve
    When the plan is audited
    Then SM001 reports "has direction 'improve'" at "objectives[3].direction"
    And SM001 reports nothing else
