"""Workforce maths: Erlang B/C/A, exact shrinkage rounding and per-interval staffing analysis.

Pure Python and standard library only, so importing it costs nothing on the start-up path.
"""

from __future__ import annotations

from ccgov.workforce.erlang import (
    answering_agents,
    average_speed_of_answer,
    carried_occupancy,
    erlang_b,
    erlang_c,
    occupancy,
    productive_agents,
    required_agents,
    required_lines,
    required_staff,
    service_level,
    traffic_intensity,
)
from ccgov.workforce.erlang_a import ErlangAResult, erlang_a, erlang_a_required_agents
from ccgov.workforce.staffing import (
    IntervalStaffing,
    QueueStaffing,
    QueueSurge,
    SurgeInterval,
    SurgeLevel,
    analyse_queue,
    surge_gap,
)

__all__ = [
    "ErlangAResult",
    "IntervalStaffing",
    "QueueStaffing",
    "QueueSurge",
    "SurgeInterval",
    "SurgeLevel",
    "analyse_queue",
    "answering_agents",
    "average_speed_of_answer",
    "carried_occupancy",
    "erlang_a",
    "erlang_a_required_agents",
    "erlang_b",
    "erlang_c",
    "occupancy",
    "productive_agents",
    "required_agents",
    "required_lines",
    "required_staff",
    "service_level",
    "surge_gap",
    "traffic_intensity",
]
