Feature: RP003 – the occupancy cap is sensible and kept
  Agents kept busy more than about 85 % of their available time burn out. The plan caps
  occupancy at 85 % or less, and no interval's traffic runs the agents answering above
  the cap. The 85 % figure is a convention an organisation can change.

  Scenario: The example plan caps occupancy at 85 % and keeps to it
    Given the compliant plan
    When the plan is audited
    Then RP003 reports nothing

  Scenario: The cap is set at 90 %
    Given the compliant plan
    And the plan sets "resource_plan.max_occupancy" to 0.9
    When the plan is audited
    Then RP003 reports warning "The occupancy cap of 90 % is above 85 %." at "resource_plan.max_occupancy"
    And RP003 reports nothing else

  Scenario: The plan states no cap
    Given the compliant plan
    And the plan has no "resource_plan.max_occupancy"
    When the plan is audited
    Then RP003 reports "states no max_occupancy, so staffing was analysed without an occupancy cap" at "resource_plan.max_occupancy"
    And RP003 reports nothing else

  Scenario: Intervals run the agents above the cap
    # 100 calls of 180 s are 10 Erlangs; at 30 % shrinkage 17 staff give 11 agents (91 %),
    # 14 staff give 9, who cannot keep up.
    Given the compliant plan
    And the plan sets "resource_plan.shrinkage" to 0.3
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:00, contacts: 100, aht_seconds: 180, scheduled_staff: 20}, {start: 2027-01-04T09:30, contacts: 100, aht_seconds: 180, scheduled_staff: 17}, {start: 2027-01-04T10:00, contacts: 100, aht_seconds: 180, scheduled_staff: 14}]
    When the plan is audited
    Then RP003 reports "Queue billing-voice runs above the 85 % occupancy cap in 2 intervals, highest 100 % or more (the agents answering cannot keep up) on Mon 2027-01-04 10:00." at "resource_plan.queues[0].forecast[1].scheduled_staff"
    And RP003 reports nothing else

  Scenario: An organisation accepts a 90 % cap
    Given the compliant plan
    And the plan sets "resource_plan.max_occupancy" to 0.9
    And the configuration is:
      """
      [rules.RP003]
      max_occupancy = 0.9
      """
    When the plan is audited
    Then RP003 reports nothing
