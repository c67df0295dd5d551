Feature: CT007 – operational resilience for FCA firms
  When the FCA regulates the plan's firm, the contingency section maps the centre
  to important business services, each with an impact tolerance and mapped resources.

  Scenario: The example plan is regulated by Ofgem only, so the rule does not apply
    Given the compliant plan
    When the plan is audited
    Then CT007 reports nothing

  Scenario: An FCA firm lists no important business services
    Given the compliant plan
    And the plan sets "plan.regulators" to [Ofgem, FCA]
    When the plan is audited
    Then CT007 reports warning "The plan names the FCA as a regulator but lists no important business services with impact tolerances" at "contingency.important_business_services"
    And CT007 reports nothing else

  Scenario: An important business service has no tolerance and no mapped resources
    Given the compliant plan
    And the plan sets "plan.regulators" to [fca]
    And the plan sets "contingency.important_business_services" to [{name: Payments helpline, impact_tolerance_hours: 24, mapped_resources: [Leeds contact centre]}, {name: Arrears support}]
    When the plan is audited
    Then CT007 reports "Important business service Arrears support has no impact tolerance" at "contingency.important_business_services[1].impact_tolerance_hours"
    And CT007 reports "Important business service Arrears support has no mapped resources" at "contingency.important_business_services[1].mapped_resources"
    And CT007 reports nothing else

  Scenario: A fully mapped FCA firm passes
    Given the compliant plan
    And the plan sets "plan.regulators" to [FCA]
    And the plan sets "contingency.important_business_services" to [{name: Payments helpline, impact_tolerance_hours: 24, mapped_resources: [Leeds contact centre, CloudTel telephony]}]
    When the plan is audited
    Then CT007 reports nothing
