"""Change management (CH001–CH007): model, impact, communication, training, resistance, timing."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.change.CH001 import ChangeModel
    from ccgov_rules.change.CH002 import ImpactStated
    from ccgov_rules.change.CH003 import CommunicationAndConsultation
    from ccgov_rules.change.CH004 import TrainingForPeopleAffected
    from ccgov_rules.change.CH005 import ResistanceHandled
    from ccgov_rules.change.CH006 import MeasuresDatesRollback
    from ccgov_rules.change.CH007 import ConsultationBeforeImplementation

    return [
        ChangeModel,
        ImpactStated,
        CommunicationAndConsultation,
        TrainingForPeopleAffected,
        ResistanceHandled,
        MeasuresDatesRollback,
        ConsultationBeforeImplementation,
    ]
