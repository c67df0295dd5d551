Feature: QA003 – assessors calibrate at least monthly
  Daily, weekly, fortnightly and monthly calibration count as at least monthly.

  Scenario: The example plan calibrates monthly
    Given the compliant plan
    When the plan is audited
    Then QA003 reports nothing

  Scenario: Fortnightly calibration is at least monthly
    Given the compliant plan
    And the plan sets "quality_assurance.calibration" to Fortnightly
    When the plan is audited
    Then QA003 reports nothing

  Scenario: Assessors calibrate only quarterly
    Given the compliant plan
    And the plan sets "quality_assurance.calibration" to quarterly
    When the plan is audited
    Then QA003 reports warning "Assessors calibrate 'quarterly', which is not at least monthly" at "quality_assurance.calibration"
    And QA003 reports nothing else

  Scenario: Calibration happens only when someone asks for it
    Given the compliant plan
    And the plan sets "quality_assurance.calibration" to ad hoc
    When the plan is audited
    Then QA003 reports "Assessors calibrate 'ad hoc', which is not at least monthly" at "quality_assurance.calibration"
    And QA003 reports nothing else

  Scenario: The plan does not say how often assessors calibrate
    Given the compliant plan
    And the plan has no "quality_assurance.calibration"
    When the plan is audited
    Then QA003 reports "does not say how often assessors calibrate" at "quality_assurance.calibration"
    And QA003 reports nothing else
