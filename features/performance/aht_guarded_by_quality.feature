Feature: PF003 – a target to cut handling time is guarded by quality
  Pushing AHT down on its own invites rushed calls and repeat contacts. When an
  objective decreases AHT, the KPIs also include first contact resolution, a quality
  score or customer satisfaction.

  Scenario: The example plan cuts AHT while measuring FCR, CSAT and QA
    Given the compliant plan
    When the plan is audited
    Then PF003 reports nothing

  Scenario: AHT is cut with nothing to show what it costs the customer
    Given the compliant plan
    And the plan sets "kpis" to [{id: AHT, kind: quantitative}, {id: SL, kind: quantitative}]
    When the plan is audited
    Then PF003 reports warning "Objective OBJ1 decreases AHT but no FCR, QA or CSAT KPI guards the quality of the shorter contacts." at "objectives[0].kpi"
    And PF003 reports nothing else
