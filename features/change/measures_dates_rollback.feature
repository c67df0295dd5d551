Feature: CH006 – each change is dated, measured and reversible
  Each change goes live inside the plan period, measures success with the
  plan's KPIs and has a rollback plan.

  Scenario: The example plan's changes are dated, measured and reversible
    Given the compliant plan
    When the plan is audited
    Then CH006 reports nothing

  Scenario: A change has no implementation date
    Given the compliant plan
    And "changes.yaml" has no "changes[0].implement_on"
    When the plan is audited
    Then CH006 reports warning "Change CH1 has no implementation date" at "changes[0].implement_on"
    And CH006 reports nothing else

  Scenario: A change goes live after the plan period
    Given the compliant plan
    And "changes.yaml" sets "changes[1].implement_on" to 2027-05-01
    When the plan is audited
    Then CH006 reports "Change CH2 goes live on 2027-05-01, outside the plan period 2027-01-01 to 2027-03-31" at "changes[1].implement_on"
    And CH006 reports nothing else

  Scenario: A change goes live on the last day of the period
    Given the compliant plan
    And "changes.yaml" sets "changes[1].implement_on" to 2027-03-31
    When the plan is audited
    Then CH006 reports nothing

  Scenario: A change names no success measures
    Given the compliant plan
    And "changes.yaml" has no "changes[0].success_measures"
    When the plan is audited
    Then CH006 reports "Change CH1 names no success measures" at "changes[0].success_measures"
    And CH006 reports nothing else

  Scenario: A success measure is not a KPI of the plan
    Given the compliant plan
    And "changes.yaml" sets "changes[0].success_measures" to [QA, NPS]
    When the plan is audited
    Then CH006 reports "Change CH1 measures success by NPS, which is not a KPI id in kpis" at "changes[0].success_measures[1]"
    And CH006 reports nothing else

  Scenario: A change has no rollback plan
    Given the compliant plan
    And "changes.yaml" has no "changes[1].rollback"
    When the plan is audited
    Then CH006 reports "Change CH2 has no rollback plan" at "changes[1].rollback"
    And CH006 reports nothing else
