Feature: QA002 – enough contacts are evaluated per agent
  Quality assurance evaluates at least four contacts per agent per month (a
  convention an organisation may change).

  Scenario: The example plan evaluates four contacts per agent per month
    Given the compliant plan
    When the plan is audited
    Then QA002 reports nothing

  Scenario: Only two contacts per agent are evaluated each month
    Given the compliant plan
    And the plan sets "quality_assurance.evaluations_per_agent_per_month" to 2
    When the plan is audited
    Then QA002 reports warning "evaluates 2 contacts per agent per month, fewer than 4" at "quality_assurance.evaluations_per_agent_per_month"
    And QA002 reports nothing else

  Scenario: The sample size is not stated
    Given the compliant plan
    And the plan has no "quality_assurance.evaluations_per_agent_per_month"
    When the plan is audited
    Then QA002 reports "does not state how many contacts it evaluates per agent per month" at "quality_assurance.evaluations_per_agent_per_month"
    And QA002 reports nothing else

  Scenario: An organisation sets a larger sample
    Given the compliant plan
    And the configuration is:
      """
      [rules.QA002]
      min_evaluations = 6
      """
    When the plan is audited
    Then QA002 reports "evaluates 4 contacts per agent per month, fewer than 6" at "quality_assurance.evaluations_per_agent_per_month"
    And QA002 reports nothing else
