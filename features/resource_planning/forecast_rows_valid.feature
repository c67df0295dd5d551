Feature: RP006 – forecast rows are valid
  Every forecast row has contacts of 0 or more, a handling time above zero, a whole
  number of staff, and a start on the queue's interval boundary that no other row of the
  queue repeats. Each problem is reported at the row's own field.

  Scenario: The example plan's forecast rows are all valid
    Given the compliant plan
    When the plan is audited
    Then RP006 reports nothing

  Scenario: Negative contacts, no handling time and half a person
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:00, contacts: -4, aht_seconds: 0, scheduled_staff: 12.5}]
    When the plan is audited
    Then RP006 reports error "billing-voice Mon 2027-01-04 09:00: contacts -4 is not a count of 0 or more." at "resource_plan.queues[0].forecast[0].contacts"
    And RP006 reports "billing-voice Mon 2027-01-04 09:00: aht_seconds 0 is not a positive duration." at "resource_plan.queues[0].forecast[0].aht_seconds"
    And RP006 reports "billing-voice Mon 2027-01-04 09:00: scheduled_staff 12.5 is not a whole number of 0 or more." at "resource_plan.queues[0].forecast[0].scheduled_staff"
    And RP006 reports nothing else

  Scenario: A start off the interval boundary, and a start used twice
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:10, contacts: 80, aht_seconds: 300, scheduled_staff: 20}, {start: 2027-01-04T09:30, contacts: 80, aht_seconds: 300, scheduled_staff: 20}, {start: 2027-01-04T09:30, contacts: 80, aht_seconds: 300, scheduled_staff: 20}]
    When the plan is audited
    Then RP006 reports "billing-voice Mon 2027-01-04 09:10: the start is not on a 30-minute boundary." at "resource_plan.queues[0].forecast[0].start"
    And RP006 reports "billing-voice Mon 2027-01-04 09:30: another interval of billing-voice starts at the same time." at "resource_plan.queues[0].forecast[2].start"
    And RP006 reports nothing else
