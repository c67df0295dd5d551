Feature: DP008 – card data are kept out of call recordings
  When card payments are taken by phone, DTMF masking, an IVR payment or a
  redirect keeps card security codes away from agents and recordings.

  Scenario: The example plan takes card payments with DTMF masking
    Given the compliant plan
    When the plan is audited
    Then DP008 reports nothing

  Scenario: Card payments are taken by phone with no protection
    Given the compliant plan
    And the plan sets "compliance.data_protection.card_payments.method" to none
    When the plan is audited
    Then DP008 reports error "Card payments are taken by phone with method none" at "compliance.data_protection.card_payments.method"
    And DP008 reports nothing else

  Scenario: The plan does not say how card data are kept out of recordings
    Given the compliant plan
    And the plan has no "compliance.data_protection.card_payments.method"
    When the plan is audited
    Then DP008 reports error "Card payments are taken by phone but no method keeps card data out of recordings" at "compliance.data_protection.card_payments.method"
    And DP008 reports nothing else

  Scenario: Pause and resume alone is not a complete control
    Given the compliant plan
    And the plan sets "compliance.data_protection.card_payments.method" to Pause and Resume
    When the plan is audited
    Then DP008 reports warning "with pause and resume, which on its own is not a complete control" at "compliance.data_protection.card_payments.method"
    And DP008 reports nothing else

  Scenario: A method the rule does not recognise is named back for review
    Given the compliant plan
    And the plan sets "compliance.data_protection.card_payments.method" to agent types the card number
    When the plan is audited
    Then DP008 reports warning "with method 'agent types the card number', which is not one of dtmf masking, ivr payment or redirect" at "compliance.data_protection.card_payments.method"
    And DP008 reports nothing else

  Scenario: Payments through the IVR comply
    Given the compliant plan
    And the plan sets "compliance.data_protection.card_payments.method" to IVR payment
    When the plan is audited
    Then DP008 reports nothing

  Scenario: A centre that takes no card payments by phone is not checked
    Given the compliant plan
    And the plan sets "compliance.data_protection.card_payments" to {taken_by_phone: false, method: none}
    When the plan is audited
    Then DP008 reports nothing
