"""Documents issued in a barred name (不得提请区政府或区政府办公室发文, 第五十五条): document rules read against the
bans on issuing. Model -> findings.

A rule contradicts a ban only where it provides for the very documents the ban forbids: its condition pins the
issuer to barred ones and names a banned matter (or one under it) as the subject on some branch. A rule that leaves
the subject open (`issuer = 区政府` alone) says who signs whatever that issuer issues, not that documents about the
banned matter may be issued, and is left alone. A route about such a rule carries what the rule's finding reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Literal

from govspec.catalogue import articles, listed, names, say
from govspec.checks.chains import cited, in_order
from govspec.checks.proving import decide, undecided_finding
from govspec.checks.registry import check, finding
from govspec.diagnostics import Finding, Severity
from govspec.logic import documents
from govspec.logic.oracle import Oracle
from govspec.logic.properties import Overlapping
from govspec.logic.solve import Holds, Prover, Refuted, Unknown
from govspec.model.entities import DocumentRule, IssuingBan, Model
from govspec.options import CheckOptions
from govspec.syntax.tree import And, Condition, MemberOf, Name, Not


def barred(ban: IssuingBan) -> Condition:
    """The documents issued in a name the ban bars."""
    return MemberOf("issuer", tuple(Name(issuer) for issuer in ban.issuers))


def forbidden(ban: IssuingBan) -> Condition:
    """The documents a ban forbids, as a condition: issued by one of its issuers, about one of its matters."""
    return And((barred(ban), MemberOf("subject", tuple(Name(matter) for matter in ban.matters))))


def names_banned(condition: Condition, ban: IssuingBan, below: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a rule's condition names a matter the ban bans (or one under it) as the subject on some branch: a
    rule that leaves the subject open says who signs, not what may be issued."""
    return documents.subjects(condition, below).some(documents.matters_below(below, ban.matters))


Question = Literal["pinned", "forbidden"]


def _undecided(
    name: str, rule: DocumentRule, number: int, ban: IssuingBan, question: Question, why: Unknown
) -> Finding:
    """GS399 for a question the solver gave up on: whether the rule's issuer is pinned to the issuers ban `number`
    bars, or whether no document it covers is one the ban forbids."""
    issuers = names(ban.issuers, "or")
    statement = (
        say("proof.pinned", rule=name, issuers=issuers)
        if question == "pinned"
        else say("proof.not_issued", rule=name, issuers=issuers, matters=names(ban.matters, "or"))
    )
    obligation = f"GS416-{question}-{name}-ban{number}"
    return undecided_finding(statement, why.reason, in_order((rule, ban)), cited(rule, ban), obligation)


@check("GS416", "issued-in-a-barred-name", Severity.ERROR)
def issued_in_a_barred_name(model: Model, options: CheckOptions) -> Iterator[Finding]:
    """A document rule provides for documents about a matter in the name of an issuer a ban bars from issuing them.

    The rule's condition (its exceptions and the rules prevailing over it taken out) pins the issuer to barred
    issuers (no document it covers has another issuer) and names a banned matter, or a matter under it, as the
    subject; a concrete document it covers and the ban forbids is the witness. Fires: `no issuing as 区政府 about
    部门事务` with `document 区政府文件 when issuer = 区政府 and subject = 部门事务`. Passes: `document 区政府文件
    when issuer = 区政府` (the subject left open).
    Either question the solver cannot decide in time is reported (GS399), never passed.
    """
    if not model.issuing_bans:
        return
    below = documents.matter_below(model)
    above = documents.winners(model)
    oracle, prover = Oracle(model), Prover(options.timeout)
    reported: set[str] = set()  # a rule two bans contradict is reported once, with the first of them
    for number, ban in enumerate(model.issuing_bans, 1):
        for name, rule in model.documents.items():
            condition = documents.effective(model, above, name)
            if name in reported or not names_banned(condition, ban, below):
                continue
            # The issuer is pinned when no document the rule covers has an issuer the ban leaves free.
            pinned = decide(prover, Overlapping(condition, Not(barred(ban)), below, oracle))
            if isinstance(pinned, Unknown):
                yield _undecided(name, rule, number, ban, "pinned", pinned)
                continue
            if not isinstance(pinned, Holds):
                continue
            instance = Overlapping(condition, forbidden(ban), below, oracle)
            verdict = decide(prover, instance)
            if isinstance(verdict, Unknown):
                yield _undecided(name, rule, number, ban, "forbidden", verdict)
                continue
            if not isinstance(verdict, Refuted):
                continue
            witness = instance.essential(verdict.witness, prover)
            reported.add(name)
            yield finding(
                "GS416",
                say(
                    "GS416",
                    rule=name,
                    rule_articles=articles(model.articles(rule.citations)),
                    issuers=names(ban.issuers, "or"),
                    matters=names(ban.matters, "or"),
                    ban_articles=articles(ban.citations),
                ),
                locations=in_order((rule, ban)),
                citations=cited(rule, ban),
                witness={
                    "rule": name,
                    "ban": say("GS416.ban", issuers=listed(ban.issuers), matters=listed(ban.matters)),
                    "document": listed(documents.attribute_words(witness, witness)),
                },
            )
