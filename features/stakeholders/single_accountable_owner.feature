Feature: ST004 – one accountable owner each
  Every objective, action and contingency plan has exactly one owner: an owner
  naming several people or roles is reported.

  Scenario: Every item in the example plan has a single owner
    Given the compliant plan
    When the plan is audited
    Then ST004 reports nothing

  Scenario: An objective is owned by two people
    Given the compliant plan
    And the plan sets "objectives[0].owner" to Billing team leader and QA lead
    When the plan is audited
    Then ST004 reports warning "Objective OBJ1 has owner 'Billing team leader and QA lead', which names 2 people or roles instead of one accountable owner" at "objectives[0].owner"
    And ST004 reports nothing else

  Scenario: An action and a contingency plan share their ownership
    Given the compliant plan
    And the plan sets "objectives[1].actions[0].owner" to CI lead / Billing team leader
    And the plan sets "contingency.plans[2].owner" to IT service manager, Telephony manager; Site manager
    When the plan is audited
    Then ST004 reports "Action OBJ2-A1 of objective OBJ2 has owner 'CI lead / Billing team leader', which names 2" at "objectives[1].actions[0].owner"
    And ST004 reports "Contingency plan CP3 has owner 'IT service manager, Telephony manager; Site manager', which names 3" at "contingency.plans[2].owner"
    And ST004 reports nothing else

  Scenario: An ampersand joins two owners too
    Given the compliant plan
    And the plan sets "objectives[3].owner" to CX manager & Billing team leader
    When the plan is audited
    Then ST004 reports "Objective OBJ4 has owner 'CX manager & Billing team leader'" at "objectives[3].owner"
    And ST004 reports nothing else
