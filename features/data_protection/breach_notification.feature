Feature: DP005 – breaches are notified to the ICO within 72 hours
  The plan has a breach procedure, and it notifies the ICO within 72 hours of
  becoming aware of a personal data breach.

  Scenario: The example plan notifies within 72 hours under procedure IS-04
    Given the compliant plan
    When the plan is audited
    Then DP005 reports nothing

  Scenario: Breaches are notified later than 72 hours
    Given the compliant plan
    And the plan sets "compliance.data_protection.breach_reporting.notify_within_hours" to 96
    When the plan is audited
    Then DP005 reports error "Breaches are notified to the ICO within 96 hours, later than the 72 hours UK GDPR Art 33 allows" at "compliance.data_protection.breach_reporting.notify_within_hours"
    And DP005 reports nothing else

  Scenario: The plan has no breach procedure at all
    Given the compliant plan
    And the plan has no "compliance.data_protection.breach_reporting"
    When the plan is audited
    Then DP005 reports "sets no time limit for notifying the ICO of a breach" at "compliance.data_protection.breach_reporting.notify_within_hours"
    And DP005 reports "names no breach-handling procedure" at "compliance.data_protection.breach_reporting.process"
    And DP005 reports nothing else

  Scenario: Exactly 72 hours is on time
    Given the compliant plan
    And the plan sets "compliance.data_protection.breach_reporting.notify_within_hours" to 72
    When the plan is audited
    Then DP005 reports nothing
