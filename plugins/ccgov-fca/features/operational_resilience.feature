Feature: FCA006 – important business services within impact tolerance

  Scenario: The helpline recovers inside its tolerance and was tested recently
    Given the compliant plan
    When the plan is audited
    Then FCA006 reports nothing

  Scenario: A contingency plan recovers too slowly
    Given the compliant plan
    And the plan sets "contingency.plans[1].recovery_time_objective_hours" to 8
    When the plan is audited
    Then FCA006 reports error "Contingency plan CP2 promises recovery in 8 h, outside the 4 h impact tolerance of Collections helpline" at "x-fca.operational_resilience.important_business_services[0].contingency_plans[1]"
    And FCA006 reports nothing else

  Scenario: A service is mapped to a plan that does not exist
    Given the compliant plan
    And the plan sets "x-fca.operational_resilience.important_business_services[0].contingency_plans[0]" to CP9
    When the plan is audited
    Then FCA006 reports "names contingency plan CP9, which does not exist" at "x-fca.operational_resilience.important_business_services[0].contingency_plans[0]"

  Scenario: The last scenario test is too old
    Given the compliant plan
    And the plan sets "x-fca.operational_resilience.important_business_services[0].last_scenario_test" to 2025-06-01
    When the plan is audited
    Then FCA006 reports "last scenario-tested 2025-06-01" at "x-fca.operational_resilience.important_business_services[0].last_scenario_test"

  Scenario: No important business services are mapped
    Given the compliant plan
    And the plan has no "x-fca.operational_resilience"
    When the plan is audited
    Then FCA006 reports "maps no important business services" at "x-fca.operational_resilience.important_business_services"
