Feature: PF008 – the plan describes how performance is managed
  KPIs change behaviour through how people are managed against them: the plan states how
  often agents have one-to-ones, how they are coached, and a fair process for
  underperformance.

  Scenario: The example plan has fortnightly one-to-ones, coaching and a capability policy
    Given the compliant plan
    When the plan is audited
    Then PF008 reports nothing

  Scenario: No coaching is described
    Given the compliant plan
    And the plan has no "performance_management.coaching"
    When the plan is audited
    Then PF008 reports warning "The plan does not state how agents are coached." at "performance_management.coaching"
    And PF008 reports nothing else

  Scenario: No performance management at all
    Given the compliant plan
    And the plan has no "performance_management"
    When the plan is audited
    Then PF008 reports "The plan does not state how often agents have one-to-ones." at "performance_management.one_to_ones"
    And PF008 reports "The plan does not state how agents are coached." at "performance_management.coaching"
    And PF008 reports "The plan does not state the process for underperformance." at "performance_management.underperformance_process"
    And PF008 reports nothing else
