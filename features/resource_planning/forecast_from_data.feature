Feature: RP005 – demand is forecast from data, per interval, across the plan period
  The plan says how demand was forecast and from which data, and every queue has a
  forecast in 15, 30 or 60-minute intervals whose first interval falls in the first week
  of the plan period and whose last falls in its last week (days without rows are days
  the queue is closed).

  Scenario: The example plan forecasts both queues for the whole quarter
    Given the compliant plan
    When the plan is audited
    Then RP005 reports nothing

  Scenario: No forecast method or data sources
    Given the compliant plan
    And the plan has no "resource_plan.forecast_method"
    And the plan has no "resource_plan.data_sources"
    When the plan is audited
    Then RP005 reports warning "The resource plan names no forecast method." at "resource_plan.forecast_method"
    And RP005 reports "The resource plan names no data sources for its forecast." at "resource_plan.data_sources"
    And RP005 reports nothing else

  Scenario: A queue has no forecast
    Given the compliant plan
    And the plan has no "resource_plan.queues[1].forecast"
    When the plan is audited
    Then RP005 reports "Queue billing-webchat has no forecast." at "resource_plan.queues[1].forecast"
    And RP005 reports nothing else

  Scenario: A forecast in 45-minute intervals
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].interval_minutes" to 45
    When the plan is audited
    Then RP005 reports "Queue billing-voice uses 45-minute intervals; forecast in 15, 30 or 60-minute intervals." at "resource_plan.queues[0].interval_minutes"

  Scenario: A forecast that starts late and ends early
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-08T09:00, contacts: 100, aht_seconds: 300, scheduled_staff: 30}, {start: 2027-03-24T09:00, contacts: 100, aht_seconds: 300, scheduled_staff: 30}]
    When the plan is audited
    Then RP005 reports "Queue billing-voice's forecast starts on 2027-01-08, more than 7 days into the plan period that starts on 2027-01-01." at "resource_plan.queues[0].forecast[0].start"
    And RP005 reports "Queue billing-voice's forecast ends on 2027-03-24, more than 7 days before the plan period ends on 2027-03-31." at "resource_plan.queues[0].forecast[1].start"
    And RP005 reports nothing else
