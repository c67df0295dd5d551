Feature: HS009 – work-related stress
  Stress is assessed against the HSE Management Standards within 12 months of the plan
  start, with actions, and workload targets above the usual limits are flagged as a
  demands or control risk.

  Scenario: The example plan reviewed stress in October 2026
    Given the compliant plan
    When the plan is audited
    Then HS009 reports nothing

  Scenario: The stress review is more than 12 months old
    Given the compliant plan
    And the plan sets "compliance.health_safety.stress.management_standards_review" to 2025-09-30
    When the plan is audited
    Then HS009 reports warning "The stress review against the Management Standards is dated 2025-09-30, more than 12 months before the plan starts on 2027-01-01." at "compliance.health_safety.stress.management_standards_review"
    And HS009 reports nothing else

  Scenario: The stress review is dated after the plan ends
    Given the compliant plan
    And the plan sets "compliance.health_safety.stress.management_standards_review" to 2027-04-01
    When the plan is audited
    Then HS009 reports "dated 2027-04-01, after the plan ends on 2027-03-31" at "compliance.health_safety.stress.management_standards_review"
    And HS009 reports nothing else

  Scenario: The plan has no stress assessment
    Given the compliant plan
    And the plan has no "compliance.health_safety.stress"
    When the plan is audited
    Then HS009 reports "records no stress risk assessment against the HSE Management Standards" at "compliance.health_safety.stress.management_standards_review"
    And HS009 reports "states no actions from the stress risk assessment" at "compliance.health_safety.stress.actions"
    And HS009 reports nothing else

  Scenario: Occupancy is allowed up to 90 %
    Given the compliant plan
    And the plan sets "resource_plan.max_occupancy" to 0.9
    When the plan is audited
    Then HS009 reports warning "Occupancy is allowed up to 90%, above 85%: a demands risk under the Management Standards." at "resource_plan.max_occupancy"
    And HS009 reports nothing else

  Scenario: The adherence target is 97 %
    Given the compliant plan
    And the plan sets "resource_plan.real_time_adherence.target" to 97%
    When the plan is audited
    Then HS009 reports "The adherence target of 97% is above 95%: a control risk" at "resource_plan.real_time_adherence.target"
    And HS009 reports nothing else

  Scenario: An organisation sets its own occupancy limit
    Given the compliant plan
    And the plan sets "resource_plan.max_occupancy" to 0.9
    And the configuration is:
      """
      [rules.HS009]
      max_occupancy = 0.9
      """
    When the plan is audited
    Then HS009 reports nothing
