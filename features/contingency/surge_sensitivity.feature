Feature: CT006 – surge sensitivity
  For each queue with a forecast, the staffing gap if contacts ran 10 % and 20 %
  above forecast, reported as information at the queue's forecast.

  Scenario: Each example queue gets its surge figures
    Given the compliant plan
    When the plan is audited
    Then CT006 reports info "Surge sensitivity of queue billing-voice: 1,510 intervals short at +10 % contacts (3,234 staff-intervals, worst 6 staff at 2027-01-25T10:30)" at "rows"
    And CT006 reports info "Surge sensitivity of queue billing-webchat: 644 intervals short at +10 % contacts" at "rows"
    And CT006 reports nothing else

  Scenario: A queue staffed exactly to forecast falls short only at the larger surge
    Given the compliant plan
    And the plan sets "resource_plan.queues[1].forecast" to [{start: 2027-01-04T08:00, contacts: 100, aht_seconds: 180, scheduled_staff: 21}, {start: 2027-01-04T08:30, contacts: 100, aht_seconds: 180, scheduled_staff: 40}]
    When the plan is audited
    Then CT006 reports "Surge sensitivity of queue billing-webchat: no interval short at +10 % contacts; 1 interval short at +20 % contacts (2 staff-intervals, worst 2 staff at 2027-01-04T08:00)" at "resource_plan.queues[1].forecast"
    And CT006 reports "Surge sensitivity of queue billing-voice" at "rows"
    And CT006 reports nothing else

  Scenario: The surge levels are options
    Given the compliant plan
    And the plan sets "resource_plan.queues[1].forecast" to [{start: 2027-01-04T08:00, contacts: 100, aht_seconds: 180, scheduled_staff: 21}]
    And the configuration is:
      """
      [rules.CT006]
      moderate_surge = 0.2
      severe_surge = 0.5
      """
    When the plan is audited
    Then CT006 reports "1 interval short at +20 % contacts (2 staff-intervals, worst 2 staff at 2027-01-04T08:00); 1 interval short at +50 % contacts" at "resource_plan.queues[1].forecast"
    And CT006 reports "Surge sensitivity of queue billing-voice" at "rows"
    And CT006 reports nothing else

  Scenario: A queue without a forecast has no surge figures
    Given the compliant plan
    And the plan has no "resource_plan.queues[1].forecast"
    When the plan is audited
    Then CT006 reports "Surge sensitivity of queue billing-voice" at "rows"
    And CT006 reports nothing else
