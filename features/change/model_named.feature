Feature: CH001 – a plan that makes changes names its change model
  When the change log has changes, change management names ADKAR, Kotter, Lewin or another model.

  Scenario: The example plan follows ADKAR
    Given the compliant plan
    When the plan is audited
    Then CH001 reports nothing

  Scenario: Two changes and no change model
    Given the compliant plan
    And the plan has no "change_management.model"
    When the plan is audited
    Then CH001 reports warning "The plan makes 2 changes (CH1, CH2) but names no change model such as ADKAR, Kotter or Lewin" at "change_management.model"
    And CH001 reports nothing else

  Scenario: A plan without changes needs no change model
    Given the compliant plan
    And the plan has no "change_management.model"
    And the plan sets "plan.documents" to [consultations.yaml]
    When the plan is audited
    Then CH001 reports nothing
