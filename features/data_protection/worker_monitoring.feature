Feature: DP011 – monitoring of agents is proportionate and transparent
  A change that processes personal data and affects frontline agents is assessed in a DPIA
  and consulted on with frontline agents, and a recorded centre's staff notice
  is not left empty.

  Scenario: The example plan's speech analytics has a DPIA and was discussed with agents
    Given the compliant plan
    When the plan is audited
    Then DP011 reports nothing

  Scenario: A change that monitors agents has no DPIA
    Given the compliant plan
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then DP011 reports warning "Change CH1 processes personal data and affects frontline agents but has no DPIA assessing the monitoring" at "changes[0].dpia"
    And DP011 reports nothing else

  Scenario: The change was consulted on only with customers
    Given the compliant plan
    And "changes.yaml" sets "changes[0].consultations" to [C2]
    When the plan is audited
    Then DP011 reports "Change CH1 processes personal data and affects frontline agents but none of its consultations (C2) included frontline agents" at "changes[0].consultations"
    And DP011 reports nothing else

  Scenario: The consultation on the change left frontline agents out
    Given the compliant plan
    And "consultations.yaml" sets "consultations[2].groups" to [team leaders, quality team, data protection officer]
    When the plan is audited
    Then DP011 reports "none of its consultations (C3) included frontline agents" at "changes[0].consultations"
    And DP011 reports nothing else

  Scenario: The change links no consultation at all
    Given the compliant plan
    And "changes.yaml" has no "changes[0].consultations"
    When the plan is audited
    Then DP011 reports "Change CH1 processes personal data and affects frontline agents but links no consultation with frontline agents" at "changes[0].consultations"
    And DP011 reports nothing else

  Scenario: The staff monitoring notice is written but empty
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.staff_notice" to ""
    When the plan is audited
    Then DP011 reports warning "staff_notice is empty: agents are not told how they are monitored" at "compliance.data_protection.call_recording.staff_notice"
    And DP011 reports nothing else

  Scenario: A change that does not touch agents' data is not checked
    Given the compliant plan
    And "changes.yaml" sets "changes[0].affects" to [quality team, customers]
    And "changes.yaml" has no "changes[0].dpia"
    And "changes.yaml" has no "changes[0].consultations"
    When the plan is audited
    Then DP011 reports nothing
