"""Resource planning (RP001–RP010): staffing against Erlang C, shrinkage, occupancy, forecasts.

RP008 is retired: the health and safety rules HS001–HS004 check the rota. Its id
is never reused.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.resource_planning.RP001 import StaffAboveTraffic
    from ccgov_rules.resource_planning.RP002 import ServiceLevelAchievable
    from ccgov_rules.resource_planning.RP003 import OccupancyCap
    from ccgov_rules.resource_planning.RP004 import ShrinkagePlausible
    from ccgov_rules.resource_planning.RP005 import ForecastFromData
    from ccgov_rules.resource_planning.RP006 import ForecastRowsValid
    from ccgov_rules.resource_planning.RP007 import TargetsSpecified
    from ccgov_rules.resource_planning.RP009 import AdherenceManagement
    from ccgov_rules.resource_planning.RP010 import ModelFitsChannel

    return [
        StaffAboveTraffic,
        ServiceLevelAchievable,
        OccupancyCap,
        ShrinkagePlausible,
        ForecastFromData,
        ForecastRowsValid,
        TargetsSpecified,
        AdherenceManagement,
        ModelFitsChannel,
    ]
