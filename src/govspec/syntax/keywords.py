"""The two keyword sets (English, Chinese): the canonical spelling `fmt` prints for each keyword terminal."""

from __future__ import annotations

KEYWORDS: dict[str, tuple[str, str]] = {
    "RULES": ("rules", "规则"),
    "SOURCE": ("source", "文号"),
    "OFFICE": ("office", "职务"),
    "COUNT": ("count", "人数"),
    "HOLDERS": ("holders", "现任"),
    "IS": ("is", "属于"),
    "EXTERNAL": ("external", "外部机关"),
    "GUEST": ("guest", "外部人员"),
    "UNIT": ("unit", "单位"),
    "HEAD": ("head", "负责人"),
    "GROUP": ("group", "统称"),
    "POWER": ("power", "职权"),
    "OF": ("of", "归属"),
    "FORM": ("form", "文种"),
    "TAG": ("tag", "标记"),
    "CLASS": ("class", "类别"),
    "MATTER": ("matter", "事项"),
    "MUST": ("must", "必须由"),
    "MAY": ("may", "可由"),
    "NEVER": ("never", "不得由"),
    "CHANGED_BY": ("changed only by", "变更须经"),
    "ORIGINAL": ("its decider", "原决定者"),
    "BODY": ("body", "会议"),
    "MEMBERS": ("members", "成员"),
    "CONVENER": ("convener", "召集人"),
    "CHAIR": ("chair", "主持人"),
    "QUORUM": ("quorum", "法定人数"),
    "PASSES": ("passes", "通过"),
    "MAJORITY": ("majority", "过半数"),
    "AT_LEAST": ("or more", "以上"),
    "EVERY": ("every", "每"),
    "ATTENDEES": ("attendees", "列席"),
    "DECIDES": ("decides", "议定"),
    "DISCUSSES": ("discusses", "讨论"),
    "MEETS": ("meets", "召开"),
    "DOCUMENT": ("document", "公文"),
    "WHEN": ("when", "适用"),
    "SIGN": ("signer", "签发"),
    "ENTRUST": ("entrust", "委托"),
    "AUTHORISE": ("authorise", "授权"),
    "COSIGN": ("cosigners", "会签"),
    "PRIOR_REVIEW": ("prior review", "审定"),
    "OPTIONAL": ("when necessary", "必要时"),
    "REQUIRES": ("requires", "须载"),
    "OR": ("or", "或"),
    "AND": ("and", "且"),
    "NOT": ("not", "非"),
    "IN": ("in", "属"),
    "FROM": ("from", "从"),
    "TO": ("to", "到"),
    "ONWARD": ("onward", "可转"),
    "CONVENE": ("convene", "召集"),
    "PRESIDE": ("preside", "主持"),
    "APPROVE_LEAVE": ("approve_leave", "批假"),
    "ACTING": ("acting", "代理"),
    "SCOPE": ("for", "权限"),
    "REPORTS": ("reports", "隶属"),
    "ESCALATION": ("escalation", "报请"),
    "ABOUT": ("about", "针对"),
    "LEAVE": ("leave", "请假"),
    "ROUTE": ("route", "流转"),
    "SINGLE": ("single", "单一主送"),
    "THROUGH_HOP": ("through", "必经"),
    "BEFORE": ("before", "至"),
    "NO_SKIPPING": ("no skipping levels", "不得越级"),
    "NO_ISSUING": ("no issuing as", "不得以"),
    "EXCLUDE": ("exclude", "回避"),
    "MEASURE": ("measure", "指标"),
    "ASSERT": ("assert", "断言"),
    "ALL": ("all", "全部"),
    "ABSENT": ("while absent", "缺席"),
    "ALLOW": ("allow", "豁免"),
    "REASONS": ("reasons", "缺席事由"),
    "CLOSED": ("closed", "为限"),
    "READING": ("reading", "解读"),
    "EXCEPT": ("except", "除"),
    "PREVAILS": ("prevails over", "优先于"),
    "STANDING": ("standing", "概括"),
    "PER_CASE": ("per case", "个别"),
    "NOTIFY": ("notify", "报备"),
    "AMENDS": ("amends", "修正"),
    "PURPOSE": ("purpose", "目的"),
    "ADD": ("add", "增加"),
    "REPLACE": ("replace", "修改"),
    "REPEAL": ("repeal", "删除"),
    "WITH": ("with", "为"),
    "PRECONDITION": ("precondition", "须经"),
    "DONE_BY": ("by", "由"),
    "DECIDING": ("before deciding", "方可决定"),
    "SUBMITTING": ("before submitting", "方可提交"),
    "DEADLINE": ("deadline", "时限"),
    "PROMPTLY": ("promptly", "及时"),
    "CHARGE": ("in charge", "分管"),
}

# Keywords of one language only, where the two languages order the words differently:
# `常务副区长 entrusted by 区长` / `常务副区长 受 区长 委托`, `reviewed by 区长` / `经 区长 审阅`.
ONE_LANGUAGE: dict[str, str] = {
    "ENTRUSTED": "entrusted by",
    "AUTHORISED": "authorised by",
    "REVIEWED": "reviewed by",
    "RECEIVING": "受",
    "THROUGH": "经",
    "REVIEW": "审阅",
    "NOT_IN": "不参与",
    "IN_NAME": "名义发文",
    "EXCEPT_END": "外",
    "CHOSEN_BY": "chosen by",
}

# Keyword terminals whose word depends on a value, canonical value -> (English, Chinese).
ATTRIBUTES: dict[str, tuple[str, str]] = {
    "issuer": ("issuer", "发文机关"),
    "addressee": ("addressee", "主送"),
    "subject": ("subject", "事由"),
    "decided_by": ("decided_by", "决定会议"),
    "form": ("form", "文种"),
    "tag": ("tag", "标记"),
}
PERIODS: dict[str, tuple[str, str]] = {
    "day": ("day", "日"),
    "week": ("week", "周"),
    "month": ("month", "月"),
    "year": ("year", "年"),
}
UNITS: dict[str, tuple[str, str]] = {
    "times": ("times", "次"),
    "days": ("days", "天"),
    "weeks": ("weeks", "周"),
    "months": ("months", "个月"),
    "percent": ("percent", "%"),
}
PROPERTIES: dict[str, tuple[str, str]] = {
    "signer": ("signer", "签发"),
    "quorum": ("quorum", "法定人数"),
    "chair": ("chair", "主持"),
    "holder": ("holder", "权限"),
}
# Whose votes a threshold counts: every member of the body (全体组成人员) or the members present (出席人员).
VOTERS: dict[str, tuple[str, str]] = {
    "members": ("all members", "全体组成人员"),
    "present": ("those present", "出席人员"),
}
# Hedges: the words that make a rule soft, one the text allows exceptions to.
HEDGES: dict[str, tuple[str, str]] = {
    "usually": ("usually", "一般"),
    "in principle": ("in principle", "原则上"),
    "as needed": ("as needed", "根据需要"),
    "if needed": ("if needed", "如有需要"),
}
# How far ahead a time limit asks: at least (>=) or at most (<=) so long before the event.
LEADS: dict[str, tuple[str, str]] = {
    ">=": ("at least", "至少提前"),
    "<=": ("at most", "至多提前"),
}
# A time limit's periods: "提前3天" counts days as 天.
LEAD_PERIODS: dict[str, tuple[str, str]] = {**PERIODS, "day": ("day", "天")}
# Fixed moments a time limit names: the middle and the end of the year, the meeting.
MOMENTS: dict[str, tuple[str, str]] = {
    "mid-year": ("mid-year", "年中"),
    "year-end": ("year-end", "年末"),
    "before the meeting": ("before the meeting", "会前"),
}
COMPARISONS: dict[str, tuple[str, str]] = {
    ">": (">", "超过"),
    ">=": (">=", "不少于"),
    "<": ("<", "少于"),
    "<=": ("<=", "不超过"),
    "=": ("=", "等于"),
}

# Every spelling the grammar accepts for a value-bearing keyword, mapped to its canonical value.
SPELLINGS: dict[str, dict[str, str]] = {
    "ATTRIBUTE": {word: key for key, words in ATTRIBUTES.items() for word in words},
    "PERIOD": {
        **{word: key for key, words in PERIODS.items() for word in words},
        **{f"{key}s": key for key in PERIODS},
        "天": "day",
    },
    "UNIT_WORD": {**{word: key for key, words in UNITS.items() for word in words}, "日": "days"},
    "PROPERTY": {word: key for key, words in PROPERTIES.items() for word in words},
    # How the text says a stand-in is picked; kept as written (由常务委员会…推选, 由常务委员会…决定).
    "CHOOSES": {"推选": "推选", "决定": "决定"},
    "HEDGE": {word: key for key, words in HEDGES.items() for word in words},
    # The text's words for deciding and for discussing: 讨论决定 (discuss and decide) is deciding.
    "DECIDES": {word: "decides" for word in ("decides", "议定", "讨论决定", "研究决定", "审议决定")},
    "DISCUSSES": {
        word: "discusses" for word in ("discusses", "讨论", "审议", "研究", "讨论审议", "讨论研究", "研究协调")
    },
    "VOTERS": {**{word: key for key, words in VOTERS.items() for word in words}, "出席会议人员": "present"},
    # A body meeting when the occasion arises, in the text's words run together: the hedge each one means.
    "AD_HOC": {
        "根据工作需要召开": "as needed",
        "根据需要召开": "as needed",
        "如有需要召开": "if needed",
        "随时召开": "if needed",
    },
    "LEAD": {words[0]: key for key, words in LEADS.items()},
    "LEAD_ZH": {words[1]: key for key, words in LEADS.items()},
    "MOMENT": {word: key for key, words in MOMENTS.items() for word in words},
    "CMP": {
        **{word: key for key, words in COMPARISONS.items() for word in words},
        "≥": ">=",
        "≤": "<=",
        "＞": ">",
        "＜": "<",
        "＞＝": ">=",
        "＜＝": "<=",
    },
}


def language_of(word: str) -> str:
    """A keyword written with any CJK character is Chinese; otherwise English."""
    return "zh" if any("\u3400" <= ch <= "\u9fff" for ch in word) else "en"


def most_spoken(langs: list[str]) -> str:
    """The language most of `langs` are: Chinese only where it outnumbers English."""
    return "zh" if langs.count("zh") > langs.count("en") else "en"


def keyword_words(terminal: str) -> tuple[str, ...]:
    """Every word a drafter might have meant by a keyword terminal, for "did you mean"."""
    if terminal in KEYWORDS:
        return KEYWORDS[terminal]
    if terminal in ONE_LANGUAGE:
        return (ONE_LANGUAGE[terminal],)
    return tuple(SPELLINGS.get(terminal, {}))
