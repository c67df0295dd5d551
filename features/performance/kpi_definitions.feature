Feature: PF002 – every KPI is fully defined
  Each KPI states its unit, its definition (the formula: does AHT include after-call
  work?), its data source, how often it is measured, and who owns it.

  Scenario: The example plan defines all its KPIs
    Given the compliant plan
    When the plan is audited
    Then PF002 reports nothing

  Scenario: A KPI without a definition
    Given the compliant plan
    And the plan has no "kpis[0].definition"
    When the plan is audited
    Then PF002 reports warning "KPI AHT has no definition." at "kpis[0].definition"
    And PF002 reports nothing else

  Scenario: A KPI without a source and an owner
    Given the compliant plan
    And the plan has no "kpis[5].source"
    And the plan has no "kpis[5].owner"
    When the plan is audited
    Then PF002 reports "KPI CSAT has no source." at "kpis[5].source"
    And PF002 reports "KPI CSAT has no owner." at "kpis[5].owner"
    And PF002 reports nothing else
