Feature: QA006 – customer perception alongside the QA scorecard
  Quality assurance names customer measures, and each is a KPI the plan defines.

  Scenario: The example plan pairs its scorecard with CSAT and FCR
    Given the compliant plan
    When the plan is audited
    Then QA006 reports nothing

  Scenario: Quality assurance names no customer measure
    Given the compliant plan
    And the plan has no "quality_assurance.customer_measures"
    When the plan is audited
    Then QA006 reports warning "Quality assurance names no customer perception measure" at "quality_assurance.customer_measures"
    And QA006 reports nothing else

  Scenario: A customer measure is not a KPI of the plan
    Given the compliant plan
    And the plan sets "quality_assurance.customer_measures" to [CSAT, NPS]
    When the plan is audited
    Then QA006 reports "QA customer measure NPS is not a KPI id in kpis" at "quality_assurance.customer_measures[1]"
    And QA006 reports nothing else
