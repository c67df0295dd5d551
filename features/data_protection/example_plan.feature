Feature: Data protection – the example plan meets every rule
  The Leeds example plan is written to comply with UK GDPR, the DPA 2018, PECR
  and PCI DSS as the data-protection rules read them; none of DP001–DP012 may
  report anything on it, not even advice.

  Scenario: No data-protection rule reports anything on the example plan
    Given the compliant plan
    When the plan is audited
    Then DP001 reports nothing
    And DP002 reports nothing
    And DP003 reports nothing
    And DP004 reports nothing
    And DP005 reports nothing
    And DP006 reports nothing
    And DP007 reports nothing
    And DP008 reports nothing
    And DP009 reports nothing
    And DP010 reports nothing
    And DP011 reports nothing
    And DP012 reports nothing
