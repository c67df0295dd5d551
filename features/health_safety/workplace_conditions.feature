Feature: HS011 – workplace space and temperature
  Each person has at least 11 cubic metres of room and workrooms are kept at 16 °C or
  more. The workplace figures are optional; the rule is advisory.

  Scenario: The example office gives 12.5 m³ a person at 18 °C
    Given the compliant plan
    When the plan is audited
    Then HS011 reports nothing

  Scenario: The office is too crowded
    Given the compliant plan
    And the plan sets "compliance.health_safety.workplace.cubic_metres_per_person" to 9.5
    When the plan is audited
    Then HS011 reports info "The workplace gives 9.5 m³ per person, less than 11 m³." at "compliance.health_safety.workplace.cubic_metres_per_person"
    And HS011 reports nothing else

  Scenario: The office is too cold
    Given the compliant plan
    And the plan sets "compliance.health_safety.workplace.minimum_temperature_c" to 15
    When the plan is audited
    Then HS011 reports info "The workplace minimum temperature is 15 °C, below 16 °C." at "compliance.health_safety.workplace.minimum_temperature_c"
    And HS011 reports nothing else

  Scenario: The plan gives no workplace figures
    Given the compliant plan
    And the plan has no "compliance.health_safety.workplace"
    When the plan is audited
    Then HS011 reports info "gives no workplace space or temperature (compliance.health_safety.workplace), so they could not be checked" at "compliance.health_safety.workplace"
    And HS011 reports nothing else

  Scenario: The plan gives the space but not the temperature
    Given the compliant plan
    And the plan has no "compliance.health_safety.workplace.minimum_temperature_c"
    When the plan is audited
    Then HS011 reports "gives no minimum temperature, so it could not be checked" at "compliance.health_safety.workplace.minimum_temperature_c"
    And HS011 reports nothing else
