Feature: RP007 – every queue's targets are fully specified
  Each queue states its service level as X % answered in Y seconds, with X strictly
  between 0 and 100 % (Erlang C can never answer every contact in time), Y above zero,
  and an abandonment target. 80 % in 20 s is a convention, not a standard.

  Scenario: The example plan's queues state all their targets
    Given the compliant plan
    When the plan is audited
    Then RP007 reports nothing

  Scenario: A queue has no service level
    Given the compliant plan
    And the plan has no "resource_plan.queues[0].service_level"
    When the plan is audited
    Then RP007 reports warning "Queue billing-voice states no service level." at "resource_plan.queues[0].service_level"
    And RP007 reports nothing else

  Scenario: A 100 % service level cannot be staffed
    Given the compliant plan
    And the plan sets "resource_plan.queues[1].service_level.target" to 100%
    When the plan is audited
    Then RP007 reports "Queue billing-webchat's service level target of 100 % cannot be met under Erlang C: some contacts always wait longer than the answer time." at "resource_plan.queues[1].service_level.target"
    And RP007 reports nothing else

  Scenario: No answer time and no abandonment target
    Given the compliant plan
    And the plan has no "resource_plan.queues[0].service_level.answer_seconds"
    And the plan has no "resource_plan.queues[0].abandonment_target"
    When the plan is audited
    Then RP007 reports "Queue billing-voice states no answer time for its service level." at "resource_plan.queues[0].service_level.answer_seconds"
    And RP007 reports "Queue billing-voice states no abandonment target." at "resource_plan.queues[0].abandonment_target"
    And RP007 reports nothing else
