Feature: QA001 – a call monitoring framework and a scorecard
  Quality assurance names how contacts are monitored and scores them against a
  scorecard of at least three criteria.

  Scenario: The example plan publishes its framework and a five-point scorecard
    Given the compliant plan
    When the plan is audited
    Then QA001 reports nothing

  Scenario: Quality assurance names no monitoring framework
    Given the compliant plan
    And the plan has no "quality_assurance.framework"
    When the plan is audited
    Then QA001 reports error "The plan names no call monitoring framework" at "quality_assurance.framework"
    And QA001 reports nothing else

  Scenario: The scorecard has only two criteria
    Given the compliant plan
    And the plan sets "quality_assurance.scorecard" to [Compliance, Empathy]
    When the plan is audited
    Then QA001 reports "The QA scorecard has 2 criteria (Compliance, Empathy), fewer than 3" at "quality_assurance.scorecard"
    And QA001 reports nothing else

  Scenario: The plan has no quality assurance at all
    Given the compliant plan
    And the plan has no "quality_assurance"
    When the plan is audited
    Then QA001 reports "names no call monitoring framework" at "quality_assurance.framework"
    And QA001 reports "The QA scorecard lists no criteria" at "quality_assurance.scorecard"
    And QA001 reports nothing else

  Scenario: An organisation asks for a longer scorecard
    Given the compliant plan
    And the configuration is:
      """
      [rules.QA001]
      min_criteria = 6
      """
    When the plan is audited
    Then QA001 reports "has 5 criteria" at "quality_assurance.scorecard"
    And QA001 reports nothing else
