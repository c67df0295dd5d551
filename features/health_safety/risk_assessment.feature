Feature: HS007 – the risk assessment is current
  The health and safety risk assessment is named and was reviewed no more than 12 months
  before the plan starts; every change to working patterns made after that review has
  the assessment reviewed on or before go-live; and a department of 5 or more employees
  has a written health and safety policy.

  Scenario: The example plan's assessment was reviewed in August 2026
    Given the compliant plan
    When the plan is audited
    Then HS007 reports nothing

  Scenario: The assessment is more than 12 months old
    Given the compliant plan
    And the plan sets "compliance.health_safety.risk_assessment.last_reviewed" to 2025-12-31
    When the plan is audited
    Then HS007 reports error "Risk assessment RA-LDS-2026 was last reviewed on 2025-12-31, more than 12 months before the plan starts on 2027-01-01." at "compliance.health_safety.risk_assessment.last_reviewed"
    And HS007 reports nothing else

  Scenario: Exactly 12 months before the plan starts is still current
    Given the compliant plan
    And the plan sets "compliance.health_safety.risk_assessment.last_reviewed" to 2026-01-01
    When the plan is audited
    Then HS007 reports nothing

  Scenario: An organisation reviews every two years
    Given the compliant plan
    And the plan sets "compliance.health_safety.risk_assessment.last_reviewed" to 2025-06-01
    And the configuration is:
      """
      [rules.HS007]
      review_months = 24
      """
    When the plan is audited
    Then HS007 reports nothing

  Scenario: The plan names no risk assessment
    Given the compliant plan
    And the plan has no "compliance.health_safety.risk_assessment"
    When the plan is audited
    Then HS007 reports error "The plan names no health and safety risk assessment." at "compliance.health_safety.risk_assessment.reference"
    And HS007 reports error "The risk assessment has no last_reviewed date." at "compliance.health_safety.risk_assessment.last_reviewed"
    And HS007 reports nothing else

  Scenario: A rota change goes live before the assessment is reviewed
    Given the compliant plan
    And "changes.yaml" sets "changes[1].risk_assessment_reviewed_on" to 2027-02-08
    When the plan is audited
    Then HS007 reports warning "Change CH2 changes working patterns from 2027-02-01 but the risk assessment is reviewed on 2027-02-08, after go-live; review it before." at "changes[1].risk_assessment_reviewed_on"
    And HS007 reports nothing else

  Scenario: A rota change records no review of the assessment
    Given the compliant plan
    And "changes.yaml" has no "changes[1].risk_assessment_reviewed_on"
    When the plan is audited
    Then HS007 reports warning "Change CH2 changes working patterns from 2027-02-01 but records no review of the risk assessment" at "changes[1].risk_assessment_reviewed_on"
    And HS007 reports nothing else

  Scenario: A change already covered by the last review needs no new one
    Given the compliant plan
    And the plan sets "compliance.health_safety.risk_assessment.last_reviewed" to 2027-02-01
    And "changes.yaml" has no "changes[1].risk_assessment_reviewed_on"
    When the plan is audited
    Then HS007 reports nothing

  Scenario: A department of 140 has no written policy
    Given the compliant plan
    And the plan has no "compliance.health_safety.policy_statement"
    When the plan is audited
    Then HS007 reports error "The department has 140 employees but names no written health and safety policy (required from 5)." at "compliance.health_safety.policy_statement"
    And HS007 reports nothing else

  Scenario: A department of 4 needs no written policy
    Given the compliant plan
    And the plan has no "compliance.health_safety.policy_statement"
    And the plan sets "plan.employees" to 4
    When the plan is audited
    Then HS007 reports nothing

  Scenario: Without a headcount the policy cannot be judged
    Given the compliant plan
    And the plan has no "compliance.health_safety.policy_statement"
    And the plan has no "plan.employees"
    When the plan is audited
    Then HS007 reports info "The plan gives no plan.employees, so whether a written health and safety policy is required (5 or more employees) could not be checked" at "compliance.health_safety.policy_statement"
    And HS007 reports nothing else
