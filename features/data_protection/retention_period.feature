Feature: DP003 – call recordings have a stated and justified retention period
  Recordings are kept for a stated, positive number of days under a retention
  schedule; firms doing MiFID business keep them at least five years.

  Scenario: The example plan keeps recordings 60 days under its retention schedule
    Given the compliant plan
    When the plan is audited
    Then DP003 reports nothing

  Scenario: The retention period is zero days
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.retention_days" to 0
    When the plan is audited
    Then DP003 reports error "Call recordings are kept for 0 days; state a positive retention period" at "compliance.data_protection.call_recording.retention_days"
    And DP003 reports nothing else

  Scenario: No retention period is stated for recordings
    Given the compliant plan
    And the plan has no "compliance.data_protection.call_recording.retention_days"
    When the plan is audited
    Then DP003 reports "Call recordings have no retention period" at "compliance.data_protection.call_recording.retention_days"
    And DP003 reports nothing else

  Scenario: No retention schedule is referenced
    Given the compliant plan
    And the plan has no "compliance.data_protection.retention_schedule"
    When the plan is audited
    Then DP003 reports error "The plan references no retention schedule" at "compliance.data_protection.retention_schedule"
    And DP003 reports nothing else

  Scenario: A MiFID firm keeps recordings for less than five years
    Given the compliant plan
    And the plan sets "plan.fca_activities" to [payment services, MiFID]
    When the plan is audited
    Then DP003 reports error "lists MiFID business but keeps call recordings 60 days, less than the 1826 days (5 years)" at "compliance.data_protection.call_recording.retention_days"
    And DP003 reports nothing else

  Scenario: A MiFID firm that keeps recordings five years complies
    Given the compliant plan
    And the plan sets "plan.fca_activities" to [mifid]
    And the plan sets "compliance.data_protection.call_recording.retention_days" to 1826
    When the plan is audited
    Then DP003 reports nothing

  Scenario: A centre that does not record calls needs no recording retention period
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.enabled" to false
    And the plan has no "compliance.data_protection.call_recording.retention_days"
    When the plan is audited
    Then DP003 reports nothing
