"""Contingency (CT001–CT008): peak demand, system failures, recovery, testing, surge, resilience.

CT005 (owner and communication on every plan) is purely structural, so it is
written as a rule pack (``structural.yaml``) with the same declarative machinery
organisations use for their own rules: a selector and a two-field schema say it
more plainly than a Python class would. The pack is returned through this
plugin's ``ccgov_rule_packs`` hook; every other rule needs dates, vocabularies
or the Erlang maths and is a Python class.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.contingency.CT001 import PeakDemandPlan
    from ccgov_rules.contingency.CT002 import SystemFailurePlans
    from ccgov_rules.contingency.CT003 import RecoveryObjectives
    from ccgov_rules.contingency.CT004 import PlansTested
    from ccgov_rules.contingency.CT006 import SurgeSensitivity
    from ccgov_rules.contingency.CT007 import OperationalResilience
    from ccgov_rules.contingency.CT008 import CyberIncidentBreachProcess

    return [
        PeakDemandPlan,
        SystemFailurePlans,
        RecoveryObjectives,
        PlansTested,
        SurgeSensitivity,
        OperationalResilience,
        CyberIncidentBreachProcess,
    ]


@hookimpl
def ccgov_rule_packs() -> Sequence[Path]:
    return [Path(str(files(__name__).joinpath("structural.yaml")))]
