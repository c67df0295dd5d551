Feature: RP001 – productive agents exceed the traffic in every interval
  An interval's traffic is its contacts times their handling time over the interval's
  length, in Erlangs. The agents available to answer are the staff scheduled less
  shrinkage. With no more agents than traffic the queue grows without bound, whatever
  the service level target. Adjacent intervals of one day are reported together.

  Scenario: The example plan staffs every interval above its traffic
    Given the compliant plan
    When the plan is audited
    Then RP001 reports nothing

  Scenario: Staff scheduled below the traffic for part of a morning
    # 120 calls of 310 s in 30 minutes are 20.67 Erlangs; at 32 % shrinkage 30 staff give
    # 20.4 agents and 28 staff 19.04.
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:00, contacts: 120, aht_seconds: 310, scheduled_staff: 37}, {start: 2027-01-04T09:30, contacts: 120, aht_seconds: 310, scheduled_staff: 30}, {start: 2027-01-04T10:00, contacts: 120, aht_seconds: 310, scheduled_staff: 28}]
    When the plan is audited
    Then RP001 reports error "billing-voice Mon 2027-01-04 09:30–10:00 (2 intervals): worst at 10:00, 28 staff scheduled give 19.04 productive agents at 32 % shrinkage, not more than the 20.67 Erlangs of traffic" at "resource_plan.queues[0].forecast[1].scheduled_staff"
    And RP001 reports nothing else

  Scenario: Agents exactly equal to the traffic are not enough
    # 100 calls of 306 s are exactly 17 Erlangs; 25 staff at 32 % shrinkage are exactly 17 agents.
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:00, contacts: 100, aht_seconds: 306, scheduled_staff: 25}]
    When the plan is audited
    Then RP001 reports "25 staff scheduled give 17.00 productive agents at 32 % shrinkage, not more than the 17.00 Erlangs of traffic" at "resource_plan.queues[0].forecast[0].scheduled_staff"
    And RP001 reports nothing else

  Scenario: An organisation lists each interval on its own
    Given the compliant plan
    And the plan sets "resource_plan.queues[0].forecast" to [{start: 2027-01-04T09:30, contacts: 120, aht_seconds: 310, scheduled_staff: 30}, {start: 2027-01-04T10:00, contacts: 120, aht_seconds: 310, scheduled_staff: 28}]
    And the configuration is:
      """
      [rules.RP001]
      group_consecutive = false
      """
    When the plan is audited
    Then RP001 reports "billing-voice Mon 2027-01-04 09:30: 30 staff scheduled give 20.40 productive agents" at "resource_plan.queues[0].forecast[0].scheduled_staff"
    And RP001 reports "billing-voice Mon 2027-01-04 10:00: 28 staff scheduled give 19.04 productive agents" at "resource_plan.queues[0].forecast[1].scheduled_staff"
    And RP001 reports nothing else
