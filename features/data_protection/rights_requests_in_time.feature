Feature: DP004 – rights requests and data-protection complaints are answered in time
  Subject access requests have a process and are answered within one calendar
  month (30 days); from 19 June 2026 data-protection complaints are acknowledged
  within 30 days.

  Scenario: The example plan answers requests in 28 days and acknowledges complaints in 5
    Given the compliant plan
    When the plan is audited
    Then DP004 reports nothing

  Scenario: Subject access requests take longer than a month
    Given the compliant plan
    And the plan sets "compliance.data_protection.subject_access.response_days" to 40
    When the plan is audited
    Then DP004 reports error "Subject access requests are answered in 40 days, beyond the 30-day (one calendar month) limit" at "compliance.data_protection.subject_access.response_days"
    And DP004 reports nothing else

  Scenario: There is no process or response time for subject access requests
    Given the compliant plan
    And the plan has no "compliance.data_protection.subject_access"
    When the plan is audited
    Then DP004 reports "sets no response time for subject access requests" at "compliance.data_protection.subject_access.response_days"
    And DP004 reports "describes no process for subject access requests" at "compliance.data_protection.subject_access.process"
    And DP004 reports nothing else

  Scenario: Complaints are acknowledged later than 30 days once the duty applies
    Given the compliant plan
    And the plan sets "compliance.data_protection.complaints.acknowledge_days" to 45
    When the plan is audited
    Then DP004 reports error "Data-protection complaints are acknowledged in 45 days, beyond the 30 days required from 2026-06-19" at "compliance.data_protection.complaints.acknowledge_days"
    And DP004 reports nothing else

  Scenario: A plan without a complaints route is told what could not be checked
    Given the compliant plan
    And the plan has no "compliance.data_protection.complaints"
    When the plan is audited
    Then DP004 reports info "applies in the plan period 2027-01-01 to 2027-03-31, but the plan has no data-protection complaints route" at "compliance.data_protection.complaints"
    And DP004 reports nothing else

  Scenario: A complaints route without an acknowledgement time could not be checked
    Given the compliant plan
    And the plan has no "compliance.data_protection.complaints.acknowledge_days"
    When the plan is audited
    Then DP004 reports info "its complaints route states no acknowledge_days, so the 30-day acknowledgement could not be checked" at "compliance.data_protection.complaints.acknowledge_days"
    And DP004 reports nothing else

  Scenario: A plan that ends before the complaints duty starts is not asked for it
    Given the compliant plan
    And the plan sets "plan.period" to {start: 2026-01-01, end: 2026-06-18}
    And the plan sets "compliance.data_protection.complaints.acknowledge_days" to 45
    When the plan is audited
    Then DP004 reports nothing
