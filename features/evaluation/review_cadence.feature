Feature: EV006 – operational and plan-level reviews
  The reviews include an operational review (daily or weekly) and a plan-level
  review (monthly or quarterly).

  Scenario: The example plan reviews weekly and monthly
    Given the compliant plan
    When the plan is audited
    Then EV006 reports nothing

  Scenario: Only a monthly plan review
    Given the compliant plan
    And the plan sets "evaluation.reviews[0].cadence" to Quarterly
    When the plan is audited
    Then EV006 reports warning "The reviews (cadence: Quarterly, monthly) include no operational review (daily or weekly)" at "evaluation.reviews"
    And EV006 reports nothing else

  Scenario: Only operational reviews
    Given the compliant plan
    And the plan sets "evaluation.reviews[1].cadence" to daily
    When the plan is audited
    Then EV006 reports "The reviews (cadence: weekly, daily) include no plan-level review (monthly or quarterly)" at "evaluation.reviews"
    And EV006 reports nothing else

  Scenario: No reviews at all
    Given the compliant plan
    And the plan has no "evaluation.reviews"
    When the plan is audited
    Then EV006 reports "The evaluation schedules no reviews" at "evaluation.reviews"
    And EV006 reports nothing else

  Scenario: An organisation counts fortnightly reviews as operational
    Given the compliant plan
    And the plan sets "evaluation.reviews[0].cadence" to fortnightly
    And the configuration is:
      """
      [rules.EV006]
      operational_cadences = ["daily", "weekly", "fortnightly"]
      """
    When the plan is audited
    Then EV006 reports nothing
