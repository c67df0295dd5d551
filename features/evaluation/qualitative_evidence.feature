Feature: EV008 – reviews look at qualitative evidence
  At least one review takes a KPI of kind qualitative as an input.

  Scenario: The example plan's weekly review reads QA and CSAT
    Given the compliant plan
    When the plan is audited
    Then EV008 reports nothing

  Scenario: The reviews read only numbers
    Given the compliant plan
    And the plan sets "evaluation.reviews[0].inputs" to [SL, AHT]
    And the plan sets "evaluation.reviews[1].inputs" to [FCR, ABANDON]
    When the plan is audited
    Then EV008 reports warning "The reviews take only SL, AHT, FCR, ABANDON, so no qualitative measure is reviewed; the plan's qualitative KPIs are CSAT, QA" at "evaluation.reviews"
    And EV008 reports nothing else

  Scenario: Every KPI is quantitative
    Given the compliant plan
    And the plan sets "kpis[5].kind" to quantitative
    And the plan sets "kpis[6].kind" to quantitative
    When the plan is audited
    Then EV008 reports "so no qualitative measure is reviewed; the plan defines no qualitative KPI" at "evaluation.reviews"
    And EV008 reports nothing else

  Scenario: No review names its inputs
    Given the compliant plan
    And the plan has no "evaluation.reviews[0].inputs"
    And the plan has no "evaluation.reviews[1].inputs"
    When the plan is audited
    Then EV008 reports "No review names its inputs, so no qualitative measure is reviewed" at "evaluation.reviews"
    And EV008 reports nothing else
