Feature: FCA003 – SYSC 10A recordings kept five to seven years

  Scenario: Recordings are kept five years
    Given the compliant plan
    When the plan is audited
    Then FCA003 reports nothing

  Scenario: Recordings are kept only 90 days
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.retention_days" to 90
    When the plan is audited
    Then FCA003 reports error "kept 90 days; SYSC 10A needs at least 1826 days" at "compliance.data_protection.call_recording.retention_days"
    And FCA003 reports nothing else

  Scenario: Recordings are kept longer than seven years
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.retention_days" to 3000
    When the plan is audited
    Then FCA003 reports "beyond the 2557 days (seven years)" at "compliance.data_protection.call_recording.retention_days"

  Scenario: Calls are not recorded although SYSC 10A applies
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.enabled" to false
    When the plan is audited
    Then FCA003 reports "call recording is not enabled" at "compliance.data_protection.call_recording.enabled"

  Scenario: SYSC 10A does not apply
    Given the compliant plan
    And the plan sets "x-fca.recording.in_scope" to false
    And the plan sets "compliance.data_protection.call_recording.retention_days" to 90
    When the plan is audited
    Then FCA003 reports nothing
