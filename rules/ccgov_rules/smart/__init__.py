"""SMART objectives (SM001–SM008): measurable, time-bound, owned, evidenced, linked, realistic."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.smart.SM001 import Measurable
    from ccgov_rules.smart.SM002 import TimeBound
    from ccgov_rules.smart.SM003 import Assignable
    from ccgov_rules.smart.SM004 import EvidenceBased
    from ccgov_rules.smart.SM005 import LinkedToMission
    from ccgov_rules.smart.SM006 import OperationalNotStrategic
    from ccgov_rules.smart.SM007 import Realistic
    from ccgov_rules.smart.SM008 import SuccessCriteriaAndActions

    return [
        Measurable,
        TimeBound,
        Assignable,
        EvidenceBased,
        LinkedToMission,
        OperationalNotStrategic,
        Realistic,
        SuccessCriteriaAndActions,
    ]
