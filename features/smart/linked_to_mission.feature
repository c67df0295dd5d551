Feature: SM005 – objectives are linked to the mission and values
  The organisation states its mission and values, and each objective supports a
  strategic goal that exists.

  Scenario: The example plan links every objective to a strategic goal
    Given the compliant plan
    When the plan is audited
    Then SM005 reports nothing

  Scenario: The organisation states no mission
    Given the compliant plan
    And the plan has no "organisation.mission"
    When the plan is audited
    Then SM005 reports error "The organisation states no mission" at "organisation.mission"
    And SM005 reports nothing else

  Scenario: The organisation states no values
    Given the compliant plan
    And the plan has no "organisation.values"
    When the plan is audited
    Then SM005 reports "The organisation states no values" at "organisation.values"
    And SM005 reports nothing else

  Scenario: An objective supports no strategic goal
    Given the compliant plan
    And the plan has no "objectives[2].supports"
    When the plan is audited
    Then SM005 reports "Objective OBJ3 supports no strategic goal" at "objectives[2].supports"
    And SM005 reports nothing else

  Scenario: An objective supports a goal that does not exist
    Given the compliant plan
    And the plan sets "objectives[0].supports" to [SG9]
    When the plan is audited
    Then SM005 reports "supports SG9, which is not a strategic goal (defined: SG1, SG2)" at "objectives[0].supports[0]"
    And SM005 reports nothing else
