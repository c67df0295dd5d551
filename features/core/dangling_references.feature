Feature: CCG002 – references that no rule reads must still resolve
  Consultation topics name objectives or changes, and review inputs name KPIs.

  Scenario: The example plan's references all resolve
    Given the compliant plan
    When the plan is audited
    Then CCG002 reports nothing

  Scenario: A consultation discusses a change that does not exist
    Given the compliant plan
    And "consultations.yaml" sets "consultations[2].topics[0]" to CH9
    When the plan is audited
    Then CCG002 reports warning "Consultation C3 lists topic CH9" at "consultations[2].topics[0]"
    And CCG002 reports nothing else

  Scenario: A review takes a KPI that is not defined
    Given the compliant plan
    And the plan sets "evaluation.reviews[0].inputs[1]" to NPS
    When the plan is audited
    Then CCG002 reports "takes input NPS, which is not a KPI id" at "evaluation.reviews[0].inputs[1]"
    And CCG002 reports nothing else
