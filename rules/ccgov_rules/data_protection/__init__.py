"""Data protection (DP001–DP012): UK GDPR, DPA 2018, PECR, call recording and card data."""

from __future__ import annotations

from collections.abc import Sequence

from ccgov.plugin import hookimpl
from ccgov.rules.base import Rule

CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    # Rule modules are imported here, not at module level, to keep start-up cheap.
    from ccgov_rules.data_protection.DP001 import LawfulBasisAndRopa
    from ccgov_rules.data_protection.DP002 import RecordingNotice
    from ccgov_rules.data_protection.DP003 import RetentionPeriod
    from ccgov_rules.data_protection.DP004 import RightsRequestsInTime
    from ccgov_rules.data_protection.DP005 import BreachNotification
    from ccgov_rules.data_protection.DP006 import DpiaBeforeChange
    from ccgov_rules.data_protection.DP007 import ProcessorsAndTransfers
    from ccgov_rules.data_protection.DP008 import CardDataOutOfRecordings
    from ccgov_rules.data_protection.DP009 import OutboundMarketingPecr
    from ccgov_rules.data_protection.DP010 import DiallerAbandonedCalls
    from ccgov_rules.data_protection.DP011 import WorkerMonitoring
    from ccgov_rules.data_protection.DP012 import RecordingAndHomeworkingSecurity

    return [
        LawfulBasisAndRopa,
        RecordingNotice,
        RetentionPeriod,
        RightsRequestsInTime,
        BreachNotification,
        DpiaBeforeChange,
        ProcessorsAndTransfers,
        CardDataOutOfRecordings,
        OutboundMarketingPecr,
        DiallerAbandonedCalls,
        WorkerMonitoring,
        RecordingAndHomeworkingSecurity,
    ]
