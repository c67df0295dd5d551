"""Performance management (PF001–PF008): balanced, defined KPIs, sound targets, complaint timescales."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.performance.PF001 import BalancedKpis
    from ccgov_rules.performance.PF002 import KpiDefinitions
    from ccgov_rules.performance.PF003 import AhtGuardedByQuality
    from ccgov_rules.performance.PF004 import AbandonmentTarget
    from ccgov_rules.performance.PF005 import FcrAmbition
    from ccgov_rules.performance.PF006 import TargetsMatchResourcePlan
    from ccgov_rules.performance.PF007 import ComplaintTimescales
    from ccgov_rules.performance.PF008 import PerformanceProcess

    return [
        BalancedKpis,
        KpiDefinitions,
        AhtGuardedByQuality,
        AbandonmentTarget,
        FcrAmbition,
        TargetsMatchResourcePlan,
        ComplaintTimescales,
        PerformanceProcess,
    ]
