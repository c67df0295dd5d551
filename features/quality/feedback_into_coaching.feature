Feature: QA004 – QA results feed coaching and the plan
  QA results reach agents through coaching within five days, and a documented
  feedback loop turns monitoring results into plan adjustments.

  Scenario: The example plan feeds QA into coaching within five days
    Given the compliant plan
    When the plan is audited
    Then QA004 reports nothing

  Scenario: QA results do not feed coaching
    Given the compliant plan
    And the plan sets "quality_assurance.links_to_coaching" to false
    When the plan is audited
    Then QA004 reports error "Quality assurance says QA results do not feed agent coaching" at "quality_assurance.links_to_coaching"
    And QA004 reports nothing else

  Scenario: The plan does not say whether QA feeds coaching
    Given the compliant plan
    And the plan has no "quality_assurance.links_to_coaching"
    When the plan is audited
    Then QA004 reports "does not say QA results feed agent coaching" at "quality_assurance.links_to_coaching"
    And QA004 reports nothing else

  Scenario: Agents wait two weeks for their feedback
    Given the compliant plan
    And the plan sets "quality_assurance.feedback_within_days" to 14
    When the plan is audited
    Then QA004 reports "Agents get QA feedback within 14 days, later than 5" at "quality_assurance.feedback_within_days"
    And QA004 reports nothing else

  Scenario: The feedback time is not stated
    Given the compliant plan
    And the plan has no "quality_assurance.feedback_within_days"
    When the plan is audited
    Then QA004 reports "does not say within how many days agents get feedback" at "quality_assurance.feedback_within_days"
    And QA004 reports nothing else

  Scenario: No feedback loop is documented
    Given the compliant plan
    And the plan has no "evaluation.feedback_loops"
    When the plan is audited
    Then QA004 reports "documents no feedback loop from QA and other monitoring results" at "evaluation.feedback_loops"
    And QA004 reports nothing else

  Scenario: An organisation allows a week for feedback
    Given the compliant plan
    And the plan sets "quality_assurance.feedback_within_days" to 7
    And the configuration is:
      """
      [rules.QA004]
      max_feedback_days = 7
      """
    When the plan is audited
    Then QA004 reports nothing
