Feature: QA005 – automated QA and speech analytics are governed
  A technology change that measures success by the quality score has a DPIA
  and a consultation with the quality team or team leaders.

  Scenario: The example plan's speech analytics has a DPIA and consulted the quality team
    Given the compliant plan
    When the plan is audited
    Then QA005 reports nothing

  Scenario: Speech analytics has no DPIA
    Given the compliant plan
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then QA005 reports warning "Change CH1 uses technology to measure QA but records no DPIA" at "changes[0].dpia"
    And QA005 reports nothing else

  Scenario: Neither the quality team nor team leaders were consulted
    Given the compliant plan
    And "consultations.yaml" sets "consultations[2].groups" to [frontline agents, it support, data protection officer]
    When the plan is audited
    Then QA005 reports "Change CH1 uses technology to measure QA but links no consultation with the quality team or team leaders" at "changes[0].consultations"
    And QA005 reports nothing else

  Scenario: A technology change that does not score quality is out of scope
    Given the compliant plan
    And "changes.yaml" sets "changes[0].success_measures" to [AHT]
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then QA005 reports nothing

  Scenario: A process change measured by QA is out of scope
    Given the compliant plan
    And "changes.yaml" sets "changes[0].category" to process
    And "changes.yaml" has no "changes[0].dpia"
    When the plan is audited
    Then QA005 reports nothing
