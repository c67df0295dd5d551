Feature: ST001 – frontline agents are consulted
  The consultation log includes frontline agents, and every change that affects
  them links a consultation with them held on or before its go-live date.

  Scenario: The example plan consults agents before both changes that affect them
    Given the compliant plan
    When the plan is audited
    Then ST001 reports nothing

  Scenario: Nobody in the consultation log is a frontline agent
    Given the compliant plan
    And "consultations.yaml" sets "consultations[0].groups" to [team leaders]
    And "consultations.yaml" sets "consultations[2].groups" to [team leaders, quality team, it support, data protection officer]
    And "consultations.yaml" sets "consultations[3].groups" to [trade union, employee forum, health and safety]
    When the plan is audited
    Then ST001 reports error "No consultation in the log includes frontline agents" at "stakeholders.consultations"
    And ST001 reports "Change CH1 affects frontline agents but links no consultation with them" at "changes[0].consultations"
    And ST001 reports "Change CH2 affects frontline agents but links no consultation with them" at "changes[1].consultations"
    And ST001 reports nothing else

  Scenario: A change that affects agents links only a customer consultation
    Given the compliant plan
    And "changes.yaml" sets "changes[0].consultations" to [C2]
    When the plan is audited
    Then ST001 reports error "Change CH1 affects frontline agents but links no consultation with them" at "changes[0].consultations"
    And ST001 reports nothing else

  Scenario: Agents are consulted only after the change has gone live
    Given the compliant plan
    And "consultations.yaml" sets "consultations[2].date" to 2027-03-01
    When the plan is audited
    Then ST001 reports "Change CH1 affects frontline agents but its consultation with them (C3, 2027-03-01) is not dated on or before go-live on 2027-02-15" at "changes[0].consultations"
    And ST001 reports nothing else

  Scenario: An undated consultation cannot show it came before go-live
    Given the compliant plan
    And "consultations.yaml" has no "consultations[3].date"
    When the plan is audited
    Then ST001 reports "its consultation with them (C4, undated) is not dated on or before go-live on 2027-02-01" at "changes[1].consultations"
    And ST001 reports nothing else

  Scenario: A change that does not affect agents needs no consultation with them
    Given the compliant plan
    And "changes.yaml" sets "changes[1].affects" to [team leaders]
    And "changes.yaml" sets "changes[1].consultations" to []
    When the plan is audited
    Then ST001 reports nothing
