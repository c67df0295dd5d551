"""Evaluation (EV001–EV008): structured methods, feedback loops, reviews, evaluated monitoring."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.evaluation.EV001 import StructuredMethods
    from ccgov_rules.evaluation.EV002 import SwotComplete
    from ccgov_rules.evaluation.EV003 import PestleComplete
    from ccgov_rules.evaluation.EV004 import KirkpatrickComplete
    from ccgov_rules.evaluation.EV005 import FeedbackLoops
    from ccgov_rules.evaluation.EV006 import ReviewCadence
    from ccgov_rules.evaluation.EV007 import MonitoringToolsEvaluated
    from ccgov_rules.evaluation.EV008 import QualitativeEvidence

    return [
        StructuredMethods,
        SwotComplete,
        PestleComplete,
        KirkpatrickComplete,
        FeedbackLoops,
        ReviewCadence,
        MonitoringToolsEvaluated,
        QualitativeEvidence,
    ]
