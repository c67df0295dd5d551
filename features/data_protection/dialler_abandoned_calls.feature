Feature: DP010 – the dialler avoids silent and abandoned calls
  A predictive dialler abandons at most 3 % of calls per 24 hours, plays an
  information message within 2 seconds and rings for at least 15 seconds
  (Ofcom persistent-misuse policy). Plans without a dialler are not checked.

  Scenario: The example plan uses no dialler
    Given the compliant plan
    When the plan is audited
    Then DP010 reports nothing

  Scenario: A dialler set to Ofcom's figures complies
    Given the compliant plan
    And the plan sets "compliance.outbound" to {marketing_calls: false, dialler: {abandon_rate_max: 3%, information_message_seconds: 2, minimum_ring_seconds: 15}}
    When the plan is audited
    Then DP010 reports nothing

  Scenario: The dialler abandons too many calls, too silently, too soon
    Given the compliant plan
    And the plan sets "compliance.outbound" to {dialler: {abandon_rate_max: 5%, information_message_seconds: 4, minimum_ring_seconds: 10}}
    When the plan is audited
    Then DP010 reports warning "The dialler allows 5 % abandoned calls, above Ofcom's 3 % per 24 hours" at "compliance.outbound.dialler.abandon_rate_max"
    And DP010 reports "plays its information message after 4 seconds, later than 2 seconds" at "compliance.outbound.dialler.information_message_seconds"
    And DP010 reports "The dialler rings for 10 seconds, shorter than 15 seconds" at "compliance.outbound.dialler.minimum_ring_seconds"
    And DP010 reports nothing else

  Scenario: The dialler settings leave figures out
    Given the compliant plan
    And the plan sets "compliance.outbound" to {dialler: {abandon_rate_max: 0.02}}
    When the plan is audited
    Then DP010 reports "The dialler settings state no information message timing" at "compliance.outbound.dialler.information_message_seconds"
    And DP010 reports "The dialler settings state no minimum ring time" at "compliance.outbound.dialler.minimum_ring_seconds"
    And DP010 reports nothing else

  Scenario: An organisation sets a stricter abandoned-call ceiling
    Given the compliant plan
    And the plan sets "compliance.outbound" to {dialler: {abandon_rate_max: 3%, information_message_seconds: 2, minimum_ring_seconds: 15}}
    And the configuration is:
      """
      [rules.DP010]
      max_abandon_rate = 0.02
      """
    When the plan is audited
    Then DP010 reports "The dialler allows 3 % abandoned calls, above Ofcom's 2 % per 24 hours" at "compliance.outbound.dialler.abandon_rate_max"
    And DP010 reports nothing else
