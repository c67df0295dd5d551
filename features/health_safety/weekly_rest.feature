Feature: HS003 – weekly rest
  Every Monday-to-Sunday week of a rota gives an uninterrupted rest of at least 35 hours
  (the 24-hour weekly rest, which may not include the 11-hour daily rest) starting in that
  week. Instead, each fortnight from the cycle's first Monday may have two such rests or
  one of at least 59 hours. A rota with under-18s needs 48 hours in every week.

  Scenario: The example rotas give two days off every week
    Given the compliant plan
    When the plan is audited
    Then HS003 reports nothing

  Scenario: Every day of the week is worked
    Given the compliant plan
    And the plan sets "resource_plan.rotas[1].weeks[0]" to [LATE, EARLY, EARLY, EARLY, LATE, LATE, EARLY]
    When the plan is audited
    Then HS003 reports error "ROTA-B week 1: the longest uninterrupted rest starting in the week is 19 h, 35 h required, and some fortnight has neither two such rests nor one of 59 h." at "resource_plan.rotas[1].weeks[0]"
    And HS003 reports nothing else

  Scenario: One day off between a late and an early shift is less than 35 hours
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LATE22, start: "14:00", end: "22:00", unpaid_break_minutes: 30}
    And the plan sets "resource_plan.rotas[1].weeks[0]" to [EARLY, EARLY, EARLY, EARLY, LATE, LATE22, off]
    When the plan is audited
    Then HS003 reports "ROTA-B week 1: the longest uninterrupted rest starting in the week is 34 h, 35 h required" at "resource_plan.rotas[1].weeks[0]"
    And HS003 reports nothing else

  Scenario: A week without rest passes when the fortnight has a long rest
    Given the compliant plan
    And the plan sets "resource_plan.rotas[0].weeks[0]" to [EARLY, EARLY, EARLY, EARLY, EARLY, EARLY, EARLY]
    And the plan sets "resource_plan.rotas[0].weeks[1]" to [EARLY, EARLY, EARLY, EARLY, off, off, off]
    When the plan is audited
    Then HS003 reports nothing

  Scenario: A fortnight with only one 35-hour rest
    Given the compliant plan
    And the plan sets "resource_plan.rotas[0].weeks[0]" to [EARLY, EARLY, EARLY, EARLY, EARLY, EARLY, EARLY]
    And the plan sets "resource_plan.rotas[0].weeks[1]" to [EARLY, EARLY, EARLY, EARLY, EARLY, off, EARLY]
    When the plan is audited
    Then HS003 reports "ROTA-A week 1: the longest uninterrupted rest starting in the week is 15 h 30 min, 35 h required, and some fortnight has neither two such rests nor one of 59 h." at "resource_plan.rotas[0].weeks[0]"
    And HS003 reports nothing else

  Scenario: Under-18s need 48 hours every week
    Given the compliant plan
    And the plan sets "resource_plan.rotas[1].young_workers" to 2
    When the plan is audited
    Then HS003 reports error "ROTA-B week 1: the longest uninterrupted rest starting in the week is 43 h, 48 h required for under-18s." at "resource_plan.rotas[1].weeks[0]"
    And HS003 reports nothing else
