Feature: SM004 – baselines and targets are evidence-based
  Each objective cites its evidence, and the resource plan lists its data sources.

  Scenario: The example plan cites its evidence
    Given the compliant plan
    When the plan is audited
    Then SM004 reports nothing

  Scenario: An objective cites no evidence
    Given the compliant plan
    And the plan has no "objectives[1].evidence"
    When the plan is audited
    Then SM004 reports warning "Objective OBJ2 cites no evidence" at "objectives[1].evidence"
    And SM004 reports nothing else

  Scenario: The resource plan lists no data sources
    Given the compliant plan
    And the plan has no "resource_plan.data_sources"
    When the plan is audited
    Then SM004 reports "lists no data sources" at "resource_plan.data_sources"
    And SM004 reports nothing else
