Feature: FCA004 and FCA005 – Consumer Duty outcomes and consumer support

  Scenario: Outcomes are monitored and waits are reasonable
    Given the compliant plan
    When the plan is audited
    Then FCA004 reports nothing
    And FCA005 reports nothing

  Scenario: Outcome monitoring is not described
    Given the compliant plan
    And the plan has no "x-fca.consumer_duty.outcomes_monitoring"
    When the plan is audited
    Then FCA004 reports warning "does not say how Consumer Duty customer outcomes are monitored" at "x-fca.consumer_duty.outcomes_monitoring"
    And FCA004 reports nothing else

  Scenario: No regular review takes an outcome measure
    Given the compliant plan
    And the plan sets "evaluation.reviews[0].cadence" to quarterly
    When the plan is audited
    Then FCA004 reports "No regular review takes a customer-outcome KPI" at "evaluation.reviews"

  Scenario: A voice queue plans long waits
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].service_level.answer_seconds" to 300
    When the plan is audited
    Then FCA005 reports warning "Queue collections-voice plans answer within 300 s" at "resource_plan.queues[0].service_level.answer_seconds"
    And FCA005 reports nothing else

  Scenario: A queue plans high abandonment
    Given the compliant plan
    And the plan sets "resource_plan.queues[1].abandonment_target" to 12%
    When the plan is audited
    Then FCA005 reports "Queue collections-chat plans 12% abandonment; the limit is 5%" at "resource_plan.queues[1].abandonment_target"
