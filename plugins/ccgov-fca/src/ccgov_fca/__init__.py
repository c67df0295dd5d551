"""ccgov-fca: rules for contact centres of FCA-regulated firms.

The rules apply only to plans whose ``plan.regulators`` names FCA, and read the
firm's FCA specifics from the ``x-fca:`` extension section of the plan (keys
starting ``x-`` are free for plugins in plan format v1)::

    x-fca:
      complaints: {final_response_days: 56, summary_resolution_business_days: 3,
                   fos_referral_rights_in_final_response: true}
      recording: {in_scope: true}
      consumer_duty: {outcomes_monitoring: Monthly outcomes MI to the board}
      operational_resilience:
        important_business_services:
          - {name: Payments helpline, impact_tolerance_hours: 4,
             contingency_plans: [CP2], last_scenario_test: 2026-11-01}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ccgov.plugin import hookimpl
from ccgov.report import Reporter
from ccgov.rules import Rule

#: The ccgov plugin API this plugin is written for.
CCGOV_PLUGIN_API = 1


@hookimpl
def ccgov_get_rules() -> Sequence[type[Rule]]:
    from ccgov_fca.rules.FCA001 import ComplaintFinalResponse
    from ccgov_fca.rules.FCA002 import SummaryResolution
    from ccgov_fca.rules.FCA003 import RecordingRetention
    from ccgov_fca.rules.FCA004 import ConsumerDutyOutcomes
    from ccgov_fca.rules.FCA005 import ConsumerSupportWaits
    from ccgov_fca.rules.FCA006 import OperationalResilience

    return [ComplaintFinalResponse, SummaryResolution, RecordingRetention, ConsumerDutyOutcomes,
            ConsumerSupportWaits, OperationalResilience]


@hookimpl
def ccgov_report_formats() -> Mapping[str, type[Reporter]]:
    from ccgov_fca.report import ConsumerDutyMiReporter

    return {"fca-mi": ConsumerDutyMiReporter}
