Feature: CT004 – contingency plans are tested
  Each contingency plan was last tested no more than 12 months (configurable)
  before the plan period starts.

  Scenario: Every example plan was tested in 2026
    Given the compliant plan
    When the plan is audited
    Then CT004 reports nothing

  Scenario: A plan was last tested more than a year before the period
    Given the compliant plan
    And the plan sets "contingency.plans[3].last_tested" to 2025-12-31
    When the plan is audited
    Then CT004 reports warning "Contingency plan CP4 was last tested on 2025-12-31, more than 12 months before the plan period starts on 2027-01-01" at "contingency.plans[3].last_tested"
    And CT004 reports nothing else

  Scenario: Exactly twelve months before the period is recent enough
    Given the compliant plan
    And the plan sets "contingency.plans[3].last_tested" to 2026-01-01
    When the plan is audited
    Then CT004 reports nothing

  Scenario: A plan has never been tested
    Given the compliant plan
    And the plan has no "contingency.plans[0].last_tested"
    When the plan is audited
    Then CT004 reports "Contingency plan CP1 has no last_tested date" at "contingency.plans[0].last_tested"
    And CT004 reports nothing else

  Scenario: An organisation tests every four months
    Given the compliant plan
    And the configuration is:
      """
      [rules.CT004]
      max_months = 4
      """
    When the plan is audited
    Then CT004 reports "Contingency plan CP4 was last tested on 2026-07-15, more than 4 months" at "contingency.plans[3].last_tested"
    And CT004 reports "Contingency plan CP5 was last tested on 2026-08-18, more than 4 months" at "contingency.plans[4].last_tested"
    And CT004 reports nothing else
