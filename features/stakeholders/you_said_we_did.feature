Feature: ST007 – "you said, we did"
  Every consultation records what people said and what the plan did about it,
  and the plan hears customers: a consultation with customers or a customer KPI.

  Scenario: Every consultation in the example log has an outcome and a response
    Given the compliant plan
    When the plan is audited
    Then ST007 reports nothing

  Scenario: A consultation records what customers said but not what was done
    Given the compliant plan
    And "consultations.yaml" has no "consultations[1].response"
    When the plan is audited
    Then ST007 reports warning "Consultation C2 records no response (what was done about it)" at "consultations[1].response"
    And ST007 reports nothing else

  Scenario: A consultation records no outcome
    Given the compliant plan
    And "consultations.yaml" has no "consultations[3].outcome"
    When the plan is audited
    Then ST007 reports "Consultation C4 records no outcome (what was said)" at "consultations[3].outcome"
    And ST007 reports nothing else

  Scenario: Customers are neither consulted nor measured
    Given the compliant plan
    And "consultations.yaml" sets "consultations[1].groups" to [team leaders]
    And the plan has no "kpis[5]"
    When the plan is audited
    Then ST007 reports "No consultation includes customers and no KPI (CES, COMPLAINTS, CSAT, NPS) measures what customers think" at "stakeholders.consultations"
    And ST007 reports nothing else

  Scenario: A customer KPI alone brings in the customer's voice
    Given the compliant plan
    And "consultations.yaml" sets "consultations[1].groups" to [team leaders]
    When the plan is audited
    Then ST007 reports nothing
