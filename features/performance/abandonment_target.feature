Feature: PF004 – abandonment targets are sensible
  There is no industry standard, but 3–5 % is the range most often quoted; a target above
  5 % (a convention an organisation can change) plans for many callers to give up.

  Scenario: The example plan targets 5 % abandonment
    Given the compliant plan
    When the plan is audited
    Then PF004 reports nothing

  Scenario: A queue plans for 12 % abandonment
    Given the compliant plan
    And the plan sets "resource_plan.queues[1].abandonment_target" to 12%
    When the plan is audited
    Then PF004 reports warning "Queue billing-webchat plans for 12 % of contacts to abandon, above 5 %." at "resource_plan.queues[1].abandonment_target"
    And PF004 reports nothing else
