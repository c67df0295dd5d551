Feature: EQ006 – customers in vulnerable circumstances are supported
  The plan says how customers in vulnerable circumstances are identified and
  supported: a warning for FCA-regulated plans, advice for the rest.

  Scenario: The example plan describes its vulnerable-customer support
    Given the compliant plan
    When the plan is audited
    Then EQ006 reports nothing

  Scenario: An energy supplier's plan is silent on vulnerable customers
    Given the compliant plan
    And the plan has no "compliance.equality.vulnerable_customers"
    When the plan is audited
    Then EQ006 reports info "The plan does not say how customers in vulnerable circumstances are identified and supported" at "compliance.equality.vulnerable_customers"
    And EQ006 reports nothing else

  Scenario: An FCA-regulated plan is silent on vulnerable customers
    Given the compliant plan
    And the plan sets "plan.regulators" to [Ofgem, fca]
    And the plan has no "compliance.equality.vulnerable_customers"
    When the plan is audited
    Then EQ006 reports warning "The plan is FCA-regulated but does not say how customers in vulnerable circumstances are identified" at "compliance.equality.vulnerable_customers"
    And EQ006 reports nothing else
