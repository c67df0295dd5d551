Feature: ST006 – employee representatives, and collective consultation in time
  A change to working patterns is discussed with a trade union or employee forum.
  From 20 proposed redundancies at one establishment the first such consultation
  must be at least 30 days before implementation (45 days from 100): an error.

  Scenario: The example plan discusses the rota change with the union and forum
    Given the compliant plan
    When the plan is audited
    Then ST006 reports nothing

  Scenario: A rota change is discussed only with agents and team leaders
    Given the compliant plan
    And "changes.yaml" sets "changes[1].consultations" to [C1]
    When the plan is audited
    Then ST006 reports warning "Change CH2 changes working patterns but links no consultation with a trade union or employee forum" at "changes[1].consultations"
    And ST006 reports nothing else

  Scenario: Collective consultation starts 55 days ahead for 25 redundancies
    Given the compliant plan
    And "changes.yaml" sets "changes[1].redundancies" to 25
    When the plan is audited
    Then ST006 reports nothing

  Scenario: Collective consultation starts too late for 25 redundancies
    Given the compliant plan
    And "changes.yaml" sets "changes[1].redundancies" to 25
    And "consultations.yaml" sets "consultations[3].date" to 2027-01-10
    When the plan is audited
    Then ST006 reports error "Change CH2 proposes 25 redundancies but its first consultation with employee representatives (C4, 2027-01-10) is 22 days before implementation on 2027-02-01; TULRCA s.188 requires at least 30" at "changes[1].consultations"
    And ST006 reports nothing else

  Scenario: 100 or more redundancies need 45 days
    Given the compliant plan
    And "changes.yaml" sets "changes[1].redundancies" to 120
    And "consultations.yaml" sets "consultations[3].date" to 2026-12-20
    When the plan is audited
    Then ST006 reports error "is 43 days before implementation on 2027-02-01; TULRCA s.188 requires at least 45" at "changes[1].consultations"
    And ST006 reports nothing else

  Scenario: Redundancies proposed with no representatives consulted at all
    Given the compliant plan
    And "changes.yaml" sets "changes[0].redundancies" to 30
    When the plan is audited
    Then ST006 reports error "Change CH1 proposes 30 redundancies but links no consultation with a trade union or employee forum" at "changes[0].consultations"
    And ST006 reports nothing else

  Scenario: An undated consultation cannot show the 30 days
    Given the compliant plan
    And "changes.yaml" sets "changes[1].redundancies" to 25
    And "consultations.yaml" has no "consultations[3].date"
    When the plan is audited
    Then ST006 reports error "its consultations with employee representatives (C4) are undated" at "changes[1].consultations"
    And ST006 reports nothing else

  Scenario: Fewer than 20 redundancies need no collective consultation period
    Given the compliant plan
    And "changes.yaml" sets "changes[1].redundancies" to 19
    And "consultations.yaml" sets "consultations[3].date" to 2027-01-30
    When the plan is audited
    Then ST006 reports nothing
