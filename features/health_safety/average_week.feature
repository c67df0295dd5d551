Feature: HS004 – the 48-hour average week
  A rota averages at most 48 hours of work a week over its cycle unless everyone on it
  has signed an opt-out. Under-18s cannot opt out: they work at most 8 hours a day and
  40 hours a week.

  Background:
    Given the compliant plan
    And the plan sets "resource_plan.shift_patterns[2]" to {id: LONG, start: "08:00", end: "17:30", unpaid_break_minutes: 30}

  Scenario: The example rotas average 40 hours
    When the plan is audited
    Then HS004 reports nothing

  Scenario: Six 9-hour shifts a week and no opt-outs
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LONG, LONG, LONG, off, LONG, LONG, LONG]
    When the plan is audited
    Then HS004 reports error "ROTA-B averages 54 h of work a week over its 1-week cycle, above the 48 h limit, and no one on it has opted out." at "resource_plan.rotas[1].weeks"
    And HS004 reports nothing else

  Scenario: Only some of the staff have opted out
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LONG, LONG, LONG, off, LONG, LONG, LONG]
    And the plan sets "resource_plan.rotas[1].opted_out_of_48h" to 10
    When the plan is audited
    Then HS004 reports warning "ROTA-B averages 54 h of work a week over its 1-week cycle, above the 48 h limit, and only 10 of its 40 staff have opted out." at "resource_plan.rotas[1].opted_out_of_48h"
    And HS004 reports nothing else

  Scenario: Everyone on the rota has opted out
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LONG, LONG, LONG, off, LONG, LONG, LONG]
    And the plan sets "resource_plan.rotas[1].opted_out_of_48h" to 40
    When the plan is audited
    Then HS004 reports nothing

  Scenario: Exactly 48 hours a week is within the limit
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LATE, EARLY, EARLY, EARLY, LATE, LATE, off]
    When the plan is audited
    Then HS004 reports nothing

  Scenario: A long week is averaged with a short one
    Given the plan sets "resource_plan.rotas[0].weeks[0]" to [LONG, LONG, LONG, off, LONG, LONG, LONG]
    And the plan sets "resource_plan.rotas[0].weeks[1]" to [EARLY, EARLY, EARLY, EARLY, off, off, off]
    When the plan is audited
    Then HS004 reports nothing

  Scenario: Under-18s work a 9-hour day and a 41-hour week
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LONG, EARLY, EARLY, off, LATE, LATE, off]
    And the plan sets "resource_plan.rotas[1].young_workers" to 1
    When the plan is audited
    Then HS004 reports error "ROTA-B week 1: LONG on Monday works 9 h and the rota has 1 under-18, who may work at most 8 h a day." at "resource_plan.rotas[1].weeks[0][0]"
    And HS004 reports error "ROTA-B week 1 rosters 41 h of work and the rota has 1 under-18, who may work at most 40 h a week." at "resource_plan.rotas[1].weeks[0]"
    And HS004 reports nothing else

  Scenario: Opt-outs do not cover under-18s
    Given the plan sets "resource_plan.rotas[1].weeks[0]" to [LONG, LONG, LONG, off, LONG, LONG, LONG]
    And the plan sets "resource_plan.rotas[1].opted_out_of_48h" to 40
    And the plan sets "resource_plan.rotas[1].young_workers" to 1
    When the plan is audited
    Then HS004 reports "ROTA-B week 1: LONG on Monday (and 5 more days) works 9 h" at "resource_plan.rotas[1].weeks[0][0]"
    And HS004 reports "ROTA-B week 1 rosters 54 h of work" at "resource_plan.rotas[1].weeks[0]"
    And HS004 reports nothing else
