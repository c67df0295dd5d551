"""Size and shape limits on input, all configurable under ``[limits]``."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What ccgov refuses to read, so that no input can use unbounded memory or time."""

    #: Largest YAML (or JSON) document, in bytes.
    max_yaml_bytes: int = 5 * MIB
    #: Largest forecast CSV file, in bytes.
    max_csv_bytes: int = 50 * MIB
    #: Deepest nesting of mappings and sequences; the top-level mapping is depth 1.
    max_depth: int = 64
    #: Most documents one plan may list (``plan.documents`` plus forecasts).
    max_documents: int = 100


#: The limits that apply when the caller gives none.
DEFAULT_LIMITS = Limits()
