Feature: QA007 – the QA sample covers every channel
  Channels other than voice are named in the QA channels list or framework (advice, info).

  Scenario: The example plan samples voice, webchat and email
    Given the compliant plan
    When the plan is audited
    Then QA007 reports nothing

  Scenario: The framework names chats but not email
    Given the compliant plan
    And the plan has no "quality_assurance.channels"
    When the plan is audited
    Then QA007 reports info "The QA sample does not cover the plan's email channel" at "quality_assurance.framework"
    And QA007 reports nothing else

  Scenario: The QA channels list names only voice
    Given the compliant plan
    And the plan sets "quality_assurance.channels" to [voice]
    And the plan sets "quality_assurance.framework" to Calls selected at random from recordings.
    When the plan is audited
    Then QA007 reports "does not cover the plan's webchat, email channels" at "quality_assurance.channels"
    And QA007 reports nothing else

  Scenario: A voice-only centre needs nothing more
    Given the compliant plan
    And the plan sets "plan.channels" to [voice]
    And the plan has no "quality_assurance.channels"
    When the plan is audited
    Then QA007 reports nothing
