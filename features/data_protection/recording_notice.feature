Feature: DP002 – callers and staff are told about call recording
  When calls are recorded, callers hear or read a notice before their data are
  collected, and the staff who use the recorded lines are told too.

  Scenario: The example plan tells callers and staff
    Given the compliant plan
    When the plan is audited
    Then DP002 reports nothing

  Scenario: Callers are not told that calls are recorded
    Given the compliant plan
    And the plan has no "compliance.data_protection.call_recording.caller_notice"
    When the plan is audited
    Then DP002 reports error "Calls are recorded but the plan does not say how callers are told" at "compliance.data_protection.call_recording.caller_notice"
    And DP002 reports nothing else

  Scenario: The plan does not say how staff are told, so it could not be checked
    Given the compliant plan
    And the plan has no "compliance.data_protection.call_recording.staff_notice"
    When the plan is audited
    Then DP002 reports info "has no staff_notice, so whether staff who use the recorded lines are told could not be checked" at "compliance.data_protection.call_recording.staff_notice"
    And DP002 reports nothing else

  Scenario: The staff notice is written but empty
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.staff_notice" to ""
    When the plan is audited
    Then DP002 reports error "staff_notice is empty" at "compliance.data_protection.call_recording.staff_notice"
    And DP002 reports nothing else

  Scenario: A centre that does not record calls needs no recording notices
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.enabled" to false
    And the plan has no "compliance.data_protection.call_recording.caller_notice"
    And the plan has no "compliance.data_protection.call_recording.staff_notice"
    When the plan is audited
    Then DP002 reports nothing
