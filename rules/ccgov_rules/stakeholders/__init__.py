"""Stakeholders (ST001–ST007): who was consulted, who owns what, and what changed as a result."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.stakeholders.ST001 import FrontlineAgentsConsulted
    from ccgov_rules.stakeholders.ST002 import ItSupportConsulted
    from ccgov_rules.stakeholders.ST003 import StakeholderMap
    from ccgov_rules.stakeholders.ST004 import SingleAccountableOwner
    from ccgov_rules.stakeholders.ST005 import DpoConsultedOnDpias
    from ccgov_rules.stakeholders.ST006 import EmployeeRepresentatives
    from ccgov_rules.stakeholders.ST007 import YouSaidWeDid

    return [
        FrontlineAgentsConsulted,
        ItSupportConsulted,
        StakeholderMap,
        SingleAccountableOwner,
        DpoConsultedOnDpias,
        EmployeeRepresentatives,
        YouSaidWeDid,
    ]
