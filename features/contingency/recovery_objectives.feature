Feature: CT003 – recovery time objectives
  Each contingency plan has a recovery time objective, no longer than its maximum
  tolerable disruption where one is given.

  Scenario: Every example plan recovers inside its tolerable disruption
    Given the compliant plan
    When the plan is audited
    Then CT003 reports nothing

  Scenario: A plan has no recovery time objective
    Given the compliant plan
    And the plan has no "contingency.plans[0].recovery_time_objective_hours"
    When the plan is audited
    Then CT003 reports warning "Contingency plan CP1 has no recovery time objective" at "contingency.plans[0].recovery_time_objective_hours"
    And CT003 reports nothing else

  Scenario: A plan recovers later than the business can tolerate
    Given the compliant plan
    And the plan sets "contingency.plans[1].recovery_time_objective_hours" to 6
    When the plan is audited
    Then CT003 reports warning "Contingency plan CP2 has a recovery time objective of 6 hours, beyond its maximum tolerable disruption of 4 hours" at "contingency.plans[1].recovery_time_objective_hours"
    And CT003 reports nothing else

  Scenario: Without a stated tolerable disruption only the RTO is needed
    Given the compliant plan
    And the plan has no "contingency.plans[1].max_tolerable_disruption_hours"
    And the plan sets "contingency.plans[1].recovery_time_objective_hours" to 30
    When the plan is audited
    Then CT003 reports nothing
