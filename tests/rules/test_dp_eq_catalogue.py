"""DP001–DP012 and EQ001–EQ006 carry the metadata domain.md §6.1–6.2 catalogues for them."""

from __future__ import annotations

import ccgov_rules.data_protection as data_protection
import ccgov_rules.equality as equality
import pytest

from ccgov.findings import Severity
from ccgov.rules.base import Rule

RULES: list[type[Rule]] = [*data_protection.ccgov_get_rules(), *equality.ccgov_get_rules()]

# Default severities from the catalogue (EQ003's and EQ006's vary per plan, see their features).
CATALOGUE = {
    **{f"DP{n:03d}": Severity.ERROR for n in range(1, 10)},
    "DP010": Severity.WARNING, "DP011": Severity.WARNING, "DP012": Severity.WARNING,
    "EQ001": Severity.WARNING, "EQ002": Severity.WARNING, "EQ003": Severity.ERROR,
    "EQ004": Severity.INFO, "EQ005": Severity.WARNING, "EQ006": Severity.WARNING,
}

# Figures the catalogue says are set in law, and their defaults.
LEGAL_FIGURES = {
    ("DP003", "mifid_minimum_days"): 1826,
    ("DP004", "sar_max_days"): 30,
    ("DP004", "complaints_acknowledge_days"): 30,
    ("DP005", "max_notify_hours"): 72,
    ("DP009", "max_screening_days"): 28,
}


def test_every_catalogued_rule_is_provided_once_in_order() -> None:
    assert [rule.id for rule in RULES] == list(CATALOGUE)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_rule_metadata_follows_the_catalogue(rule: type[Rule]) -> None:
    assert rule.severity is CATALOGUE[rule.id]
    prefix = "data-protection" if rule.id.startswith("DP") else "equality"
    assert rule.ruleset == prefix and rule.name.startswith(f"{prefix}.")
    assert rule.references, f"{rule.id} cites no law or guidance"
    for reference in rule.references:
        assert reference.url.startswith("https://"), f"{rule.id}: {reference.title} has no URL"
    documentation = rule.documentation()
    assert "**Non-compliant**" in documentation and "**Compliant**" in documentation
    for option in rule.options:
        assert option.doc and f"``{option.name}``" in documentation, (
            f"{rule.id} option {option.name} is not explained in the rule's documentation"
        )


@pytest.mark.parametrize(("rule_id", "option"), list(LEGAL_FIGURES))
def test_figures_set_in_law_are_options_marked_as_law(rule_id: str, option: str) -> None:
    rule = next(rule for rule in RULES if rule.id == rule_id)
    spec = rule.option_spec(option)
    assert spec.default == LEGAL_FIGURES[(rule_id, option)]
    assert spec.convention is False
