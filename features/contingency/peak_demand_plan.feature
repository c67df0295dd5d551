Feature: CT001 – a peak-demand contingency plan
  A contingency plan covers peak demand, with a trigger, an owner and at least one action.

  Scenario: The example plan's CP1 handles peaks
    Given the compliant plan
    When the plan is audited
    Then CT001 reports nothing

  Scenario: No plan covers peak demand
    Given the compliant plan
    And the plan sets "contingency.plans[0].scenario" to severe weather
    When the plan is audited
    Then CT001 reports error "No contingency plan covers the scenario peak demand" at "contingency.plans"
    And CT001 reports nothing else

  Scenario: The peak-demand plan has no trigger and no actions
    Given the compliant plan
    And the plan has no "contingency.plans[0].trigger"
    And the plan sets "contingency.plans[0].actions" to []
    When the plan is audited
    Then CT001 reports error "Peak-demand plan CP1 has no trigger" at "contingency.plans[0].trigger"
    And CT001 reports "Peak-demand plan CP1 has no actions" at "contingency.plans[0].actions"
    And CT001 reports nothing else

  Scenario: The peak-demand plan has no owner
    Given the compliant plan
    And the plan has no "contingency.plans[0].owner"
    When the plan is audited
    Then CT001 reports "Peak-demand plan CP1 has no owner" at "contingency.plans[0].owner"
    And CT001 reports nothing else

  Scenario: Another complete plan also covers peak demand
    Given the compliant plan
    And the plan has no "contingency.plans[0].trigger"
    And the plan sets "contingency.plans[4].scenario" to [staff shortage, peak demand]
    When the plan is audited
    Then CT001 reports nothing
