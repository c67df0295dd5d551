Feature: EV005 – documented feedback loops
  The plan documents at least one loop from monitoring results to plan
  adjustments, and each loop says what it monitors, how often it is reviewed,
  who decides, what it changes and where that is evidenced.

  Scenario: The example plan documents its QA and service-level loops
    Given the compliant plan
    When the plan is audited
    Then EV005 reports nothing

  Scenario: The plan documents no feedback loop
    Given the compliant plan
    And the plan has no "evaluation.feedback_loops"
    When the plan is audited
    Then EV005 reports error "The evaluation documents no feedback loop from monitoring results to plan adjustments" at "evaluation.feedback_loops"
    And EV005 reports nothing else

  Scenario: A loop does not say who decides
    Given the compliant plan
    And the plan has no "evaluation.feedback_loops[1].decision_by"
    When the plan is audited
    Then EV005 reports "The feedback loop on Interval service level against forecast does not say who decides (decision_by)" at "evaluation.feedback_loops[1].decision_by"
    And EV005 reports nothing else

  Scenario: A loop changes nothing and leaves no evidence
    Given the compliant plan
    And the plan has no "evaluation.feedback_loops[0].adjusts"
    And the plan has no "evaluation.feedback_loops[0].evidence"
    When the plan is audited
    Then EV005 reports "The feedback loop on QA scores does not say what it changes in the plan (adjusts)" at "evaluation.feedback_loops[0].adjusts"
    And EV005 reports "The feedback loop on QA scores does not say where the change is evidenced (evidence)" at "evaluation.feedback_loops[0].evidence"
    And EV005 reports nothing else

  Scenario: A loop does not say what it monitors or how often
    Given the compliant plan
    And the plan has no "evaluation.feedback_loops[0].monitor"
    And the plan has no "evaluation.feedback_loops[0].reviewed"
    When the plan is audited
    Then EV005 reports "Feedback loop 1 does not say what it monitors (monitor)" at "evaluation.feedback_loops[0].monitor"
    And EV005 reports "Feedback loop 1 does not say how often it is reviewed (reviewed)" at "evaluation.feedback_loops[0].reviewed"
    And EV005 reports nothing else
