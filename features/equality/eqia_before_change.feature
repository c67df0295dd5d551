Feature: EQ003 – an equality impact assessment comes before changes to customers or working patterns
  A change that affects customers or changes working patterns has an equality
  impact assessment completed on or before its go-live date. Under the public
  sector equality duty a missing or late one is an error; elsewhere a warning.

  Scenario: The example plan's changes have EqIAs before go-live
    Given the compliant plan
    When the plan is audited
    Then EQ003 reports nothing

  Scenario: A private-sector rota change has no EqIA
    Given the compliant plan
    And "changes.yaml" has no "changes[1].eqia"
    When the plan is audited
    Then EQ003 reports warning "Change CH2 changes working patterns but has no completed equality impact assessment" at "changes[1].eqia"
    And EQ003 reports nothing else

  Scenario: A public body's rota change has no EqIA
    Given the compliant plan
    And the plan sets "plan.sector" to Public
    And "changes.yaml" has no "changes[1].eqia"
    When the plan is audited
    Then EQ003 reports error "Change CH2 changes working patterns but has no completed equality impact assessment" at "changes[1].eqia"
    And EQ003 reports nothing else

  Scenario: The EqIA of a change for customers is completed after go-live
    Given the compliant plan
    And "changes.yaml" sets "changes[0].eqia.completed_on" to 2027-03-01
    When the plan is audited
    Then EQ003 reports warning "Change CH1 affects customers but its EqIA is dated 2027-03-01, after go-live on 2027-02-15" at "changes[0].eqia.completed_on"
    And EQ003 reports nothing else

  Scenario: The EqIA has a reference but no completion date
    Given the compliant plan
    And "changes.yaml" has no "changes[1].eqia.completed_on"
    When the plan is audited
    Then EQ003 reports "Change CH2 changes working patterns but has no completed equality impact assessment" at "changes[1].eqia.completed_on"
    And EQ003 reports nothing else

  Scenario: A change touching neither customers nor working patterns needs no EqIA
    Given the compliant plan
    And "changes.yaml" sets "changes[1].affects_working_patterns" to false
    And "changes.yaml" has no "changes[1].eqia"
    When the plan is audited
    Then EQ003 reports nothing
