Feature: EQ004 – an EqIA considers all nine protected characteristics
  An equality impact assessment that lists the characteristics it considered
  covers all nine of the Equality Act 2010 s.4. Advice only.

  Scenario: The example plan's EqIAs consider all nine characteristics
    Given the compliant plan
    When the plan is audited
    Then EQ004 reports nothing

  Scenario: An EqIA leaves five characteristics out
    Given the compliant plan
    And "changes.yaml" sets "changes[0].eqia.characteristics_considered" to [age, disability, race, sex]
    When the plan is audited
    Then EQ004 reports info "The EqIA of change CH1 does not consider 5 of the nine protected characteristics: gender reassignment, marriage and civil partnership, pregnancy and maternity, religion or belief, sexual orientation" at "changes[0].eqia.characteristics_considered"
    And EQ004 reports nothing else

  Scenario: Characteristics match whatever their case
    Given the compliant plan
    And "changes.yaml" sets "changes[1].eqia.characteristics_considered" to [Age, Disability, Gender Reassignment, Marriage and Civil Partnership, Pregnancy and Maternity, Race, Religion or Belief, Sex, Sexual Orientation]
    When the plan is audited
    Then EQ004 reports nothing

  Scenario: An EqIA that does not list its characteristics is not checked
    Given the compliant plan
    And "changes.yaml" has no "changes[0].eqia.characteristics_considered"
    When the plan is audited
    Then EQ004 reports nothing
