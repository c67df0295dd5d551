"""The hash chain: golden hashes, append and verify, database-enforced append-only, tampering found."""

from __future__ import annotations

from typing import Any

import pytest
from register_support import open_register, sql, tamper

from ccgov.digests import canonical_text
from ccgov.register.chain import GENESIS, append, head, record_hash, verify

GOLDEN_BODY = {
    "kind": "gate", "seq": 1, "time": "2027-01-04T08:00:00.000000Z", "actor": "Zoë Ng",
    "plan": {"id": "leeds-ops-2027-q1", "version": 3, "content_digest": "ab" * 32, "documents": []},
    "decision": "approved", "reasons": [], "summary": {"error": 0, "waived": 1}, "note": "£5 café",
}
GOLDEN_TEXT = (
    '{"actor":"Zoë Ng","decision":"approved","kind":"gate","note":"£5 café","plan":{"content_digest":'
    '"abababababababababababababababababababababababababababababababab","documents":[],'
    '"id":"leeds-ops-2027-q1","version":3},"reasons":[],"seq":1,"summary":{"error":0,"waived":1},'
    '"time":"2027-01-04T08:00:00.000000Z"}'
)
# Recomputed outside Python: printf 'ccgov-audit-v1\0' ; printf '%064d' 0 ; printf '%s' TEXT | sha256sum
GOLDEN_HASH = "7d1e1025a00a6a7ed587129d63926ac8333ec3d6ab6692e9e4580301c238d7ee"


def test_canonical_json_and_record_hash_are_pinned() -> None:
    assert canonical_text(GOLDEN_BODY) == GOLDEN_TEXT
    assert record_hash(GENESIS, GOLDEN_TEXT) == GOLDEN_HASH


def test_canonical_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        canonical_text({"x": float("nan")})


def body(number: int, plan: str = "leeds-ops-2027-q1") -> dict[str, Any]:
    return {
        "kind": "gate", "time": f"2027-01-04T08:00:{number:02d}.000000Z", "actor": f"tester {number}",
        "plan": {"id": plan, "version": 3, "content_digest": f"{number:064x}", "documents": []},
        "decision": "approved" if number % 2 else "denied", "reasons": [], "summary": {},
    }


def fill(url: str, count: int) -> list[str]:
    register = open_register(url)
    try:
        return [append(register, lambda _conn, n=n: body(n)).hash for n in range(1, count + 1)]
    finally:
        register.close()


def check(url: str, anchor: str | None = None) -> Any:
    register = open_register(url)
    try:
        return verify(register, anchor=anchor)
    finally:
        register.close()


def test_appends_link_each_record_to_its_predecessor(db_url: str) -> None:
    hashes = fill(db_url, 5)
    rows = sql(db_url, "SELECT seq, prev_hash, hash FROM ccgov_records ORDER BY seq")
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert [r[1] for r in rows] == [GENESIS, *hashes[:-1]]
    result = check(db_url)
    assert result.intact and result.records == 5 and result.head == hashes[-1]
    register = open_register(db_url)
    try:
        assert head(register).hash == hashes[-1] and head(register).seq == 5
    finally:
        register.close()


def test_an_empty_chain_verifies_and_its_head_is_genesis(db_url: str) -> None:
    result = check(db_url)
    assert result.intact and result.records == 0 and result.head == GENESIS


@pytest.mark.parametrize(("statement", "refusal"), [
    ("UPDATE ccgov_records SET actor = 'someone else' WHERE seq = 2", "append-only"),
    ("DELETE FROM ccgov_records WHERE seq = 3", "append-only"),
    ("UPDATE ccgov_chain_head SET seq = 1", "only advances to the record just appended"),
    ("DELETE FROM ccgov_chain_head", "cannot be deleted|append-only"),
    # a second record after record 2 (a fork), and one that skips ahead of the head
    ("INSERT INTO ccgov_records (seq, hash, prev_hash, kind, plan_id, content_digest, decision, actor, "
     "created_at, body) SELECT 3, 'f', hash, 'gate', 'p', 'c', 'approved', 'a', 't', '{}' "
     "FROM ccgov_records WHERE seq = 2", "must extend the chain head"),
    ("INSERT INTO ccgov_records (seq, hash, prev_hash, kind, plan_id, content_digest, decision, actor, "
     "created_at, body) VALUES (9, 'f', 'x', 'gate', 'p', 'c', 'approved', 'a', 't', '{}')",
     "must extend the chain head"),
])
def test_the_database_refuses_to_rewrite_history(db_url: str, statement: str, refusal: str) -> None:
    hashes = fill(db_url, 4)
    with pytest.raises(Exception, match=refusal):
        sql(db_url, statement)
    result = check(db_url)
    assert result.intact and result.records == 4 and result.head == hashes[-1]


def test_truncate_is_refused_on_postgresql(request: pytest.FixtureRequest) -> None:
    from register_support import upgraded

    url = upgraded(request.getfixturevalue("postgres").new_url())
    fill(url, 2)
    for table in ("ccgov_records", "ccgov_chain_head"):
        with pytest.raises(Exception, match="append-only"):
            sql(url, f"TRUNCATE {table}")
    assert check(url).records == 2


TAMPERING = {
    "a changed message": (
        ["UPDATE ccgov_records SET body = replace(body, 'tester 3', 'tester X') WHERE seq = 3"],
        3, "content does not match its hash"),
    "a changed column only": (
        ["UPDATE ccgov_records SET decision = 'approved' WHERE seq = 4"],
        4, "decision column does not match"),
    "a deleted record": (["DELETE FROM ccgov_records WHERE seq = 3"], 4, "record 3 is missing"),
    "the first record deleted": (["DELETE FROM ccgov_records WHERE seq = 1"], 2, "record 1 is missing"),
    "two records swapped": (
        ["UPDATE ccgov_records SET seq = 100 WHERE seq = 2",
         "UPDATE ccgov_records SET seq = 2 WHERE seq = 3",
         "UPDATE ccgov_records SET seq = 3 WHERE seq = 100"],
        2, "does not follow record 1"),
    "the last record deleted": (["DELETE FROM ccgov_records WHERE seq = 5"], 5,
                                "chain head names record 5"),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_in_the_database_is_found_and_named(db_url: str, case: str) -> None:
    fill(db_url, 5)
    statements, broken, words = TAMPERING[case]
    tamper(db_url, *statements)
    result = check(db_url)
    assert not result.intact
    assert result.broken_at == broken, result.problem
    assert words in result.problem


def test_a_reordered_body_is_found(db_url: str) -> None:
    # The bodies and hashes of records 2 and 3 exchanged, each keeping its link columns.
    fill(db_url, 4)
    rows = {r[0]: r[1:] for r in sql(db_url, "SELECT seq, hash, body FROM ccgov_records")}
    (hash2, body2), (hash3, body3) = rows[2], rows[3]
    tamper(db_url,
           f"UPDATE ccgov_records SET hash = 'tmp', body = '{body3}' WHERE seq = 2",
           f"UPDATE ccgov_records SET hash = '{hash2}', body = '{body2}' WHERE seq = 3",
           f"UPDATE ccgov_records SET hash = '{hash3}' WHERE seq = 2")
    result = check(db_url)
    assert result.broken_at == 2 and "does not match its hash" in result.problem


def test_a_rehashed_record_breaks_the_link_to_the_next(db_url: str) -> None:
    # Whoever changes a record and recomputes its hash still breaks the next record's link.
    fill(db_url, 5)
    ((prev, text),) = sql(db_url, "SELECT prev_hash, body FROM ccgov_records WHERE seq = 3")
    forged = text.replace('"reasons":[]', '"reasons":["waived by the board"]')
    tamper(db_url, f"UPDATE ccgov_records SET body = '{forged}', hash = '{record_hash(prev, forged)}' "
                   "WHERE seq = 3")
    result = check(db_url)
    assert result.broken_at == 4 and "does not follow record 3" in result.problem


def test_the_anchor_catches_a_rewound_tail(db_url: str) -> None:
    hashes = fill(db_url, 5)
    assert check(db_url, anchor=hashes[-1]).intact
    # An administrator removes the newest records and moves the head back consistently.
    tamper(db_url, "DELETE FROM ccgov_records WHERE seq >= 4",
           f"UPDATE ccgov_chain_head SET seq = 3, hash = '{hashes[2]}'")
    assert check(db_url).intact  # only an outside anchor can tell
    result = check(db_url, anchor=hashes[-1])
    assert not result.intact and "anchored hash" in result.problem
