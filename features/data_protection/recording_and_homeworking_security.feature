Feature: DP012 – recordings and home-working are secured
  Access to call recordings is controlled, and a centre whose staff work from
  home states its home-working security controls.

  Scenario: The example plan controls access to recordings and secures home-working
    Given the compliant plan
    When the plan is audited
    Then DP012 reports nothing

  Scenario: Nobody says who may open call recordings
    Given the compliant plan
    And the plan has no "compliance.data_protection.call_recording.access_control"
    When the plan is audited
    Then DP012 reports warning "Calls are recorded but the plan does not say who may access the recordings" at "compliance.data_protection.call_recording.access_control"
    And DP012 reports nothing else

  Scenario: Home-workers without home-working security controls
    Given the compliant plan
    And the plan has no "compliance.data_protection.homeworking"
    When the plan is audited
    Then DP012 reports warning "Staff work from home or alone (dse.homeworkers_included is true) but the plan states no home-working security controls" at "compliance.data_protection.homeworking"
    And DP012 reports nothing else

  Scenario: Lone working alone shows staff work away from the site
    Given the compliant plan
    And the plan sets "compliance.health_safety.dse.homeworkers_included" to false
    And the plan has no "compliance.data_protection.homeworking"
    When the plan is audited
    Then DP012 reports "Staff work from home or alone (lone_working is described)" at "compliance.data_protection.homeworking"
    And DP012 reports nothing else

  Scenario: A site-only centre needs no home-working controls
    Given the compliant plan
    And the plan sets "compliance.health_safety.dse.homeworkers_included" to false
    And the plan has no "compliance.health_safety.lone_working"
    And the plan has no "compliance.data_protection.homeworking"
    When the plan is audited
    Then DP012 reports nothing
