Feature: HS010 – home and lone working
  When staff work from home, the plan says how home and lone workers are kept in touch
  with and kept safe.

  Scenario: Home workers check in at the start of each shift
    Given the compliant plan
    When the plan is audited
    Then HS010 reports nothing

  Scenario: Home working without lone-working arrangements
    Given the compliant plan
    And the plan has no "compliance.health_safety.lone_working"
    When the plan is audited
    Then HS010 reports warning "Staff work from home but the plan does not say how home and lone workers are kept in touch with and kept safe." at "compliance.health_safety.lone_working"
    And HS010 reports nothing else

  Scenario: Home workstations are assessed, so home working exists
    Given the compliant plan
    And the plan has no "compliance.health_safety.lone_working"
    And the plan has no "compliance.data_protection.homeworking"
    When the plan is audited
    Then HS010 reports "Staff work from home" at "compliance.health_safety.lone_working"

  Scenario: An office-only centre
    Given the compliant plan
    And the plan has no "compliance.health_safety.lone_working"
    And the plan has no "compliance.data_protection.homeworking"
    And the plan sets "compliance.health_safety.dse.homeworkers_included" to false
    When the plan is audited
    Then HS010 reports nothing
