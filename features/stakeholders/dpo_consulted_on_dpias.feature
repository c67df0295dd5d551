Feature: ST005 – the data protection officer advises on every DPIA
  A change with a DPIA links a consultation that includes the data protection officer.

  Scenario: The example plan's speech analytics DPIA was discussed with the DPO
    Given the compliant plan
    When the plan is audited
    Then ST005 reports nothing

  Scenario: A change's DPIA has no DPO consultation linked
    Given the compliant plan
    And "changes.yaml" sets "changes[0].consultations" to [C1]
    When the plan is audited
    Then ST005 reports warning "Change CH1 has DPIA DPIA-2026-14 but links no consultation with the data protection officer" at "changes[0].consultations"
    And ST005 reports nothing else

  Scenario: A second change gets a DPIA but the DPO was not at its consultation
    Given the compliant plan
    And "changes.yaml" sets "changes[1].dpia" to {reference: DPIA-2027-02, completed_on: 2027-01-10}
    When the plan is audited
    Then ST005 reports "Change CH2 has DPIA DPIA-2027-02 but links no consultation with the data protection officer" at "changes[1].consultations"
    And ST005 reports nothing else
