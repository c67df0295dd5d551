Feature: EV007 – monitoring tools are evaluated, not just described
  Each monitoring tool has an evaluation, or both strengths and limitations.

  Scenario: The example plan evaluates speech analytics and the survey
    Given the compliant plan
    When the plan is audited
    Then EV007 reports nothing

  Scenario: A tool is listed with nothing said about it
    Given the compliant plan
    And the plan sets "evaluation.monitoring_tools[2]" to {tool: Real-time dashboard}
    When the plan is audited
    Then EV007 reports warning "Monitoring tool Real-time dashboard is described but not evaluated: it has no evaluation, strengths or limitations" at "evaluation.monitoring_tools[2].evaluation"
    And EV007 reports nothing else

  Scenario: A tool lists strengths but no limitations
    Given the compliant plan
    And the plan has no "evaluation.monitoring_tools[1].evaluation"
    And the plan has no "evaluation.monitoring_tools[1].limitations"
    When the plan is audited
    Then EV007 reports "Monitoring tool Post-contact survey is described but not evaluated: it has no evaluation and no limitations" at "evaluation.monitoring_tools[1].evaluation"
    And EV007 reports nothing else

  Scenario: Strengths and limitations are an evaluation
    Given the compliant plan
    And the plan has no "evaluation.monitoring_tools[0].evaluation"
    When the plan is audited
    Then EV007 reports nothing
