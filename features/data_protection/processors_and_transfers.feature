Feature: DP007 – processors have Article 28 contracts and transfers abroad have a mechanism
  Every processor works under a written Article 28 contract, and personal data
  sent to a processor outside the UK relies on a named transfer mechanism.

  Scenario: The example plan's UK processors have Article 28 contracts
    Given the compliant plan
    When the plan is audited
    Then DP007 reports nothing

  Scenario: A processor has no Article 28 contract
    Given the compliant plan
    And the plan sets "compliance.data_protection.processors[1].article_28_contract" to false
    When the plan is audited
    Then DP007 reports error "Processor SpeechSense Ltd has no Article 28 contract (article_28_contract is false)" at "compliance.data_protection.processors[1].article_28_contract"
    And DP007 reports nothing else

  Scenario: A processor does not say whether it has an Article 28 contract
    Given the compliant plan
    And the plan has no "compliance.data_protection.processors[0].article_28_contract"
    When the plan is audited
    Then DP007 reports "Processor CloudTel Ltd has no Article 28 contract (article_28_contract is not stated)" at "compliance.data_protection.processors[0].article_28_contract"
    And DP007 reports nothing else

  Scenario: A processor abroad while the plan says there are no international transfers
    Given the compliant plan
    And the plan sets "compliance.data_protection.processors[1].location" to India
    When the plan is audited
    Then DP007 reports error "Processor SpeechSense Ltd (India) is outside the UK but international_transfers is none" at "compliance.data_protection.international_transfers"
    And DP007 reports nothing else

  Scenario: Processors abroad and no transfer mechanism stated
    Given the compliant plan
    And the plan sets "compliance.data_protection.processors[0].location" to Ireland
    And the plan sets "compliance.data_protection.processors[1].location" to USA
    And the plan has no "compliance.data_protection.international_transfers"
    When the plan is audited
    Then DP007 reports "Processors CloudTel Ltd (Ireland), SpeechSense Ltd (USA) are outside the UK but international_transfers is not stated" at "compliance.data_protection.international_transfers"
    And DP007 reports nothing else

  Scenario: A processor abroad under a named transfer mechanism complies
    Given the compliant plan
    And the plan sets "compliance.data_protection.processors[1].location" to India
    And the plan sets "compliance.data_protection.international_transfers" to IDTA signed with SpeechSense Ltd
    When the plan is audited
    Then DP007 reports nothing
