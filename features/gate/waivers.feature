Feature: Waivers let an approved exception stand, within the policy's limits
  A waiver names a rule and a target, why, who owns it, who approved it and
  when it expires. The gate counts waived findings as waived, never as failures.

  Scenario: A waived error does not deny the plan
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And today is 2027-02-01
    And the waivers:
      """
      waivers:
        - {rule: SM001, target: OBJ1, justification: KPI agreed with finance in January,
           owner: P. Shah, approved_by: "J. Okafor, Head of Operations", expires: 2027-03-31}
      """
    And the default gate policy
    When the plan goes through the gate
    Then the gate approves the plan
    And the finding of SM001 at "objectives[0].kpi" is waived by "J. Okafor, Head of Operations"

  Scenario: An expired waiver stops applying and is reported
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And today is 2027-04-01
    And the waivers:
      """
      waivers:
        - {rule: SM001, target: OBJ1, justification: KPI agreed with finance in January,
           owner: P. Shah, approved_by: "J. Okafor, Head of Operations", expires: 2027-03-31}
      """
    And the default gate policy
    When the plan goes through the gate
    Then the gate denies the plan because "1 unwaived finding at or above error (SM001)"
    And CCG003 reports warning "Waiver of SM001 for OBJ1 expired on 2027-03-31; the finding it covered counts again" at "waivers[0].expires"

  Scenario: A waiver that matches no finding is reported
    Given the compliant plan
    And the waivers:
      """
      waivers:
        - {rule: SM001, target: OBJ9, justification: Old exception, owner: P. Shah,
           approved_by: J. Okafor, expires: 2027-03-31}
      """
    And the default gate policy
    When the plan goes through the gate
    Then the gate approves the plan
    And CCG004 reports warning "Waiver of SM001 for OBJ9 matches no finding of plan leeds-ops-2027-q1" at "waivers[0].target"

  Scenario: A rule the policy never allows to be waived stays in force
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And the waivers:
      """
      waivers:
        - {rule: SM001, target: OBJ1, justification: KPI agreed with finance in January,
           owner: P. Shah, approved_by: J. Okafor, expires: 2027-03-31}
      """
    And the gate policy:
      """
      never_waivable: [SM001]
      """
    When the plan goes through the gate
    Then the gate denies the plan because "2 unwaived findings at or above error (CCG005, SM001)"
    And CCG005 reports error "the gate policy never allows SM001 to be waived" at "waivers[0].rule"

  Scenario: More waivers in force than the policy allows deny the plan
    Given the compliant plan
    And the plan has no "objectives[0].kpi"
    And the plan has no "objectives[1].kpi"
    And the waivers:
      """
      waivers:
        - {rule: SM001, target: OBJ1, justification: KPI agreed with finance, owner: P. Shah,
           approved_by: J. Okafor, expires: 2027-03-31}
        - {rule: SM001, target: OBJ2, justification: KPI agreed with finance, owner: P. Shah,
           approved_by: J. Okafor, expires: 2027-03-31}
      """
    And the gate policy:
      """
      max_active_waivers: 1
      """
    When the plan goes through the gate
    Then the gate denies the plan because "2 waivers are in force, the policy allows at most 1"
