Feature: CT008 – a cyber-incident plan that can invoke the breach procedure
  A contingency plan covers cyber incidents, and the plan has a breach-reporting
  procedure (72 hours to notify the ICO) for it to invoke. Information only.

  Scenario: The example plan's CP3 covers cyber incidents and IS-04 exists
    Given the compliant plan
    When the plan is audited
    Then CT008 reports nothing

  Scenario: No plan covers a cyber incident
    Given the compliant plan
    And the plan sets "contingency.plans[2].scenario" to [it system failure]
    When the plan is audited
    Then CT008 reports info "No contingency plan covers the scenario cyber incident" at "contingency.plans"
    And CT008 reports nothing else

  Scenario: The cyber plan has no breach procedure to invoke
    Given the compliant plan
    And the plan has no "compliance.data_protection.breach_reporting"
    When the plan is audited
    Then CT008 reports info "Contingency plan CP3 covers cyber incidents but the plan has no breach-reporting procedure to invoke in a cyber incident" at "compliance.data_protection.breach_reporting"
    And CT008 reports nothing else
