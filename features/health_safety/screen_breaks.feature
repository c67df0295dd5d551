Feature: HS005 – screen and call-handling breaks
  The plan says how agents get short breaks from the screen and the phone beyond the
  statutory rest break in each shift.

  Scenario: The example plan protects hourly screen breaks
    Given the compliant plan
    When the plan is audited
    Then HS005 reports nothing

  Scenario: The plan says nothing about screen breaks
    Given the compliant plan
    And the plan has no "compliance.health_safety.breaks"
    When the plan is audited
    Then HS005 reports warning "does not say how agents get short screen and call-handling breaks" at "compliance.health_safety.breaks"
    And HS005 reports nothing else

  Scenario: The plan has no health and safety section
    Given the compliant plan
    And the plan has no "compliance.health_safety"
    When the plan is audited
    Then HS005 reports "does not say how agents get short screen and call-handling breaks" at "compliance.health_safety.breaks"
