Feature: EQ002 – relay, interpreter and support-worker callers are not refused
  Customers may call through Relay UK, a sign-language interpreter or a support
  worker, identified and verified like any other caller.

  Scenario: The example plan accepts third-party callers
    Given the compliant plan
    When the plan is audited
    Then EQ002 reports nothing

  Scenario: The plan refuses calls made through a third party
    Given the compliant plan
    And the plan sets "compliance.equality.third_party_callers_accepted" to false
    When the plan is audited
    Then EQ002 reports warning "The plan refuses calls made through relay services, interpreters or support workers" at "compliance.equality.third_party_callers_accepted"
    And EQ002 reports nothing else

  Scenario: The plan does not say, so it could not be checked
    Given the compliant plan
    And the plan has no "compliance.equality.third_party_callers_accepted"
    When the plan is audited
    Then EQ002 reports info "does not say whether calls through Relay UK, interpreters or support workers are accepted" at "compliance.equality.third_party_callers_accepted"
    And EQ002 reports nothing else
