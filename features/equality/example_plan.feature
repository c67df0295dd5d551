Feature: Equality – the example plan meets every rule
  The Leeds example plan is written to meet the Equality Act 2010 duties and the
  vulnerable-customer expectations as the equality rules read them; none of
  EQ001–EQ006 may report anything on it, not even advice.

  Scenario: No equality rule reports anything on the example plan
    Given the compliant plan
    When the plan is audited
    Then EQ001 reports nothing
    And EQ002 reports nothing
    And EQ003 reports nothing
    And EQ004 reports nothing
    And EQ005 reports nothing
    And EQ006 reports nothing
