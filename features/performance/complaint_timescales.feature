Feature: PF007 – complaint timescales meet the regulator's rules
  Only when the plan names the FCA or Ofcom as regulator. The FCA requires a final
  response within 8 weeks (56 days), and within 15 business days (21 calendar days) for
  payment services and e-money; Ofcom's code gives customers access to ADR after 8 weeks.

  Scenario: The example plan is regulated by Ofgem, so the rule does not apply
    Given the compliant plan
    When the plan is audited
    Then PF007 reports nothing

  Scenario: An FCA-regulated plan with no complaints process
    Given the compliant plan
    And the plan sets "plan.regulators" to [FCA]
    When the plan is audited
    Then PF007 reports error "The plan names the FCA as regulator but states no complaints process." at "compliance.complaints.process"
    And PF007 reports error "The plan names the FCA as regulator but states no final response time for complaints (the FCA's DISP 1.6.2 allows 56 calendar days)." at "compliance.complaints.final_response_days"
    And PF007 reports nothing else

  Scenario: An FCA-regulated plan answers complaints within 8 weeks
    Given the compliant plan
    And the plan sets "plan.regulators" to [FCA]
    And the plan sets "compliance.complaints" to {process: Complaints team and FOS referral letter, final_response_days: 56}
    When the plan is audited
    Then PF007 reports nothing

  Scenario: A payment services firm takes 8 weeks
    Given the compliant plan
    And the plan sets "plan.regulators" to [FCA]
    And the plan sets "plan.fca_activities" to [payment services]
    And the plan sets "compliance.complaints" to {process: Complaints team, final_response_days: 56}
    When the plan is audited
    Then PF007 reports "Complaints get a final response within 56 days; the FCA's DISP 1.6.2A for payment services and e-money allows 21 calendar days." at "compliance.complaints.final_response_days"
    And PF007 reports nothing else

  Scenario: An Ofcom-regulated plan takes 10 weeks
    Given the compliant plan
    And the plan sets "plan.regulators" to [Ofcom]
    And the plan sets "compliance.complaints" to {process: Complaints team, final_response_days: 70}
    When the plan is audited
    Then PF007 reports "Complaints get a final response within 70 days; Ofcom's complaints code before ADR allows 56 calendar days." at "compliance.complaints.final_response_days"
    And PF007 reports nothing else
