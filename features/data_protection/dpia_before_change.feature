Feature: DP006 – a DPIA is completed before a high-risk change
  A change that processes personal data with new technology has a data
  protection impact assessment completed on or before its go-live date.

  Scenario: The example plan's speech analytics has a DPIA before go-live
    Given the compliant plan
    When the plan is audited
    Then DP006 reports nothing

  Scenario: The DPIA is completed after go-live
    Given the compliant plan
    And "changes.yaml" sets "changes[0].dpia.completed_on" to 2027-03-01
    When the plan is audited
    Then DP006 reports error "Change CH1 processes personal data with new technology but its DPIA is dated 2027-03-01, after go-live on 2027-02-15" at "changes[0].dpia.completed_on"
    And DP006 reports nothing else

  Scenario: The change has no DPIA
    Given the compliant plan
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then DP006 reports error "Change CH1 processes personal data with new technology but has no completed DPIA" at "changes[0].dpia"
    And DP006 reports nothing else

  Scenario: The DPIA has a reference but no completion date
    Given the compliant plan
    And "changes.yaml" has no "changes[0].dpia.completed_on"
    When the plan is audited
    Then DP006 reports "Change CH1 processes personal data with new technology but has no completed DPIA" at "changes[0].dpia.completed_on"
    And DP006 reports nothing else

  Scenario: A technology change needs a DPIA even without the new-technology flag
    Given the compliant plan
    And "changes.yaml" sets "changes[0].new_technology" to false
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then DP006 reports "Change CH1 is a technology change that processes personal data but has no completed DPIA" at "changes[0].dpia"
    And DP006 reports nothing else

  Scenario: A DPIA completed on the go-live date is in time
    Given the compliant plan
    And "changes.yaml" sets "changes[0].dpia.completed_on" to 2027-02-15
    When the plan is audited
    Then DP006 reports nothing

  Scenario: A change that processes no personal data needs no DPIA
    Given the compliant plan
    And "changes.yaml" sets "changes[0].personal_data" to false
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then DP006 reports nothing
