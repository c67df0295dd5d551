Feature: CH007 – consult before go-live, not after
  Every consultation a change links is dated on or before its implementation date.

  Scenario: The example plan consults before both changes go live
    Given the compliant plan
    When the plan is audited
    Then CH007 reports nothing

  Scenario: The rota change was consulted on after it went live
    Given the compliant plan
    And "consultations.yaml" sets "consultations[3].date" to 2027-02-10
    When the plan is audited
    Then CH007 reports warning "Change CH2 goes live on 2027-02-01 but its consultation C4 is dated 2027-02-10, after go-live" at "changes[1].consultations[0]"
    And CH007 reports nothing else

  Scenario: A consultation on go-live day counts as before
    Given the compliant plan
    And "consultations.yaml" sets "consultations[3].date" to 2027-02-01
    When the plan is audited
    Then CH007 reports nothing

  Scenario: A linked consultation has no date
    Given the compliant plan
    And "consultations.yaml" has no "consultations[2].date"
    When the plan is audited
    Then CH007 reports "Change CH1 links consultation C3, which has no date, so it cannot be shown to come before go-live on 2027-02-15" at "changes[0].consultations[0]"
    And CH007 reports nothing else
