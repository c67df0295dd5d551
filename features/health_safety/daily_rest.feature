Feature: HS002 – 11 hours' rest between shifts
  Between the end of one shift and the start of the next there are at least 11 hours
  (12 for a rota with under-18s), counted across midnight, overnight shifts, days off
  and from the last day of the rota cycle round to its first. A rota the engine cannot
  read is reported here too.

  Scenario: The example rotas keep at least 12 hours between shifts
    Given the compliant plan
    When the plan is audited
    Then HS002 reports nothing

  Scenario: A late shift is followed by an early one
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LATE22, start: "14:00", end: "22:00", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[1].weeks[0][0]" to LATE22
    When the plan is audited
    Then HS002 reports error "ROTA-B week 1: LATE22 on Monday ends 22:00 and EARLY on Tuesday starts 08:00 — 10 h rest, 11 h required." at "resource_plan.rotas[1].weeks[0][1]"
    And HS002 reports nothing else

  Scenario: The last Sunday of the cycle runs into the first Monday
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LATE22, start: "14:00", end: "22:00", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[0].weeks[1][6]" to LATE22
    When the plan is audited
    Then HS002 reports "ROTA-A week 1: LATE22 on Sunday of week 2 ends 22:00 and EARLY on Monday starts 08:00 as the cycle repeats — 10 h rest, 11 h required." at "resource_plan.rotas[0].weeks[0][0]"
    And HS002 reports nothing else

  Scenario: An overnight shift ends the next morning
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: NIGHT, start: "22:00", end: "06:00", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[1].weeks[0][3]" to NIGHT
    When the plan is audited
    Then HS002 reports "ROTA-B week 1: NIGHT on Thursday ends 06:00 and LATE on Friday starts 11:30 — 5 h 30 min rest, 11 h required." at "resource_plan.rotas[1].weeks[0][4]"
    And HS002 reports nothing else

  Scenario: Under-18s need 12 hours
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LATE-B, start: "12:00", end: "20:30", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[1].weeks[0][0]" to LATE-B
    And the plan sets "resource_plan.rotas[1].young_workers" to 2
    When the plan is audited
    Then HS002 reports "ROTA-B week 1: LATE-B on Monday ends 20:30 and EARLY on Tuesday starts 08:00 — 11 h 30 min rest, 12 h required for under-18s." at "resource_plan.rotas[1].weeks[0][1]"
    And HS002 reports nothing else

  Scenario: Eleven and a half hours is enough for adults
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LATE-B, start: "12:00", end: "20:30", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[1].weeks[0][0]" to LATE-B
    When the plan is audited
    Then HS002 reports nothing

  Scenario: A rota names a shift that does not exist
    Given the compliant plan
    And the plan sets "resource_plan.rotas[0].weeks[0][0]" to EARLLY
    When the plan is audited
    Then HS002 reports error "ROTA-A week 1: Monday names shift EARLLY, which is not in shift_patterns (did you mean EARLY?), so the rota's rest periods cannot be checked." at "resource_plan.rotas[0].weeks[0][0]"
    And HS002 reports nothing else

  Scenario: A rota week has six days
    Given the compliant plan
    And the plan sets "resource_plan.rotas[1].weeks[0]" to [LATE, EARLY, EARLY, off, LATE, LATE]
    When the plan is audited
    Then HS002 reports "ROTA-B week 1 lists 6 days, not 7 (Monday to Sunday)" at "resource_plan.rotas[1].weeks[0]"
    And HS002 reports nothing else

  Scenario: A rota without weeks cannot be checked
    Given the compliant plan
    And the plan sets "resource_plan.rotas[1].weeks" to []
    When the plan is audited
    Then HS002 reports info "Rota ROTA-B lists no weeks, so its rest periods cannot be checked." at "resource_plan.rotas[1].weeks"
    And HS002 reports nothing else
