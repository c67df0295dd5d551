Feature: DP001 – lawful basis and record of processing
  The plan names the data controller, the data protection officer's contact and
  its record of processing activities, and, when calls are recorded, one of the
  UK GDPR Article 6(1) lawful bases for recording them.

  Scenario: The example plan names its controller, DPO, record of processing and lawful basis
    Given the compliant plan
    When the plan is audited
    Then DP001 reports nothing

  Scenario: The plan references no record of processing activities
    Given the compliant plan
    And the plan has no "compliance.data_protection.ropa_reference"
    When the plan is audited
    Then DP001 reports error "The plan references no record of processing activities (Art 30)" at "compliance.data_protection.ropa_reference"
    And DP001 reports nothing else

  Scenario: The plan names neither the controller nor the data protection officer
    Given the compliant plan
    And the plan has no "compliance.data_protection.controller"
    And the plan sets "compliance.data_protection.dpo_contact" to "  "
    When the plan is audited
    Then DP001 reports "The plan names no data controller" at "compliance.data_protection.controller"
    And DP001 reports "gives no data protection officer contact" at "compliance.data_protection.dpo_contact"
    And DP001 reports nothing else

  Scenario: Calls are recorded without a lawful basis
    Given the compliant plan
    And the plan has no "compliance.data_protection.call_recording.lawful_basis"
    When the plan is audited
    Then DP001 reports error "Calls are recorded but no Art 6(1) lawful basis is named" at "compliance.data_protection.call_recording.lawful_basis"
    And DP001 reports nothing else

  Scenario: The lawful basis given for recording is not one of the six in Article 6(1)
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.lawful_basis" to quality purposes
    When the plan is audited
    Then DP001 reports "lawful basis 'quality purposes' is not an Art 6(1) basis" at "compliance.data_protection.call_recording.lawful_basis"
    And DP001 reports nothing else

  Scenario: Recognised legitimate interests is accepted, in any case
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.lawful_basis" to Recognised Legitimate Interests
    When the plan is audited
    Then DP001 reports nothing

  Scenario: A centre that does not record calls needs no lawful basis for recording
    Given the compliant plan
    And the plan sets "compliance.data_protection.call_recording.enabled" to false
    And the plan has no "compliance.data_protection.call_recording.lawful_basis"
    When the plan is audited
    Then DP001 reports nothing
