Feature: EV004 – a Kirkpatrick evaluation covers four levels and links results to KPIs
  When the plan names Kirkpatrick among its methods, reaction, learning,
  behaviour and results are all evaluated, and results name plan KPIs.

  Scenario: The example plan evaluates all four levels against AHT and FCR
    Given the compliant plan
    When the plan is audited
    Then EV004 reports nothing

  Scenario: The behaviour level is missing
    Given the compliant plan
    And the plan has no "evaluation.kirkpatrick.behaviour"
    When the plan is audited
    Then EV004 reports warning "The Kirkpatrick evaluation of Knowledge-base coaching has no behaviour (level 3, on-the-job transfer) level" at "evaluation.kirkpatrick.behaviour"
    And EV004 reports nothing else

  Scenario: Results name no KPI of the plan
    Given the compliant plan
    And the plan sets "evaluation.kirkpatrick.results" to Happier customers and fewer repeat calls
    When the plan is audited
    Then EV004 reports "measures results as 'Happier customers and fewer repeat calls', which names no plan KPI (AHT, FCR, SL, ABANDON, ADH, CSAT, QA)" at "evaluation.kirkpatrick.results"
    And EV004 reports nothing else

  Scenario: Results may name a KPI by its name in any case
    Given the compliant plan
    And the plan sets "evaluation.kirkpatrick.results" to Lower average handling time on billing
    When the plan is audited
    Then EV004 reports nothing

  Scenario: Kirkpatrick is named as a method but there is no Kirkpatrick evaluation
    Given the compliant plan
    And the plan has no "evaluation.kirkpatrick"
    When the plan is audited
    Then EV004 reports "lists Kirkpatrick among its methods but contains no Kirkpatrick evaluation" at "evaluation.kirkpatrick"
    And EV004 reports nothing else
