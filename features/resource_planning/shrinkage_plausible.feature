Feature: RP004 – shrinkage is stated and plausible
  Shrinkage is the share of paid time not spent on contacts: breaks, training, coaching,
  meetings, absence and holidays. Without it every interval is understaffed (an error);
  outside 20–40 % it is probably wrong (a warning; the band is a convention).

  Scenario: The example plan plans 32 % shrinkage
    Given the compliant plan
    When the plan is audited
    Then RP004 reports nothing

  Scenario: No shrinkage is stated
    Given the compliant plan
    And the plan has no "resource_plan.shrinkage"
    When the plan is audited
    Then RP004 reports error "The resource plan states no shrinkage, so required staff make no allowance for breaks, training and absence." at "resource_plan.shrinkage"
    And RP004 reports nothing else

  Scenario: Shrinkage is implausibly low
    Given the compliant plan
    And the plan sets "resource_plan.shrinkage" to 12%
    When the plan is audited
    Then RP004 reports warning "Shrinkage of 12 % is outside the plausible 20 %–40 % band." at "resource_plan.shrinkage"
    And RP004 reports nothing else

  Scenario: Shrinkage is implausibly high
    Given the compliant plan
    And the plan sets "resource_plan.shrinkage" to 0.45
    When the plan is audited
    Then RP004 reports warning "Shrinkage of 45 % is outside the plausible 20 %–40 % band." at "resource_plan.shrinkage"
