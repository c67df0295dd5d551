Feature: FCA001 and FCA002 – complaints handled within the DISP time limits
  A regulated firm's contact centre sends final responses within eight weeks
  (15 business days for payment services), closes quick resolutions within three
  business days, and tells customers of their right to go to the ombudsman.

  Scenario: The firm's complaint times meet DISP
    Given the compliant plan
    When the plan is audited
    Then FCA001 reports nothing
    And FCA002 reports nothing

  Scenario: Final responses take longer than eight weeks
    Given the compliant plan
    And the plan sets "x-fca.complaints.final_response_days" to 60
    When the plan is audited
    Then FCA001 reports error "within 60 days, beyond the 56 days DISP 1.6.2 allows" at "x-fca.complaints.final_response_days"
    And FCA001 reports nothing else

  Scenario: A payment services firm has the shorter limit
    Given the compliant plan
    And the plan sets "plan.fca_activities" to [payment services]
    When the plan is audited
    Then FCA001 reports "beyond the 21 days payment services and e-money (DISP 1.6.2A) allows" at "x-fca.complaints.final_response_days"

  Scenario: The plan states no final-response time
    Given the compliant plan
    And the plan has no "x-fca.complaints.final_response_days"
    When the plan is audited
    Then FCA001 reports "states no complaint final-response time" at "x-fca.complaints.final_response_days"

  Scenario: Summary resolutions are too slow and referral rights are not given
    Given the compliant plan
    And the plan sets "x-fca.complaints.summary_resolution_business_days" to 5
    And the plan sets "x-fca.complaints.fos_referral_rights_in_final_response" to false
    When the plan is audited
    Then FCA002 reports warning "within 5 business days; DISP 1.5 allows 3" at "x-fca.complaints.summary_resolution_business_days"
    And FCA002 reports "right to refer the complaint to the Financial Ombudsman Service" at "x-fca.complaints.fos_referral_rights_in_final_response"
    And FCA002 reports nothing else
