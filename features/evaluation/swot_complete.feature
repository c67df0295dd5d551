Feature: EV002 – a SWOT analysis has all four quadrants
  When the plan names SWOT among its methods, every quadrant lists something.

  Scenario: The example plan's SWOT is complete
    Given the compliant plan
    When the plan is audited
    Then EV002 reports nothing

  Scenario: The SWOT lists no threats
    Given the compliant plan
    And the plan sets "evaluation.swot.threats" to []
    When the plan is audited
    Then EV002 reports warning "The SWOT analysis lists no threats" at "evaluation.swot.threats"
    And EV002 reports nothing else

  Scenario: The SWOT has no opportunities quadrant
    Given the compliant plan
    And the plan has no "evaluation.swot.opportunities"
    When the plan is audited
    Then EV002 reports "The SWOT analysis lists no opportunities" at "evaluation.swot.opportunities"
    And EV002 reports nothing else

  Scenario: SWOT is named as a method but there is no SWOT
    Given the compliant plan
    And the plan has no "evaluation.swot"
    When the plan is audited
    Then EV002 reports "lists SWOT among its methods but contains no SWOT analysis" at "evaluation.swot"
    And EV002 reports nothing else

  Scenario: A plan that does not use SWOT is not asked for one
    Given the compliant plan
    And the plan sets "evaluation.methods" to [pestle, pdca]
    And the plan has no "evaluation.swot"
    When the plan is audited
    Then EV002 reports nothing
