Feature: EQ005 – reasonable adjustments cover agents' performance targets
  A plan that measures agents on handling time, adherence or occupancy states
  how reasonable adjustments apply to those measures.

  Scenario: The example plan adjusts AHT and adherence targets
    Given the compliant plan
    When the plan is audited
    Then EQ005 reports nothing

  Scenario: Agents are held to AHT and adherence with no adjustments stated
    Given the compliant plan
    And the plan has no "compliance.equality.reasonable_adjustments"
    When the plan is audited
    Then EQ005 reports warning "The plan measures agents on AHT, ADH but states no reasonable adjustments for disabled staff" at "compliance.equality.reasonable_adjustments"
    And EQ005 reports nothing else

  Scenario: An objective on occupancy counts even without a KPI definition
    Given the compliant plan
    And the plan sets "objectives[0].kpi" to occ
    And the plan has no "compliance.equality.reasonable_adjustments"
    And the configuration is:
      """
      [rules.EQ005]
      performance_kpis = ["OCC"]
      """
    When the plan is audited
    Then EQ005 reports "The plan measures agents on OCC" at "compliance.equality.reasonable_adjustments"
    And EQ005 reports nothing else

  Scenario: A plan that uses none of the watched measures is not checked
    Given the compliant plan
    And the plan has no "compliance.equality.reasonable_adjustments"
    And the configuration is:
      """
      [rules.EQ005]
      performance_kpis = ["OCC"]
      """
    When the plan is audited
    Then EQ005 reports nothing
