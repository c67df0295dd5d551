Feature: EV003 – a PESTLE analysis covers all six factors
  When the plan names PESTLE among its methods, each factor lists something.

  Scenario: The example plan's PESTLE is complete
    Given the compliant plan
    When the plan is audited
    Then EV003 reports nothing

  Scenario: The PESTLE names no legal factors
    Given the compliant plan
    And the plan sets "evaluation.pestle.legal" to []
    When the plan is audited
    Then EV003 reports warning "The PESTLE analysis lists no legal factors" at "evaluation.pestle.legal"
    And EV003 reports nothing else

  Scenario: The PESTLE leaves out the environment
    Given the compliant plan
    And the plan has no "evaluation.pestle.environmental"
    When the plan is audited
    Then EV003 reports "The PESTLE analysis lists no environmental factors" at "evaluation.pestle.environmental"
    And EV003 reports nothing else

  Scenario: PESTLE is named as a method but there is no PESTLE
    Given the compliant plan
    And the plan has no "evaluation.pestle"
    When the plan is audited
    Then EV003 reports "lists PESTLE among its methods but contains no PESTLE analysis" at "evaluation.pestle"
    And EV003 reports nothing else

  Scenario: A plan that does not use PESTLE is not asked for one
    Given the compliant plan
    And the plan sets "evaluation.methods" to [swot, kirkpatrick]
    And the plan has no "evaluation.pestle"
    When the plan is audited
    Then EV003 reports nothing
