Feature: CH004 – people a change affects are trained, and the training evaluated
  A change that affects frontline agents or the quality team plans training,
  and planned training is evaluated with Kirkpatrick.

  Scenario: The example plan trains everyone its changes affect
    Given the compliant plan
    When the plan is audited
    Then CH004 reports nothing

  Scenario: A change affects frontline agents but plans no training
    Given the compliant plan
    And "changes.yaml" has no "changes[1].training"
    When the plan is audited
    Then CH004 reports warning "Change CH2 affects frontline agents but plans no training" at "changes[1].training"
    And CH004 reports nothing else

  Scenario: A change that affects only customers needs no training
    Given the compliant plan
    And "changes.yaml" has no "changes[1].training"
    And "changes.yaml" sets "changes[1].affects" to [customers]
    When the plan is audited
    Then CH004 reports nothing

  Scenario: Training is planned but not evaluated with Kirkpatrick
    Given the compliant plan
    And the plan has no "evaluation.kirkpatrick"
    When the plan is audited
    Then CH004 reports "Changes CH1, CH2 plan training but the evaluation has no Kirkpatrick evaluation of it" at "evaluation.kirkpatrick"
    And CH004 reports nothing else
