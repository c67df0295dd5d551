Feature: ST002 – IT support is consulted when the plan depends on technology
  A technology change, or a contingency plan for a system failure, needs a
  consultation that includes IT support.

  Scenario: The example plan consults IT support on speech analytics
    Given the compliant plan
    When the plan is audited
    Then ST002 reports nothing

  Scenario: A technology change and system-failure plans without IT support
    Given the compliant plan
    And "consultations.yaml" sets "consultations[2].groups" to [frontline agents, team leaders, quality team, data protection officer]
    When the plan is audited
    Then ST002 reports error "No consultation includes it support, although the plan has technology change CH1 and system-failure contingency plans CP2, CP3" at "stakeholders.consultations"
    And ST002 reports nothing else

  Scenario: System-failure plans alone need IT support too
    Given the compliant plan
    And "changes.yaml" sets "changes[0].category" to process
    And "consultations.yaml" sets "consultations[2].groups" to [frontline agents, team leaders]
    When the plan is audited
    Then ST002 reports "although the plan has system-failure contingency plans CP2, CP3." at "stakeholders.consultations"
    And ST002 reports nothing else

  Scenario: Nothing depends on IT, so IT support need not be consulted
    Given the compliant plan
    And "changes.yaml" sets "changes[0].category" to process
    And the plan sets "contingency.plans[1].scenario" to [power outage]
    And the plan sets "contingency.plans[2].scenario" to [staff shortage]
    And "consultations.yaml" sets "consultations[2].groups" to [frontline agents, team leaders]
    When the plan is audited
    Then ST002 reports nothing
