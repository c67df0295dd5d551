"""Quality assurance (QA001–QA007): monitoring framework, sample, calibration, feedback, coverage."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.quality.QA001 import FrameworkAndScorecard
    from ccgov_rules.quality.QA002 import SampleSize
    from ccgov_rules.quality.QA003 import Calibration
    from ccgov_rules.quality.QA004 import FeedbackIntoCoaching
    from ccgov_rules.quality.QA005 import AutomatedQaGoverned
    from ccgov_rules.quality.QA006 import CustomerPerception
    from ccgov_rules.quality.QA007 import EveryChannel

    return [
        FrameworkAndScorecard,
        SampleSize,
        Calibration,
        FeedbackIntoCoaching,
        AutomatedQaGoverned,
        CustomerPerception,
        EveryChannel,
    ]
