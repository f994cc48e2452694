"""The ban on issuing in a name (不得以…名义发文): what it may name, and how the snapshot shows it."""

from __future__ import annotations

import json

from govspec.model.snapshot import snapshot
from govspec.pipeline import load_text

DECLARED = "office 区长\nunit 区政府 head 区长\nexternal 市政府\nmatter 部门事务\nmatter 部门人事 is 部门事务\n"


def test_issuers_are_units_offices_or_externals_and_the_banned_are_matters() -> None:
    outcome = load_text(DECLARED + "不得以 区政府、区长、市政府 名义发文 针对 部门人事 @第五十五条\n", "ban.gov")
    assert outcome.findings == ()
    assert outcome.model is not None
    (ban,) = outcome.model.issuing_bans
    assert (ban.issuers, ban.matters, ban.citations) == (("区政府", "区长", "市政府"), ("部门人事",), ("第五十五条",))


def test_a_ban_naming_the_wrong_kinds_is_reported_for_each_name() -> None:
    outcome = load_text(DECLARED + "no issuing as 部门事务 about 区政府\n", "ban.gov")
    assert outcome.model is None
    assert [(f.code, f.locations[0].column) for f in outcome.findings] == [("GS103", 15), ("GS103", 26)]


def test_the_snapshot_shows_bans_only_where_a_spec_states_one() -> None:
    plain = load_text(DECLARED, "plain.gov").model
    banned = load_text(DECLARED + "no issuing as 区政府 about 部门事务\n", "ban.gov").model
    assert plain is not None and banned is not None
    assert "issuing_bans" not in json.loads(snapshot(plain, "plain.gov"))
    stated = json.loads(snapshot(banned, "ban.gov"))["issuing_bans"]
    assert stated == [{"citations": [], "issuers": ["区政府"], "matters": ["部门事务"]}]
