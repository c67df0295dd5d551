Feature: HS001 – a rest break in every shift over 6 hours
  A shift that works more than 6 hours (its span less the unpaid break) must give one
  uninterrupted break of at least 20 minutes; under-18s need 30 minutes once they work
  more than 4.5 hours. Two short breaks do not add up to one long one.

  Scenario: Every shift of the example plan has a 30-minute break
    Given the compliant plan
    When the plan is audited
    Then HS001 reports nothing

  Scenario: An 8-hour shift has only short breaks
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[0].unpaid_break_minutes" to 15
    And the plan sets "resource_plan.shift_patterns[0].paid_break_minutes" to 15
    When the plan is audited
    Then HS001 reports error "Shift EARLY (08:00–16:30) works 8 h 15 min but its longest break is 15 minutes; over 6 h a worker needs an uninterrupted break of 20 minutes" at "resource_plan.shift_patterns[0].unpaid_break_minutes"
    And HS001 reports nothing else

  Scenario: A paid break of 20 minutes is enough on its own
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[0].unpaid_break_minutes" to 0
    And the plan sets "resource_plan.shift_patterns[0].paid_break_minutes" to 20
    When the plan is audited
    Then HS001 reports nothing

  Scenario: A shift of exactly 6 hours needs no break
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: SIX, start: "09:00", end: "15:00"}
    When the plan is audited
    Then HS001 reports nothing

  Scenario: An overnight shift counts its hours across midnight
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: NIGHT, start: "22:00", end: "06:00", paid_break_minutes: 10}
    When the plan is audited
    Then HS001 reports "Shift NIGHT (22:00–06:00) works 8 h but its longest break is 10 minutes" at "resource_plan.shift_patterns[2].unpaid_break_minutes"
    And HS001 reports nothing else

  Scenario: Under-18s on a rota need a 30-minute break
    Given the compliant plan
    And the plan sets "resource_plan.rotas[1].young_workers" to 2
    And the plan sets "resource_plan.shift_patterns[0].unpaid_break_minutes" to 20
    When the plan is audited
    Then HS001 reports error "Shift EARLY (08:00–16:30) works 8 h 10 min but its longest break is 20 minutes; over 4 h 30 min under-18s on ROTA-B need an uninterrupted break of 30 minutes" at "resource_plan.shift_patterns[0].unpaid_break_minutes"
    And HS001 reports nothing else

  Scenario: A negative break is a mistake in the plan
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[1].paid_break_minutes" to -10
    When the plan is audited
    Then HS001 reports "Shift LATE has a negative paid_break_minutes of -10" at "resource_plan.shift_patterns[1].paid_break_minutes"
    And HS001 reports nothing else

  Scenario: An unpaid break as long as the shift
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: HOUR, start: "09:00", end: "10:00", unpaid_break_minutes: 60}
    When the plan is audited
    Then HS001 reports "Shift HOUR (09:00–10:00) has an unpaid break of 60 minutes, as long as the whole 1 h shift" at "resource_plan.shift_patterns[2].unpaid_break_minutes"
    And HS001 reports nothing else
