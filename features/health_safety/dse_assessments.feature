Feature: HS006 – display screen assessments and eyesight tests
  Every workstation is assessed, users are offered eyesight tests, and home workstations
  are assessed when staff work from home.

  Scenario: The example plan assesses office and home workstations
    Given the compliant plan
    When the plan is audited
    Then HS006 reports nothing

  Scenario: Eyesight tests are not offered
    Given the compliant plan
    And the plan sets "compliance.health_safety.dse.eyesight_tests" to false
    When the plan is audited
    Then HS006 reports error "does not confirm that display screen users are offered eyesight tests" at "compliance.health_safety.dse.eyesight_tests"
    And HS006 reports nothing else

  Scenario: Workstations are not assessed
    Given the compliant plan
    And the plan has no "compliance.health_safety.dse.workstation_assessments"
    When the plan is audited
    Then HS006 reports "does not confirm that display screen workstations are assessed" at "compliance.health_safety.dse.workstation_assessments"
    And HS006 reports nothing else

  Scenario: Home workers' workstations are left out
    Given the compliant plan
    And the plan sets "compliance.health_safety.dse.homeworkers_included" to false
    When the plan is audited
    Then HS006 reports "Staff work from home but the plan does not confirm that home workstations are assessed" at "compliance.health_safety.dse.homeworkers_included"
    And HS006 reports nothing else

  Scenario: Without home working, home workstations need no assessment
    Given the compliant plan
    And the plan sets "compliance.health_safety.dse.homeworkers_included" to false
    And the plan has no "compliance.data_protection.homeworking"
    When the plan is audited
    Then HS006 reports nothing
