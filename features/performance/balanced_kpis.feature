Feature: PF001 – a balanced set of KPIs
  A plan measured only by speed can hit its numbers while customers' problems go
  unsolved. The KPIs include an efficiency or access measure (AHT, SL, ASA, OCC, ADH,
  ABANDON), a customer-outcome measure (FCR, CSAT, NPS, CES, QA, COMPLAINTS) and at least
  one qualitative measure.

  Scenario: The example plan balances AHT and SL with FCR, CSAT and QA
    Given the compliant plan
    When the plan is audited
    Then PF001 reports nothing

  Scenario: Only efficiency measures
    Given the compliant plan
    And the plan sets "kpis" to [{id: AHT, kind: quantitative}, {id: SL, kind: quantitative}]
    When the plan is audited
    Then PF001 reports error "No KPI measures the customer's outcome (FCR, CSAT, NPS, CES, QA or COMPLAINTS)." at "kpis"
    And PF001 reports "No KPI is of kind qualitative, so the plan measures only numbers, not the customer's experience." at "kpis"
    And PF001 reports nothing else

  Scenario: Only customer measures
    Given the compliant plan
    And the plan sets "kpis" to [{id: FCR, kind: quantitative}, {id: CSAT, kind: qualitative}]
    When the plan is audited
    Then PF001 reports "No KPI measures efficiency or access (AHT, SL, ASA, OCC, ADH or ABANDON)." at "kpis"
    And PF001 reports nothing else
