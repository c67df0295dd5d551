Feature: RP010 – the staffing model fits the channel
  Erlang C assumes one contact at a time per agent, answered as it arrives, and callers
  who never hang up. ccgov notes (as information, never failing a plan) the queues where
  that does not hold: webchat and email, and queues that expect callers to abandon.

  Scenario: The example plan's webchat queue and abandonment targets are noted
    Given the compliant plan
    When the plan is audited
    Then RP010 reports info "Queue billing-webchat is on the webchat channel: Erlang C assumes each agent handles one contact at a time as it arrives" at "resource_plan.queues[1].channel"
    And RP010 reports info "Queue billing-voice expects abandonment (target 5 %), which Erlang C ignores and so over-staffs; Erlang A models callers who hang up." at "resource_plan.queues[0].abandonment_target"
    And RP010 reports "Queue billing-webchat expects abandonment (target 5 %)" at "resource_plan.queues[1].abandonment_target"
    And RP010 reports nothing else

  Scenario: A voice queue without an abandonment target needs no note
    Given the compliant plan
    And the plan has no "resource_plan.queues[0].abandonment_target"
    And the plan has no "resource_plan.queues[1]"
    When the plan is audited
    Then RP010 reports nothing
