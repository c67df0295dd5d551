Feature: PF005 – FCR targets are calibrated against the benchmark
  Average first contact resolution is about 70 %; world class is 80 % or more, reached by
  about 5 % of centres. ccgov notes (as information) targets outside that range.

  Scenario: The example plan targets 75 % FCR
    Given the compliant plan
    When the plan is audited
    Then PF005 reports nothing

  Scenario: An FCR target below the industry average
    Given the compliant plan
    And the plan sets "objectives[1].baseline" to 0.6
    And the plan sets "objectives[1].target" to 0.65
    When the plan is audited
    Then PF005 reports info "Objective OBJ2 targets FCR of 65 %, below the industry average of 70 %." at "objectives[1].target"
    And PF005 reports nothing else

  Scenario: A world-class FCR target
    Given the compliant plan
    And the plan sets "objectives[1].target" to 0.85
    When the plan is audited
    Then PF005 reports info "Objective OBJ2 targets FCR of 85 %, above the world-class 80 % that about 5 % of centres reach: justify it." at "objectives[1].target"
    And PF005 reports nothing else
