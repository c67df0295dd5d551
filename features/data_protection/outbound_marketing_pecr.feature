Feature: DP009 – outbound marketing calls meet PECR
  A centre that makes marketing calls screens its call lists against the TPS and
  CTPS at least every 28 days and presents a calling line identity that can be
  called back. Plans without outbound marketing are not checked.

  Scenario: The example plan makes no outbound calls
    Given the compliant plan
    When the plan is audited
    Then DP009 reports nothing

  Scenario: Marketing calls screened every 28 days with a returnable CLI comply
    Given the compliant plan
    And the plan sets "compliance.outbound" to {marketing_calls: true, tps_screening_days: 28, cli_presented: true}
    When the plan is audited
    Then DP009 reports nothing

  Scenario: Call lists are screened against the TPS too rarely
    Given the compliant plan
    And the plan sets "compliance.outbound" to {marketing_calls: true, tps_screening_days: 90, cli_presented: true}
    When the plan is audited
    Then DP009 reports error "Marketing call lists are screened against the TPS every 90 days, less often than the 28 days PECR reg 21(3) allows" at "compliance.outbound.tps_screening_days"
    And DP009 reports nothing else

  Scenario: Marketing calls hide the calling number and state no screening
    Given the compliant plan
    And the plan sets "compliance.outbound" to {marketing_calls: true, cli_presented: false}
    When the plan is audited
    Then DP009 reports error "makes marketing calls but states no TPS/CTPS screening interval" at "compliance.outbound.tps_screening_days"
    And DP009 reports error "presenting a returnable CLI is false" at "compliance.outbound.cli_presented"
    And DP009 reports nothing else

  Scenario: Outbound service calls that are not marketing are not checked
    Given the compliant plan
    And the plan sets "compliance.outbound" to {marketing_calls: false, cli_presented: false}
    When the plan is audited
    Then DP009 reports nothing
