Feature: CT002 – plans for system failures
  Telephony outage and IT system failure plans are required (errors); network
  outage, power outage, cyber incident, staff shortage and site unavailable are
  expected (a warning for each missing).

  Scenario: The example plan covers every system failure
    Given the compliant plan
    When the plan is audited
    Then CT002 reports nothing

  Scenario: No plan for a telephony outage
    Given the compliant plan
    And the plan sets "contingency.plans[1].scenario" to network outage
    When the plan is audited
    Then CT002 reports error "No contingency plan covers the scenario telephony outage" at "contingency.plans"
    And CT002 reports nothing else

  Scenario: No plan for an IT system failure or a cyber incident
    Given the compliant plan
    And the plan sets "contingency.plans[2].scenario" to [peak demand]
    When the plan is audited
    Then CT002 reports error "No contingency plan covers the scenario it system failure" at "contingency.plans"
    And CT002 reports warning "No contingency plan covers the scenario cyber incident" at "contingency.plans"
    And CT002 reports nothing else

  Scenario: Site and power plans are missing
    Given the compliant plan
    And the plan sets "contingency.plans[3].scenario" to [Severe Weather]
    When the plan is audited
    Then CT002 reports warning "No contingency plan covers the scenario power outage" at "contingency.plans"
    And CT002 reports warning "No contingency plan covers the scenario site unavailable" at "contingency.plans"
    And CT002 reports nothing else

  Scenario: An organisation expects a supplier-failure plan as well
    Given the compliant plan
    And the configuration is:
      """
      [rules.CT002]
      secondary_scenarios = ["supplier failure", "staff shortage"]
      """
    When the plan is audited
    Then CT002 reports warning "No contingency plan covers the scenario supplier failure" at "contingency.plans"
    And CT002 reports nothing else
