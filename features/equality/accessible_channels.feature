Feature: EQ001 – customers who cannot use the phone can still reach the centre
  The plan lists accessible contact channels including a text relay option
  (Relay UK or a textphone), and offers at least one channel other than voice.

  Scenario: The example plan offers Relay UK, BSL video relay, webchat and email
    Given the compliant plan
    When the plan is audited
    Then EQ001 reports nothing

  Scenario: No accessible channels are listed
    Given the compliant plan
    And the plan has no "compliance.equality.accessible_channels"
    When the plan is audited
    Then EQ001 reports warning "The plan lists no accessible contact channels" at "compliance.equality.accessible_channels"
    And EQ001 reports nothing else

  Scenario: The accessible channels include no text relay
    Given the compliant plan
    And the plan sets "compliance.equality.accessible_channels" to [BSL video relay, webchat]
    When the plan is audited
    Then EQ001 reports "The accessible channels (BSL video relay, webchat) include no text relay option such as Relay UK or textphone" at "compliance.equality.accessible_channels"
    And EQ001 reports nothing else

  Scenario: The centre can only be reached by phone
    Given the compliant plan
    And the plan sets "plan.channels" to [Voice]
    When the plan is audited
    Then EQ001 reports warning "The plan's channels (Voice) offer no alternative to voice" at "plan.channels"
    And EQ001 reports nothing else

  Scenario: A textphone line counts as text relay, in any case
    Given the compliant plan
    And the plan sets "compliance.equality.accessible_channels" to [TEXTPHONE, email]
    When the plan is audited
    Then EQ001 reports nothing
