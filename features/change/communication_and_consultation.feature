Feature: CH003 – changes are communicated and consulted on
  Change management has a communication plan, and each change links
  consultations that exist in the consultation log.

  Scenario: The example plan communicates and consults on both changes
    Given the compliant plan
    When the plan is audited
    Then CH003 reports nothing

  Scenario: There is no communication plan
    Given the compliant plan
    And the plan has no "change_management.communication_plan"
    When the plan is audited
    Then CH003 reports warning "Change management has no communication plan" at "change_management.communication_plan"
    And CH003 reports nothing else

  Scenario: A change links no consultation
    Given the compliant plan
    And "changes.yaml" has no "changes[1].consultations"
    When the plan is audited
    Then CH003 reports "Change CH2 links no consultation" at "changes[1].consultations"
    And CH003 reports nothing else

  Scenario: A change links a consultation that is not in the log
    Given the compliant plan
    And "changes.yaml" sets "changes[0].consultations" to [C3, C9]
    When the plan is audited
    Then CH003 reports "Change CH1 links consultation C9, which is not in the consultation log" at "changes[0].consultations[1]"
    And CH003 reports nothing else
