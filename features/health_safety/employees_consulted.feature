Feature: HS012 – employees consulted on changes to working patterns
  Every change to working patterns links a consultation with health and safety
  representatives, a trade union, an employee forum or frontline agents.

  Scenario: The rota change was discussed with the union and the forum
    Given the compliant plan
    When the plan is audited
    Then HS012 reports nothing

  Scenario: The rota change was discussed only with customers
    Given the compliant plan
    And "changes.yaml" sets "changes[1].consultations" to [C2]
    When the plan is audited
    Then HS012 reports warning "Change CH2 changes working patterns from 2027-02-01 but no consultation with health and safety, trade union, employee forum or frontline agents is linked." at "changes[1].consultations"
    And HS012 reports nothing else

  Scenario: The rota change links no consultation
    Given the compliant plan
    And "changes.yaml" has no "changes[1].consultations"
    When the plan is audited
    Then HS012 reports "Change CH2 changes working patterns from 2027-02-01 but no consultation" at "changes[1].consultations"
    And HS012 reports nothing else

  Scenario: The rota change names a consultation that is not in the log
    Given the compliant plan
    And "changes.yaml" sets "changes[1].consultations" to [C9]
    When the plan is audited
    Then HS012 reports "is linked (C9 is not in the consultation log)." at "changes[1].consultations"
    And HS012 reports nothing else

  Scenario: The consultation's groups are written in capitals
    Given the compliant plan
    And "consultations.yaml" sets "consultations[3].groups" to [Trade Union]
    When the plan is audited
    Then HS012 reports nothing

  Scenario: A change that leaves working patterns alone needs no such consultation
    Given the compliant plan
    And "changes.yaml" sets "changes[0].consultations" to []
    When the plan is audited
    Then HS012 reports nothing
