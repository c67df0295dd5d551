Feature: EV001 – structured evaluation methods
  The plan uses a situational analysis (SWOT or PESTLE) and an outcome
  evaluation (Kirkpatrick or PDCA).

  Scenario: The example plan uses Kirkpatrick, SWOT, PESTLE and PDCA
    Given the compliant plan
    When the plan is audited
    Then EV001 reports nothing

  Scenario: The plan evaluates outcomes but never analyses its situation
    Given the compliant plan
    And the plan sets "evaluation.methods" to [kirkpatrick, pdca]
    When the plan is audited
    Then EV001 reports warning "The evaluation methods (kirkpatrick, pdca) include no situational analysis (SWOT or PESTLE)" at "evaluation.methods"
    And EV001 reports nothing else

  Scenario: The plan analyses its situation but never evaluates outcomes
    Given the compliant plan
    And the plan sets "evaluation.methods" to [SWOT]
    When the plan is audited
    Then EV001 reports "The evaluation methods (SWOT) include no outcome evaluation (Kirkpatrick or PDCA)" at "evaluation.methods"
    And EV001 reports nothing else

  Scenario: The plan names no evaluation methods
    Given the compliant plan
    And the plan has no "evaluation.methods"
    When the plan is audited
    Then EV001 reports "The evaluation names no methods" at "evaluation.methods"
    And EV001 reports nothing else

  Scenario: Methods named in capitals still count
    Given the compliant plan
    And the plan sets "evaluation.methods" to [PESTLE, PDCA]
    When the plan is audited
    Then EV001 reports nothing
