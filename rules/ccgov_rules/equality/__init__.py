"""Equality (EQ001–EQ006): Equality Act 2010 duties to customers and staff, and vulnerable customers."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.equality.EQ001 import AccessibleChannels
    from ccgov_rules.equality.EQ002 import ThirdPartyCallers
    from ccgov_rules.equality.EQ003 import EqiaBeforeChange
    from ccgov_rules.equality.EQ004 import ProtectedCharacteristics
    from ccgov_rules.equality.EQ005 import ReasonableAdjustments
    from ccgov_rules.equality.EQ006 import VulnerableCustomers

    return [
        AccessibleChannels,
        ThirdPartyCallers,
        EqiaBeforeChange,
        ProtectedCharacteristics,
        ReasonableAdjustments,
        VulnerableCustomers,
    ]
