"""Health and safety with working time (HS001–HS012): WTR rota limits, DSE, risk, stress, consultation."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.health_safety.HS001 import RestBreak
    from ccgov_rules.health_safety.HS002 import DailyRest
    from ccgov_rules.health_safety.HS003 import WeeklyRest
    from ccgov_rules.health_safety.HS004 import AverageWeek
    from ccgov_rules.health_safety.HS005 import ScreenBreaks
    from ccgov_rules.health_safety.HS006 import DseAssessments
    from ccgov_rules.health_safety.HS007 import RiskAssessment
    from ccgov_rules.health_safety.HS008 import AcousticShock
    from ccgov_rules.health_safety.HS009 import WorkRelatedStress
    from ccgov_rules.health_safety.HS010 import HomeAndLoneWorking
    from ccgov_rules.health_safety.HS011 import WorkplaceConditions
    from ccgov_rules.health_safety.HS012 import EmployeesConsulted

    return [
        RestBreak,
        DailyRest,
        WeeklyRest,
        AverageWeek,
        ScreenBreaks,
        DseAssessments,
        RiskAssessment,
        AcousticShock,
        WorkRelatedStress,
        HomeAndLoneWorking,
        WorkplaceConditions,
        EmployeesConsulted,
    ]
