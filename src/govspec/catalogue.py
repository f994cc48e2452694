"""The one catalogue of what govspec says about a spec, in English and in Chinese, in the text's own terms.

Nothing downstream builds a sentence: a finding carries a Say (a catalogue key and its arguments), and the report
puts it into words in the language it is written in. Arguments may themselves be Says, or lists said as a list,
as alternatives ("a or b") or jointly ("a and b"). Chinese follows the text's words (签发, 法定人数, 代理, 委托, 请假,
列席), not translations of the English ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from govspec.syntax.keywords import KEYWORDS, PROPERTIES

LANGS = ("en", "zh")


@dataclass(frozen=True, slots=True)
class Say:
    """Words to be said, in whichever language the report is in: a catalogue key and its arguments."""

    key: str
    args: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return text(self, "en")


@dataclass(frozen=True, slots=True)
class Listed:
    """Items said together: as a list ("a, b"), as alternatives ("a or b") or jointly ("a and b")."""

    items: tuple[Any, ...]
    joint: str = "list"


def say(key: str, **args: Any) -> Say:
    if key not in TEXTS:
        raise KeyError(f"no words for {key!r} in the catalogue")
    return Say(key, tuple(args.items()))


def either(items: Iterable[Any]) -> Listed:
    return Listed(tuple(items), "or")


def both(items: Iterable[Any]) -> Listed:
    return Listed(tuple(items), "and")


def listed(items: Iterable[Any]) -> Listed:
    return Listed(tuple(items))


def mentioned(value: Any) -> Iterator[str]:
    """Every name words (or a witness made of words, lists and mappings) mention, at any depth, in order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Say):
        for _, arg in value.args:
            yield from mentioned(arg)
    elif isinstance(value, Listed):
        for item in value.items:
            yield from mentioned(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from mentioned(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from mentioned(item)


_JOINS = {
    "en": {
        "list": (", ", ", "),
        "or": (", ", " or "),
        "and": (", ", " and "),
        "bar": (" | ", " | "),
        "clauses": ("; ", "; "),
    },
    "zh": {
        "list": ("、", "、"),
        "or": ("、", "或"),
        "and": ("、", "和"),
        "bar": (" | ", " | "),
        "clauses": ("；", "；"),
    },
}


def text(value: Any, lang: str) -> str:
    """A value said as one string in `lang`."""
    if isinstance(value, Say):
        template = TEXTS[value.key][LANGS.index(lang)]
        return template.format(**{name: text(arg, lang) for name, arg in value.args})
    if isinstance(value, Listed):
        items = [text(item, lang) for item in value.items]
        between, last = _JOINS[lang][value.joint]
        return items[0] if len(items) == 1 else between.join(items[:-1]) + last + items[-1] if items else ""
    if isinstance(value, (list, tuple)):
        return _JOINS[lang]["list"][0].join(text(item, lang) for item in value)
    return str(value)


def words(value: Any, lang: str) -> Any:
    """A witness, or any nest of values, with every Say and Listed in it said in `lang`; lists stay lists."""
    if isinstance(value, (Say, Listed)):
        return text(value, lang)
    if isinstance(value, Mapping):
        return {key: words(item, lang) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [words(item, lang) for item in value]
    return value


def label(key: str, lang: str) -> str:
    """How the report names a witness entry ("absent", "readings" …) in `lang`; an entry with no words of its own
    keeps its key."""
    entry = TEXTS.get(f"witness.{key}")
    return entry[LANGS.index(lang)] if entry else key


def advice(code: str, said: Say) -> Say | None:
    """What to change, for a finding that says `said`: the catalogue's help for its words, or for its code, with the
    same arguments."""
    for key in (f"{said.key}.help", f"{code}.help"):
        if key in TEXTS:
            return Say(key, said.args)
    return None


def names(items: Iterable[str], joint: str = "list") -> Listed:
    """Names from the spec, each quoted as the report's language quotes names."""
    return Listed(tuple(say("name", name=item) for item in items), joint)


def articles(citations: Iterable[str]) -> Listed | Say:
    """A statement's articles in words, or that it cites none."""
    cited = tuple(citations)
    return listed(cited) if cited else say("signer.no_article")


def plural(key: str, count: int, **args: Any) -> Say:
    """The key's singular form (`key.one`) for a count of one, its plural otherwise."""
    return say(f"{key}.one" if count == 1 else key, count=count, **args)


class Words:
    """Catalogue words in one language, each passed through `shown` (HTML escaping, for a page)."""

    def __init__(self, lang: str, shown: Callable[[str], str] = str) -> None:
        self.lang = lang
        self.shown = shown

    def __call__(self, key: str, **args: Any) -> str:
        return self.shown(text(say(key, **args), self.lang))

    def of(self, value: Any) -> str:
        return self.shown(text(value, self.lang))


# key -> (English, Chinese). Keys name the finding code or the part of the report that says them.
TEXTS: dict[str, tuple[str, str]] = {
    # ── reading a file ───────────────────────────────────────────────────────────────────────────────────────────
    "GS001.too_large": (
        "the file is too large to be a spec ({size} MB; the limit is {limit} MB)",
        "文件过大，不是规则文件（{size} MB，上限为 {limit} MB）",
    ),
    "GS001.too_large.help": ("split the rules into several files", "把规则拆分为几个文件"),
    "GS001.binary": (
        "this is a binary file, not a spec (it contains a NUL byte)",
        "这是二进制文件，不是规则文件（含 NUL 字节）",
    ),
    "GS001.utf8": ("invalid UTF-8 (byte 0x{byte})", "不是有效的 UTF-8 编码（字节 0x{byte}）"),
    "GS001.utf8.help": ("save the file as UTF-8", "请以 UTF-8 编码保存文件"),
    "GS001.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    "GS001.unreadable.help": ("check the file's name and that it may be read", "请检查文件名及读取权限"),
    "GS001.binary.help": ("give govspec the spec's text, saved as UTF-8", "请提供以 UTF-8 保存的规则文本文件"),
    # ── syntax ───────────────────────────────────────────────────────────────────────────────────────────────────
    "GS002": ("unexpected {found}", "此处不应出现{found}"),
    "GS003": ("the file holds no statements", "文件中没有任何语句"),
    "GS003.help": (
        "write the rules one statement each, such as `office 区长 @第六条`",
        "每条规则写成一个语句，如 `职务 区长 @第六条`",
    ),
    "GS004": ("a condition nested more than {depth} levels deep", "条件嵌套超过 {depth} 层"),
    "GS004.help": ("write the condition flatter, with `and` / `or` lists", "请用并列的“且”“或”把条件写平"),
    "GS005": (
        "a number of {digits} digits: no count, fraction or depth of a rule text runs past {limit} digits",
        "数字长达 {digits} 位：规则中的人数、分数或缺席人数不会超过 {limit} 位",
    ),
    "GS005.help": ("write the number the text gives", "请按原文写出数字"),
    "GS009": (
        "a statement begins with a keyword such as office, body, document, reports (职务、会议、公文、隶属)",
        "语句以关键词开头，如 职务、会议、公文、隶属（office、body、document、reports）",
    ),
    "GS010": (
        "a body's clauses go inside braces: `body NAME {{ members …; chair … }}`",
        "会议的各项写在大括号内：`会议 名称 {{ 成员 …; 主持人 … }}`",
    ),
    "GS011": (
        "a document rule needs a condition: `document NAME when ATTRIBUTE = VALUE {{ signer … }}`",
        "公文规则须写适用条件：`公文 名称 适用 属性 = 值 {{ 签发 … }}`",
    ),
    "GS012": (
        "a quorum is a comparison and a fraction of the members due, such as `quorum > 1/2`",
        "法定人数写作比较词加应到人数的分数，如 `法定人数 超过 1/2`",
    ),
    "GS012.help": (
        "the comparisons a quorum takes: `quorum > 1/2`, `quorum >= 2/3`, `quorum majority`, `quorum 2/3 or more`",
        "法定人数可写：`法定人数 超过 1/2`、`法定人数 不少于 2/3`、`法定人数 过半数`、`法定人数 三分之二以上`",
    ),
    "GS013": ("a fraction is written with two whole numbers, such as 1/2", "分数由两个整数组成，如 1/2"),
    "GS014": (
        "the names in a list are separated by commas (`,` `，` or `、`)",
        "列举的名称之间用逗号或顿号分隔（`,` `，` `、`）",
    ),
    "GS015": (
        "a chain needs a colon before its steps: `leave WHO: APPROVER -> …`",
        "链的各步之前须有冒号：`请假 谁: 审批人 -> …`",
    ),
    "GS016": (
        "an arrow '->' joins the two offices: `reports WHO -> SUPERIOR`, `acting ABSENT -> STAND-IN for …`, "
        "`in charge OFFICE -> WHAT`",
        "两个职务之间用箭头“->”连接：`隶属 谁 -> 上级`，`代理 缺席者 -> 代理人 权限 …`，`分管 职务 -> 分管对象`",
    ),
    "GS017": (
        "a count is a whole number or a range, such as `count 3` or `count 1..8` or `count 1..`",
        "人数是整数或范围，如 `人数 3`、`人数 1..8`、`人数 1..`",
    ),
    "GS018": (
        "a citation belongs at the end of a statement or clause, after what it cites",
        "引用条文写在语句或条款的末尾，位于所引内容之后",
    ),
    "GS019": (
        "this '{{' is never closed: a '}}' is missing before the end of the file",
        "此处的“{{”没有闭合：文件结束前缺少“}}”",
    ),
    "GS020": (
        "a condition compares a document attribute (issuer, addressee, subject, decided_by, form, tag) with a value: "
        "`subject = 任免` or `addressee in {{市政府, 省政府}}`",
        "条件把公文属性（发文机关、主送、事由、决定会议、文种、标记）与值比较："
        "`事由 = 任免`，`主送 属 {{市政府、省政府}}`",
    ),
    "GS022": (
        "a fraction (such as 三分之二 or 半数) is a share of a quorum or a vote, not a count or a number of times",
        "分数（如 三分之二、半数）只用于法定人数或表决门槛，不能作人数或次数",
    ),
    "GS022.help": (
        "write a whole number here; a share of the members goes in `quorum` or `passes`",
        "此处写整数；成员的比例写在“法定人数”或“通过”中",
    ),
    "GS023": (
        "a vote threshold names a share and whose votes count: `passes majority of all members`, "
        "`passes 2/3 or more of those present`",
        "表决门槛写明比例及计票范围：`通过 全体组成人员 过半数`、`通过 出席人员 三分之二以上`",
    ),
    "GS024": (
        "a hedge (usually, in principle, as needed, if needed) goes before the clause it softens: "
        "`usually every month`",
        "限定语（一般、原则上、根据需要、如有需要）写在所限定的条款之前：`原则上 每 月`",
    ),
    "GS025": (
        "`notify` (报备) comes last, after what the chain is about and just before ':': "
        "`escalation E about M notify: …`",
        "`报备` 写在最后，在针对的事项之后、冒号之前：`报请 E 针对 M 报备: …`",
    ),
    "GS026": (
        "a mandatory step names what it binds, then what it excepts: `through X before Y about R except S`; a ban on "
        "skipping levels names its senders after `from`: `no skipping levels from S`",
        "必经环节先写针对什么，再写除外什么：`必经 X 至 Y 针对 R 除 S 外`；"
        "不得越级的发文者写在“从”之后：`不得越级 从 S`",
    ),
    "GS027": (
        "who may change a decision is said of a matter, inside its braces: `matter M {{ changed only by 常务会议 }}`",
        "决定的变更者写在事项的大括号内：`事项 M {{ 变更须经 常务会议 }}`",
    ),
    "GS028": (
        "a body that meets when the occasion arises says which occasion: `meets as needed` or `meets if needed`; "
        "how often it meets is `every month`",
        "根据需要召开的会议写明限定语：`根据需要 召开` 或 `如有需要 召开`；会期写作 `每 月`",
    ),
    "GS030": (
        "a power has one holder, or several joined by '&' who exercise it only all together (联合, 会同): "
        "`power 联合发文 of 甲局 & 乙局`",
        "职权只有一个归属，或以“&”连接须共同行使的几个归属（联合、会同）：`职权 联合发文 归属 甲局 & 乙局`",
    ),
    "GS030.help": (
        "join the holders with '&' if they act only together; a holder who acts alone holds a power of its own",
        "须共同行使的用“&”连接；可单独行使的，分别声明各自的职权",
    ),
    "GS031": (
        "a time limit is a lead, fixed moments or `promptly`: `at least 3 days before`, `at most 1 day before`, "
        "`mid-year, year-end, before the meeting`",
        "时限写作提前量、固定时点或“及时”：`至少提前 3 天`、`至多提前 1 天`、`年中、年末、会前`",
    ),
    "GS031.help": (
        "write the limit as the text gives it: `deadline N at least 3 days before`, `deadline N mid-year, year-end`, "
        "`deadline N promptly`",
        "按原文写出时限：`时限 N 至少提前 3 天`、`时限 N 年中、年末`、`时限 N 及时`",
    ),
    "GS032": (
        "a required step names who does it, then what it comes before: `precondition 合法性审查 by 司法局 before "
        "deciding M` or `… before submitting M`",
        "前置环节先写承办者，再写它先于什么：`须经 合法性审查 由 区司法局 方可决定 M` 或 `… 方可提交 M`",
    ),
    "GS032.help": (
        "write `by WHO` (several as `A | B`), then `before deciding` or `before submitting` and the matters",
        "写 `由 承办者`（几个时写 `A | B`），再写 `方可决定` 或 `方可提交` 及事项",
    ),
    "GS021": (
        "the block opened at line {line} is not closed: a '}}' is missing before this statement",
        "第 {line} 行开始的大括号没有闭合：本语句之前缺少“}}”",
    ),
    "GS021.help": ("close the block of line {line} with '}}' where it ends", "在第 {line} 行开始的块结束处补上“}}”"),
    "syntax.found": ("{message} (found {found})", "{message}（此处为{found}）"),
    "syntax.expected": ("expected {items}", "此处应为{items}"),
    "syntax.expected_more": ("expected {items}, …", "此处应为{items}等"),
    "syntax.did_you_mean": ("did you mean '{word}'?", "是否应为“{word}”？"),
    "syntax.quoted": ("'{text}'", "“{text}”"),
    "name": ("'{name}'", "“{name}”"),
    "syntax.end": ("the end of the file", "文件末尾"),
    "syntax.and": ("{first}; {second}", "{first}；{second}"),
    "terminal.NAME": ("a name", "名称"),
    "terminal.STRING": ('a quoted text ("…")', '带引号的文字（"…"）'),
    "terminal.CITATION": ("a citation such as @第六条", "条文引用，如 @第六条"),
    "terminal.INT": ("a whole number", "整数"),
    "terminal.NUMBER": ("a number", "数字"),
    "terminal.CMP": ("a comparison (>, >=, <, <=)", "比较词（超过、不少于、少于、不超过）"),
    "terminal.ATTRIBUTE": (
        "a document attribute (issuer, addressee, subject, decided_by, form, tag)",
        "公文属性（发文机关、主送、事由、决定会议、文种、标记）",
    ),
    "terminal.PERIOD": ("a period (day, week, month, year)", "周期（日、周、月、年）"),
    "terminal.UNIT_WORD": ("a unit (times, days, weeks, months, percent)", "单位（次、天、周、个月、%）"),
    "terminal.PROPERTY": ("a property (signer, quorum, chair, holder)", "性质（签发、法定人数、主持、权限）"),
    "terminal.CODE": ("a finding code such as GS201", "检查代码，如 GS201"),
    "terminal.UNSPECIFIED": ("'?'", "“?”"),
    "terminal.VOTERS": ("whose votes count (all members, those present)", "计票范围（全体组成人员、出席人员）"),
    "terminal.ZH_FRACTION": ("a fraction in Chinese numerals (三分之二, 半数)", "中文分数（三分之二、半数）"),
    "terminal.RANGE": ("'..'", "“..”"),
    "terminal.CHOOSES": ("'推选' or '决定' (who picks the stand-in)", "“推选”或“决定”"),
    "terminal.$END": ("the end of the file", "文件末尾"),
    # ── names and what they are ──────────────────────────────────────────────────────────────────────────────────
    "GS101": ("'{name}' is not declared ({role} must be {kinds})", "“{name}”未声明（{role}应为{kinds}）"),
    "GS101.similar": ("did you mean '{candidate}'?", "是否应为“{candidate}”？"),
    "GS101.two": (
        "did you mean '{first}' or '{second}'? they are equally close",
        "是否应为“{first}”或“{second}”？二者同样接近",
    ),
    "GS101.declare": ("declare it: `{keyword} {name}`", "请先声明：`{keyword} {name}`"),
    "GS102": (
        "'{name}' is declared twice (first as {kind} at line {line})",
        "“{name}”重复声明（第 {line} 行已声明为{kind}）",
    ),
    "GS103": ("'{name}' is {kind}, but {role} must be {kinds}", "“{name}”是{kind}，而{role}应为{kinds}"),
    "GS101.in_charge": (
        "the '{office}' in charge is written `in charge {office}` (`分管 {office}`), the keyword apart",
        "分管的“{office}”写作`分管 {office}`，关键词与职务之间空一格",
    ),
    "GS103.in_charge": (
        "the '{office}' in charge cannot approve leave here: a leave rule names the offices that approve it",
        "此处不能由分管的“{office}”批准请假：请假规定应写明批准的职务",
    ),
    "GS104.operator": (
        "the quorum of '{body}' must be '>' or '>=' a fraction, not '{op}'",
        "“{body}”的法定人数应写“超过”或“不少于”某一分数，不能是“{op}”",
    ),
    "GS104.impossible": (
        "the quorum of '{body}' ({op} {fraction} of members) can never be met",
        "“{body}”的法定人数（{op}成员的 {fraction}）永远无法达到",
    ),
    "GS104.vote_operator": (
        "the vote threshold of '{body}' must be '>' or '>=' a fraction, not '{op}'",
        "“{body}”的表决门槛应写“超过”或“不少于”某一分数，不能是“{op}”",
    ),
    "GS104.vote_impossible": (
        "the vote threshold of '{body}' ({op} {fraction}) can never be met",
        "“{body}”的表决门槛（{op} {fraction}）永远无法达到",
    ),
    "GS104.vote_help": (
        "a vote threshold is a fraction between 0 and 1 of those whose votes count, such as majority or >= 2/3",
        "表决门槛是计票人数的 0 到 1 之间的分数，如 过半数、不少于 2/3",
    ),
    "GS104.help": (
        "a quorum is a fraction between 0 and 1, such as > 1/2 or >= 2/3",
        "法定人数是 0 到 1 之间的分数，如 超过 1/2、不少于 2/3",
    ),
    "GS105": (
        "the {role} of '{body}', '{office}', is not a member of it",
        "“{body}”的{role}“{office}”不是该会议的成员",
    ),
    "GS106": ("body '{body}' has no members", "会议“{body}”没有成员"),
    "GS107.impossible": (
        "'{office}' has an impossible count {low}..{high}",
        "“{office}”的人数 {low}..{high} 不可能成立",
    ),
    "GS107.group": (
        "'{group}' is held by {low}..{high} together, but its offices' own counts allow {least}..{most}",
        "“{group}”合计人数为 {low}..{high}，但其各职务的人数只允许 {least}..{most}",
    ),
    "GS107.holders": (
        "'{office}' names {count} holders but its count is at most {high}",
        "“{office}”列出 {count} 名现任，但人数至多为 {high}",
    ),
    "GS108": ("circular {what}: {loop}", "{what}循环：{loop}"),
    "GS108.kinds": ("office kinds", "职务所属"),
    "GS108.parents": ("matter parents", "事项所属"),
    "GS108.groups": ("groups", "统称"),
    "GS108.precedence": ("precedence", "优先关系"),
    "GS108.exceptions": ("exceptions", "除外关系"),
    "GS109.clause": ("'{name}' says its {clause} twice", "“{name}”的{clause}写了两次"),
    "GS109.signers": ("'{name}' names its signers twice", "“{name}”写了两次签发人"),
    "GS109.holder": (
        "power '{name}' names '{holder}' twice among the holders who exercise it together",
        "职权“{name}”的共同行使者中两次写了“{holder}”",
    ),
    "GS103.charge_self": (
        "'{office}' is in charge of itself: one of its holders is in charge of other offices, units or matters",
        "“{office}”分管其自身：分管的应是其他职务、单位或事项",
    ),
    # ── govspec diff: what an amendment changes ────────────────────────────────────────────────────────────────
    "diff.header": (
        "govspec diff {old} -> {new}, compared in {coverage}",
        "govspec diff {old} -> {new}，比较范围：{coverage}",
    ),
    "diff.none": ("no semantic change", "无语义变化"),
    "diff.powers": ("Powers", "职权"),
    "diff.power": ("{power}: {relation}", "{power}：{relation}"),
    "diff.could": ("could act before: {before}; after: {after}", "修改前可行使：{before}；修改后：{after}"),
    "diff.relation.equivalent": ("equivalent", "不变"),
    "diff.relation.broader": ("broader", "扩大"),
    "diff.relation.narrower": ("narrower", "缩小"),
    "diff.relation.incomparable": ("incomparable (gains and losses)", "互有增减"),
    "diff.relation.unknown": ("undecided", "未能判定"),
    "diff.gained": (
        "{actor} gains it: with {absent} away, {actor} may now act (before: {before}; now: {after}){reading}",
        "{actor}获得此权：{absent}缺席时，{actor}现可行使（修改前：{before}；修改后：{after}）{reading}",
    ),
    "diff.lost": (
        "{actor} loses it: with {absent} away, {actor} may no longer act (before: {before}; now: {after}){reading}",
        "{actor}失去此权：{absent}缺席时，{actor}不再能行使（修改前：{before}；修改后：{after}）{reading}",
    ),
    "diff.undecided": ("{actor}: the comparison was undecided", "{actor}：未能判定"),
    "diff.reading": (", reading open entrustments as standing", "，委托按概括委托理解"),
    "diff.no_one": ("no one", "无人"),
    "diff.quorum": ("Quorum", "法定人数"),
    "diff.flip.lost": (
        "'{body}': {present} present of {due} members due was quorate, now is not",
        "“{body}”：应到 {due} 人、出席 {present} 人，修改前达到法定人数，修改后达不到",
    ),
    "diff.flip.gained": (
        "'{body}': {present} present of {due} members due was not quorate, now is",
        "“{body}”：应到 {due} 人、出席 {present} 人，修改前达不到法定人数，修改后达到",
    ),
    "diff.chains": ("Chains", "链条"),
    "diff.edge.added": ("{graph}: step {source} -> {target} added", "{graph}：新增 {source} -> {target}"),
    "diff.edge.removed": ("{graph}: step {source} -> {target} removed", "{graph}：删去 {source} -> {target}"),
    "diff.graph.reports": ("reporting lines", "隶属关系"),
    "diff.graph.leave": ("leave approval", "请假审批"),
    "diff.graph.escalation": ("escalation about '{matter}'", "报请“{matter}”"),
    "diff.proofs": ("Proofs", "证明"),
    "diff.proof": ("{statement}: {before} -> {after}", "{statement}：{before} -> {after}"),
    "diff.verdict.holds": ("holds", "成立"),
    "diff.verdict.fails": ("fails", "不成立"),
    "diff.verdict.hinges": ("holds only if open entrustments are standing", "仅在委托按概括委托理解时成立"),
    "diff.verdict.unknown": ("undecided", "未能判定"),
    "diff.verdict.absent": ("not stated", "无此性质"),
    "diff.witness.before": ("before: {witness}", "修改前：{witness}"),
    "diff.witness.after": ("after: {witness}", "修改后：{witness}"),
    "diff.findings": (
        "Findings: {new} new, {fixed} fixed, {same} unchanged",
        "检查结果：新增 {new} 项，消除 {fixed} 项，未变 {same} 项",
    ),
    "diff.finding.new": ("new: {text} ({codes})", "新增：{text}（{codes}）"),
    "diff.finding.fixed": ("fixed: {text} ({codes})", "消除：{text}（{codes}）"),
    "diff.entries": ("Statements", "规则条目"),
    "diff.entry.added": ("{table} '{name}' added", "新增{table}“{name}”"),
    "diff.entry.removed": ("{table} '{name}' removed", "删去{table}“{name}”"),
    "diff.entry.changed": ("{table} '{name}' changed", "修改{table}“{name}”"),
    "diff.table.offices": ("office", "职务"),
    "diff.table.units": ("unit", "单位"),
    "diff.table.groups": ("group", "统称"),
    "diff.table.powers": ("power", "职权"),
    "diff.table.matters": ("matter", "事项"),
    "diff.table.bodies": ("body", "会议"),
    "diff.table.documents": ("document rule", "公文规则"),
    "diff.table.labels": ("declaration", "声明"),
    "diff.table.readings": ("reading", "解读"),
    "diff.table.delegations": ("delegation", "委托授权"),
    "diff.table.actings": ("standing-in", "代理"),
    "diff.table.reports": ("reporting line", "隶属"),
    "diff.table.chains": ("chain", "链条"),
    "diff.table.mandatory": ("mandatory step", "必经"),
    "diff.table.no_skipping": ("no skipping levels", "不得越级"),
    "diff.table.issuing_bans": ("no issuing as", "不得以其名义发文"),
    "diff.table.separations": ("separation", "回避"),
    "diff.table.measures": ("measure", "指标"),
    "diff.table.assertions": ("assertion", "断言"),
    "diff.table.allows": ("allowance", "豁免"),
    "diff.table.preconditions": ("step required before a decision", "决定前须经"),
    "diff.table.deadlines": ("time limit", "时限"),
    "diff.table.charges": ("in charge", "分管"),
    "diff.worse": (
        "worse: a property that held now fails, or a new error appears",
        "变差：原本成立的性质不再成立，或出现新的错误",
    ),
    "diff.pair": ("{label}: {value}", "{label}：{value}"),
    "diff.not_worse": ("nothing got worse", "没有变差"),
    "diff.rule.acting": ("{absent} -> {standin}", "{absent} -> {standin}"),
    "diff.rule.delegation": ("{power}: {givers} -> {receivers}", "{power}：{givers} -> {receivers}"),
    "diff.rule.assertion": ("{property} {targets}", "{property} {targets}"),
    "diff.rule.no_skipping": ("from {senders}", "从{senders}"),
    "diff.rule.no_skipping_all": ("from anyone", "任何发文者"),
    "diff.rule.issuing_ban": ("{issuers} about {matters}", "{matters}不以{issuers}名义发文"),
    "diff.rule.charge": ("{office} -> {fields}", "{office} -> {fields}"),
    "diff.rule.precondition": ("{steps} before {matters}", "{matters}前须经{steps}"),
    "diff.one_spec": (
        "govspec diff: --git REV takes one spec, compared with itself at REV",
        "govspec diff：--git REV 只接受一个规则文件，与它在 REV 时的版本比较",
    ),
    "diff.two_specs": (
        "govspec diff: give two specs, OLD and NEW (or one with --git REV)",
        "govspec diff：请给出两个规则文件，修改前和修改后（或用 --git REV 给出一个）",
    ),
    "diff.no_git": ("govspec diff: cannot run git: {reason}", "govspec diff：无法运行 git：{reason}"),
    "diff.not_at": (
        "govspec diff: cannot read {file} at {revision}: {reason}",
        "govspec diff：无法读取 {file} 在 {revision} 时的版本：{reason}",
    ),
    "GS110.target": (
        "no statement of the base cites @{citation} as this says",
        "原规则中没有符合此处所写、引用 @{citation} 的语句",
    ),
    "GS110.target.help": (
        "cite an article a statement of the base cites, or name the statement's keyword and name as the base does",
        "请引用原规则语句所引的条文，或按原规则写明语句的关键词和名称",
    ),
    "GS110.circular": ("the amendment amends itself through '{base}'", "修正案经“{base}”修正了自身"),
    "GS110.not_a_file": ("'{base}' is not a spec file", "“{base}”不是规则文件"),
    "GS110.circular.help": ("name the spec this amendment changes", "请写明本修正案所修改的规则文件"),
    "GS110.misplaced": (
        "add, replace and repeal belong in an amendment file, after one `amends`",
        "增加、修改、删除只能写在修正案中，且修正案只写一次“修正”",
    ),
    "GS110.misplaced.help": (
        'start the file with `amends "base.gov"` once, or write the statements without a directive',
        '在文件开头写一次 `修正 "原规则.gov"`，或直接写语句',
    ),
    "clause.members": ("members", "成员"),
    "clause.convener": ("convener", "召集人"),
    "clause.chair": ("chair", "主持人"),
    "clause.quorum": ("quorum", "法定人数"),
    "clause.vote": ("vote threshold", "表决门槛"),
    "clause.frequency": ("frequency", "会期"),
    "clause.adhoc": ("meeting as needed", "根据需要召开"),
    "kind.office": ("an office", "职务"),
    "kind.group": ("a group of offices", "统称"),
    "kind.unit": ("a unit", "单位"),
    "kind.external": ("an external authority", "外部机关"),
    "kind.guest": ("a person from outside the rules", "外部人员"),
    "kind.body": ("a body", "会议"),
    "kind.matter": ("a matter", "事项"),
    "kind.document": ("a document rule", "公文规则"),
    "kind.power": ("a power", "职权"),
    "kind.form": ("a document form", "文种"),
    "kind.tag": ("a document tag", "标记"),
    "kind.class": ("a class of bodies", "会议类别"),
    "kind.chain": ("a chain", "链"),
    "kind.reason": ("a reason of absence", "缺席事由"),
    "kind.reading": ("a reading", "解读"),
    "role.kind": ("the kind of an office", "职务所属的职务"),
    "role.member": ("a member", "成员"),
    "role.convener": ("a convener", "召集人"),
    "role.chair": ("a chair", "主持人"),
    "role.attendee": ("a non-voting attendee", "列席者"),
    "role.decides": ("what a body decides", "会议议定的内容"),
    "role.discusses": ("what a body discusses", "会议讨论的内容"),
    "role.changer": ("who may change a decision", "决定的变更者"),
    "role.body_class": ("a body's class", "会议类别"),
    "role.institution": ("the institution a body belongs to", "会议所属的机关"),
    "role.value": ("the value of '{attribute}'", "“{attribute}”的值"),
    "role.values": ("a value of '{attribute}'", "“{attribute}”的取值"),
    "role.cosigner": ("a co-signer", "会签人"),
    "role.prior_reviewer": ("a prior reviewer", "审定人"),
    "role.signer": ("a signer", "签发人"),
    "role.granter": ("who entrusts or authorises", "委托人或授权人"),
    "role.reviewer": ("a reviewer", "审阅人"),
    "role.power_object": ("the power's object", "职权的对象"),
    "role.escalation_step": ("a step of an escalation", "报请的环节"),
    "role.asking": ("who asks for leave", "请假人"),
    "role.occasion": ("what a leave is for (a meeting or a reason of absence)", "请假所针对的（会议或缺席事由）"),
    "role.approver": ("a leave approver", "请假审批人"),
    "role.route_step": ("a step of a route", "流转的环节"),
    "role.carried": ("a document rule a route carries", "流转所针对的公文规则"),
    "role.matter_about": ("what an escalation is about", "报请所针对的事项"),
    "role.head": ("the head of a unit", "单位负责人"),
    "role.group_member": ("a group member", "统称所含职务"),
    "role.holder": ("the holder of a power", "职权的归属"),
    "role.joint_holder": ("a joint holder of a power", "共同行使职权者"),
    "role.in_charge": ("the office one of whose holders is in charge", "分管者所属职务"),
    "role.charged": ("what one is in charge of", "分管的对象"),
    "role.parent": ("the parent of a matter", "事项所属的事项"),
    "role.decider": ("who decides a matter", "事项的决定者"),
    "role.delegator": ("a delegator", "委托人"),
    "role.delegate": ("a delegate", "受托人"),
    "role.absent": ("the absent office", "缺席的职务"),
    "role.standin": ("the stand-in", "代理人"),
    "role.reason": ("what a stand-in rule applies for", "代理所适用的事由"),
    "role.chooser": ("who chooses the stand-in", "代理人的推选者"),
    "role.reporting": ("who reports", "隶属者"),
    "role.superior": ("a superior", "上级"),
    "role.mandatory": ("a mandatory step", "必经环节"),
    "role.target": ("a route's target", "流转的目标"),
    "role.mandatory_about": (
        "what a mandatory step binds (a document rule or a matter)",
        "必经环节所针对的（公文规则或事项）",
    ),
    "role.mandatory_except": (
        "what a mandatory step excepts (a document rule or a matter)",
        "必经环节除外的（公文规则或事项）",
    ),
    "role.sender": ("a sender a ban on skipping levels names", "不得越级所针对的发文者"),
    "role.barred_issuer": ("an issuer in whose name a ban forbids documents", "不得以其名义发文的发文机关"),
    "role.banned_matter": ("a matter no document may be issued about in a barred name", "不得以该名义发文的事项"),
    "role.barred": ("who is barred", "回避者"),
    "role.barred_from": ("what an office is barred from", "回避的对象"),
    "role.measure_subject": ("the subject of a measure", "指标的归属"),
    "role.assertion_target": ("the target of a '{prop}' assertion", "“{prop}”断言的对象"),
    "role.excepted": ("a rule whose documents are excepted", "除外的公文规则"),
    "role.prevailed": ("a rule another prevails over", "被优先的公文规则"),
    "role.step_doer": ("who does a step required before a decision", "决定前须经环节的承办者"),
    "role.preconditioned": ("a matter decided only after a step", "须经前置环节方可决定的事项"),
    "role.timed": ("what a time limit is on (a chain or a body)", "时限所针对的（链或会议）"),
    # ── what an absence scenario looks like ──────────────────────────────────────────────────────────────────────
    "scene.nobody": ("nobody", "无人"),
    "scene.pool": ("{office} (not {kinds})", "{office}（不含{kinds}）"),
    "scene.times": ("{who} ×{count}", "{who} ×{count}"),
    "scene.for": ("{who} (for {reasons})", "{who}（因{reasons}）"),
    "scene.other_reason": ("a reason other than {reasons}", "{reasons}以外的原因"),
    "scene.any_reason": ("any reason", "任何原因"),
    "scene.count": ("{office}: {count}", "{office}：{count} 人"),
    "scene.away": ("{who} is away", "{who}缺席"),
    "scene.away_many": ("{who} are away", "{who}缺席"),
    "scene.away_for": ("{who} is away for {reasons}", "{who}因{reasons}缺席"),
    "scene.checked": ("{away} (checked {coverage})", "{away}（已检查{coverage}）"),
    "coverage": ("every absence of up to {count} office holders", "至多 {count} 人缺席的一切情形"),
    "coverage.one": ("every absence of up to {count} office holder", "至多 {count} 人缺席的一切情形"),
    "document.is": ("{attribute} = {value}", "{attribute} = {value}"),
    "document.other": ("(any other)", "（其他任何值）"),
    "document.tags": ("tags include {tags}", "带标记{tags}"),
    "document.untagged": ("tags exclude {tags}", "不带标记{tags}"),
    "attribute.issuer": ("issuer", "发文机关"),
    "attribute.addressee": ("addressee", "主送"),
    "attribute.subject": ("subject", "事由"),
    "attribute.decided_by": ("decided_by", "决定会议"),
    "attribute.form": ("form", "文种"),
    "attribute.tag": ("tag", "标记"),
    # ── powers ───────────────────────────────────────────────────────────────────────────────────────────────────
    "power.named": ("the power '{target}'", "职权“{target}”"),
    "power.sign": ("the power to sign '{target}' documents", "签发“{target}”公文的权限"),
    "power.convene": ("the power to convene '{target}'", "召集“{target}”的权限"),
    "power.chair": ("the power to chair '{target}'", "主持“{target}”的权限"),
    "power.leave": ("the power to approve the leave of '{target}'", "批准“{target}”请假的权限"),
    "power.leave_for": (
        "the power to approve the leave of '{target}' for '{occasion}'",
        "批准“{target}”因“{occasion}”请假的权限",
    ),
    "power.cosign": ("the power to co-sign '{target}' documents", "会签“{target}”公文的权限"),
    "power.review": ("the power to review '{target}' documents before they are signed", "审定“{target}”公文的权限"),
    "power.every": ("every power", "全部职权"),
    "power.scope_sign": ("sign {target}", "签发 {target}"),
    "power.scope_convene": ("convene {target}", "召集 {target}"),
    "power.scope_chair": ("chair {target}", "主持 {target}"),
    "power.scope_leave": ("approve_leave {target}", "批假 {target}"),
    "signer.entrusted": ("{office} entrusted by {by}", "{office} 受 {by} 委托"),
    "signer.authorised": ("{office} authorised by {by}", "{office} 受 {by} 授权"),
    "signer.reviewed": ("{signer} reviewed by {reviewers}", "{signer} 经 {reviewers} 审阅"),
    "signer.none": ("(none)", "（无）"),
    "signer.cosigners": ("{signers}; cosigners {offices}", "{signers}；会签 {offices}"),
    "signer.prior_review": ("{signers}; prior review {offices}", "{signers}；审定 {offices}"),
    "signer.prior_review_optional": (
        "{signers}; prior review {offices} when necessary",
        "{signers}；必要时审定 {offices}",
    ),
    "signer.rule": ("{rule} ({articles}): {signers}", "{rule}（{articles}）：{signers}"),
    "signer.no_article": ("no article", "未引条文"),
    # ── what a proof is about ────────────────────────────────────────────────────────────────────────────────────
    "proof.sign": ("someone may sign '{rule}' documents in {coverage}", "在{coverage}中，都有人可以签发“{rule}”公文"),
    "proof.holds": ("someone holds {power} in {coverage}", "在{coverage}中，都有人拥有{power}"),
    "proof.chooser": (
        "someone holds {power} while '{absent}' is away, before its stand-in is chosen",
        "“{absent}”缺席、代理人尚未推选时，仍有人拥有{power}",
    ),
    "proof.holds_while": ("someone holds {power} while '{office}' is away", "“{office}”缺席时，仍有人拥有{power}"),
    "proof.joint_part": (
        "someone acts for '{office}' in {power}, held jointly, while '{office}' is away",
        "“{office}”缺席时，仍有人代其共同行使{power}",
    ),
    "proof.quorate": (
        "'{body}' is quorate in {coverage} among its members",
        "在成员{coverage}中，“{body}”都达到法定人数",
    ),
    "proof.quorate_always": ("'{body}' is quorate whatever the absences", "无论谁缺席，“{body}”都达到法定人数"),
    "proof.passable": (
        "whenever '{body}' is quorate, the members present can pass a decision ({vote})",
        "只要“{body}”达到法定人数，出席成员就能通过决定（{vote}）",
    ),
    "proof.passable_dissent": (
        "whenever '{body}' is quorate, the members present can pass a decision against one vote ({vote})",
        "只要“{body}”达到法定人数，即使一人反对，出席成员仍能通过决定（{vote}）",
    ),
    "proof.leader": (
        "whenever '{body}' is quorate someone may {role} it, in {coverage}",
        "在{coverage}中，只要“{body}”达到法定人数，就有人可以{role}",
    ),
    "proof.party": (
        "'{office}' can {role} '{rule}' documents in {coverage}",
        "在{coverage}中，“{office}”都能{role}“{rule}”公文",
    ),
    "proof.party_when": (
        "'{office}' can {role} the '{rule}' documents needing it, in {coverage}",
        "在{coverage}中，“{office}”都能{role}需要其{role}的“{rule}”公文",
    ),
    "proof.overlap": ("no document falls under both '{first}' and '{second}'", "没有公文同时适用“{first}”和“{second}”"),
    "proof.pinned": (
        "every '{rule}' document is issued in the name of {issuers}",
        "“{rule}”公文都以{issuers}名义发出",
    ),
    "proof.not_issued": (
        "no '{rule}' document is issued in the name of {issuers} about {matters}",
        "没有以{issuers}名义就{matters}发出的“{rule}”公文",
    ),
    "proof.routing": (
        "what the rules say of deciding '{matter}' can all hold at once",
        "关于“{matter}”由谁决定的各条规定可以同时成立",
    ),
    "role.convene": ("convene", "召集"),
    "role.chair_body": ("chair", "主持"),
    "role.cosign": ("co-sign", "会签"),
    "party.in_charge": ("{office} in charge", "分管{office}"),
    "role.review": ("review", "审定"),
    "entrustment": (
        "the entrustment of {articles} ({giver} to {receiver})",
        "{articles}的委托（{giver}委托{receiver}）",
    ),
    "entrustment.uncited": (
        "an entrustment ({giver} to {receiver}) that no article cites",
        "未引条文的委托（{giver}委托{receiver}）",
    ),
    "entrustment.valid": (
        "{entrustments} stays valid while {givers} is away",
        "{givers}缺席期间{entrustments}仍然有效",
    ),
    "entrustment.valid_many": (
        "{entrustments} stay valid while {givers} is away",
        "{givers}缺席期间{entrustments}仍然有效",
    ),
    "hinge.case_by_case": ("nobody may act in this situation", "此情形下无人可以行使"),
    "hinge.standing": ("{actors} may act in this situation", "此情形下{actors}可以行使"),
    # ── the checks ───────────────────────────────────────────────────────────────────────────────────────────────
    "GS201": (
        "body '{body}' has no quorum rule: the text does not say how many must attend",
        "会议“{body}”没有法定人数规定：原文未说明须多少人出席",
    ),
    "GS202.alone": (
        "office '{office}' reports to no one and heads no unit",
        "职务“{office}”没有上级，也不负责任何单位",
    ),
    "GS202.unit": (
        "office '{office}' reports to no one, nor does '{units}', the unit it heads",
        "职务“{office}”没有上级，其负责的单位“{units}”也没有",
    ),
    "GS202.units": (
        "office '{office}' reports to no one, nor do {units}, the units it heads",
        "职务“{office}”没有上级，其负责的单位{units}也没有",
    ),
    "GS203": ("document rule '{rule}' names no signer", "公文规则“{rule}”没有签发人"),
    "GS204": ("body '{body}' names {missing}", "会议“{body}”没有规定{missing}"),
    "GS204.no": ("no {clause}", "{clause}"),
    "GS206": (
        "body '{body}' has no meeting frequency: the text does not say how often it meets, nor that it meets as needed",
        "会议“{body}”没有会期规定：原文未说明多久召开一次，也未说明根据需要召开",
    ),
    "GS205": (
        "power '{power}' is given to nobody: the text does not say who holds it",
        "职权“{power}”没有归属：原文未说明由谁行使",
    ),
    "GS207.frequency": (
        "'{body}' meets at a stated frequency only as a soft rule ({hedge}): the text allows exceptions",
        "“{body}”的会期只是{hedge}的规定：原文允许例外",
    ),
    "soft.rule": ("a soft rule ({hedge}): the text allows exceptions to it", "{hedge}的规定：原文允许例外"),
    "hedge.usually": ("usually", "“一般”"),
    "hedge.in principle": ("in principle", "“原则上”"),
    "hedge.as needed": ("as needed", "“根据需要”"),
    "hedge.if needed": ("if needed", "“如有需要”"),
    "frequency": ("every {count} {period}s", "每 {count} {period}"),
    "frequency.one": ("every {period}", "每{period}"),
    "period.day": ("day", "日"),
    "period.week": ("week", "周"),
    "period.month": ("month", "月"),
    "period.year": ("year", "年"),
    "GS301": (
        "'{body}' can never be quorate: its members due cannot reach {threshold}",
        "“{body}”永远达不到法定人数：应到成员无法达到{threshold}",
    ),
    "GS302.margin": (
        "'{body}' is sure to be quorate ({threshold}) with up to {margin} members absent; {short} absent can leave it "
        "short",
        "“{body}”至多 {margin} 名成员缺席时必定达到法定人数（{threshold}）；{short} 人缺席时可能不足",
    ),
    "GS302.margin.one": (
        "'{body}' is sure to be quorate ({threshold}) with up to {margin} member absent; {short} absent can leave it "
        "short",
        "“{body}”至多 {margin} 名成员缺席时必定达到法定人数（{threshold}）；{short} 人缺席时可能不足",
    ),
    "GS302.full": (
        "'{body}' is sure to be quorate ({threshold}) only in full; {short} absent can leave it short",
        "“{body}”只有全员出席才必定达到法定人数（{threshold}）；{short} 人缺席时可能不足",
    ),
    "GS302.always": ("'{body}' is quorate whatever the absences", "无论谁缺席，“{body}”都达到法定人数"),
    "threshold": ("{op} {fraction} of them", "{op}应到人数的 {fraction}"),
    "op.>": (">", "超过"),
    "op.>=": (">=", "不少于"),
    "GS304": (
        "'{body}' can be quorate and still unable to pass anything: even if every member present votes yes, the votes "
        "fall short of {vote}",
        "“{body}”可能达到法定人数却无法通过任何决定：即使出席成员全部赞成，也达不到{vote}",
    ),
    "GS305": (
        "'{body}' decides only unanimously at its smallest quorate attendance: one vote against defeats any "
        "decision ({vote})",
        "“{body}”在刚达到法定人数时只能全票通过决定：一票反对即无法达到{vote}",
    ),
    "vote.members": ("{op} {fraction} of all members", "{op}全体组成人员的 {fraction}"),
    "vote.present": ("{op} {fraction} of those present", "{op}出席人员的 {fraction}"),
    "attendance": ("{present} of {due} members present", "应到 {due} 人，出席 {present} 人"),
    "GS303": (
        "'{body}' can be quorate while nobody who may {role} it is at work: {away}",
        "“{body}”可能达到法定人数却无人可以{role}：{away}",
    ),
    "GS311": ("nobody may sign '{rule}' documents while {away}", "{away}时，无人可以签发“{rule}”公文"),
    "GS312": (
        "document rules '{first}' and '{second}' both apply to one document but name different signers",
        "公文规则“{first}”和“{second}”同时适用于一份公文，但签发人不同",
    ),
    "GS312.group": (
        "document rules {rules} meet on documents they name different signers for, and nothing says which applies",
        "公文规则{rules}会适用于同一份公文，签发人却不同，而没有规定哪条优先",
    ),
    "GS312.pair": ("{first} and {second}: {document}", "{first}与{second}：{document}"),
    "GS314": (
        "document rules '{first}' and '{second}' both apply to one document but require different review or co-signing",
        "公文规则“{first}”和“{second}”同时适用于一份公文，但审阅、会签或审定的要求不同",
    ),
    "GS313": (
        "'{rule}' documents{such} need '{office}' to {role} them, and nobody may do so while {away}",
        "{away}时，需要“{office}”{role}的“{rule}”公文{such}无人可以{role}",
    ),
    "GS313.such": (" with {document}", "（{document}）"),
    "GS321": (
        "'{giver}' passes on {power} to '{receiver}' but never holds it",
        "“{giver}”把{power}交给“{receiver}”，自己却从未拥有",
    ),
    "GS322": (
        "'{giver}' passes {power} on to '{receiver}', but received it by a delegation that may not be passed on",
        "“{giver}”把{power}再交给“{receiver}”，但其所受的委托不得转委托",
    ),
    "GS323": ("delegations of {power} run in a circle: {cycle}", "{power}的委托形成循环：{cycle}"),
    "GS324": ("while '{office}' is away, nobody holds {power}", "“{office}”缺席时，无人拥有{power}"),
    "GS325": (
        "'{power}' is exercised only by {holders} together, and while '{office}' is away nobody may act for it",
        "职权“{power}”须由{holders}共同行使，“{office}”缺席时无人代其行使",
    ),
    "GS324.standin": ("{standin} for {scope}", "{standin}代理{scope}"),
    "GS324.no_standin": ("none named", "未规定"),
    "GS326": (
        "while '{absent}' is away, its stand-in is chosen by '{body}', but until it is chosen nobody holds {powers}",
        "“{absent}”缺席时，由“{body}”推选代理人，但在推选之前无人拥有{powers}",
    ),
    "GS331": (
        "'{matter}' must be decided by {deciders}, but no body among them decides it",
        "“{matter}”必须由{deciders}决定，但其中没有会议议定该事项",
    ),
    "GS331.discussed": (
        "'{matter}' must be decided by {deciders}, but none decides it: {bodies} discusses but does not decide it",
        "“{matter}”必须由{deciders}决定，但均不议定该事项：{bodies}只讨论、不议定",
    ),
    "GS331.body": ("{decider}: decides {matters}", "{decider}：议定{matters}"),
    "GS331.body_discusses": (
        "{decider}: discusses {discussed}, decides {matters}",
        "{decider}：讨论{discussed}，议定{matters}",
    ),
    "GS331.institution_alone": (
        "{decider}: an institution with no body of its own, so nothing says it decides collectively",
        "{decider}：本身没有会议的机关，原文未规定其集体决定",
    ),
    "GS331.nothing": ("nothing stated", "未规定"),
    "GS331.institution": ("{decider}: an institution deciding through {bodies}", "{decider}：通过{bodies}决定的机关"),
    "GS331.group": ("{decider}: a group of offices ({offices}), not a body", "{decider}：统称（{offices}），不是会议"),
    "GS331.office": ("{decider}: an office, not a body", "{decider}：职务，不是会议"),
    "GS333": (
        "{bodies} discusses '{matter}', but nobody may decide it: the rules name no one who decides it",
        "{bodies}讨论“{matter}”，但无人可以决定该事项：规则未规定由谁决定",
    ),
    "GS334": (
        "a decision on '{matter}' may be changed only by '{changer}', which the rules do not let decide it: {rules}",
        "“{matter}”的决定变更须经“{changer}”，但规则不允许“{changer}”决定该事项：{rules}",
    ),
    "GS334.rule": ("{mode} {deciders}", "{mode}{deciders}"),
    "GS334.statement": ("{where}: {mode} {deciders}", "{where}：{mode}{deciders}"),
    "GS332": ("the rules on deciding '{matter}' contradict each other", "关于“{matter}”由谁决定的规定互相矛盾"),
    "GS341": (
        "'{who}' is barred from '{body}' but sits on it as '{sitting}'",
        "“{who}”应回避“{body}”，却以“{sitting}”的身份成为其成员",
    ),
    "GS350": ("assertion proved for {coverage} ({count} instances)", "断言在{coverage}中成立（{count} 项）"),
    "GS350.one": ("assertion proved for {coverage} ({count} instance)", "断言在{coverage}中成立（{count} 项）"),
    "GS351": ("assertion refuted for {instance}: it fails while {away}", "断言对{instance}不成立：{away}时失效"),
    "GS351.unless": (
        "assertion refuted for {instance} unless {entrustment}: it fails while {away}",
        "除非{entrustment}，断言对{instance}不成立：{away}时失效",
    ),
    "GS351.quorum": ("the quorum of '{body}'", "“{body}”的法定人数"),
    "GS360": ("{statement} only if {entrustment}", "只有{entrustment}，才能保证{statement}"),
    "GS399": ("could not decide whether {statement}: {reason}", "无法判定是否{statement}：{reason}"),
    "GS399.bound": (
        "cannot decide an assertion for absences {op} {depth}: govspec proves properties for every absence up to a "
        "bound (`while absent <= k`)",
        "无法判定缺席人数{op} {depth}的断言：govspec 只证明缺席人数不超过某一上限的性质（`缺席 不超过 k`）",
    ),
    "GS401": ("{what} run in a circle: {cycle}", "{what}形成循环：{cycle}"),
    "GS401.reporting": ("reporting lines", "隶属关系"),
    "GS401.leave": ("leave approvals", "请假审批"),
    "GS401.escalations": ("escalations", "报请"),
    "GS401.escalations_about": ("escalations about '{matter}'", "关于“{matter}”的报请"),
    "GS402": (
        "the reporting line from '{start}' ends at '{end}', which is neither the head nor a declared external "
        "authority",
        "从“{start}”起的隶属关系止于“{end}”，它既不是首长，也不是已声明的外部机关",
    ),
    "GS403.ends": (
        "escalation {names} ends at '{end}', who cannot decide '{matter}'",
        "报请{names}止于“{end}”，其无权决定“{matter}”",
    ),
    "GS403.end": (
        "escalations {names} end at '{end}', who cannot decide '{matter}'",
        "报请{names}止于“{end}”，其无权决定“{matter}”",
    ),
    "GS403.ends_top": (
        "escalation {names} naming no matter ends at '{end}', which is neither the head nor a declared external "
        "authority",
        "未指明事项的报请{names}止于“{end}”，它既不是首长，也不是已声明的外部机关",
    ),
    "GS403.end_top": (
        "escalations {names} naming no matter end at '{end}', which is neither the head nor a declared external "
        "authority",
        "未指明事项的报请{names}止于“{end}”，它既不是首长，也不是已声明的外部机关",
    ),
    "GS403.loop": (
        "{what} go round through {names} and never reach {who}",
        "{what}在{names}之间循环，始终到达不了{who}",
    ),
    "GS403.loop_top": ("the head or a declared external authority", "首长或已声明的外部机关"),
    "GS403.loop_decider": ("anyone who may decide '{matter}'", "有权决定“{matter}”的人"),
    "GS403.no_matter": ("escalations naming no matter", "未指明事项的报请"),
    "GS404.work": (
        "no rule says who approves the absence of '{office}' from work",
        "没有规定由谁批准“{office}”请假（离岗）",
    ),
    "GS404.work_for": (
        "no rule says who approves the absence of '{office}' from work for {reasons}",
        "没有规定由谁批准“{office}”因{reasons}请假（离岗）",
    ),
    "GS404.meetings": (
        "no rule says who approves the absence of {offices} from the meetings of '{body}'",
        "没有规定由谁批准{offices}不出席“{body}”的请假",
    ),
    "GS404.occasion_work": ("absence from work", "离岗"),
    "GS404.occasion_work_for": ("absence from work for {reasons}", "因{reasons}离岗"),
    "GS404.occasion_meetings": ("the meetings of '{body}'", "“{body}”的会议"),
    "GS405": (
        "route '{route}' reaches '{target}' without passing '{via}' first",
        "流转“{route}”未经“{via}”即到达“{target}”",
    ),
    "GS411": (
        "an escalation of '{matter}' reaches '{target}' without passing '{via}' first",
        "关于“{matter}”的报请未经“{via}”即到达“{target}”",
    ),
    "GS412": (
        "route '{route}' sends from '{sender}' straight to '{recipient}', over the head of {superiors}, to whom "
        "'{sender}' answers: no document may skip a level",
        "流转“{route}”由“{sender}”直接送“{recipient}”，越过了其直接上级{superiors}：不得越级行文",
    ),
    "GS406": (
        "route '{route}' must have a single primary recipient, but step {step} sends it to {recipients}",
        "流转“{route}”只能有一个主送机关，但第 {step} 步同时送{recipients}",
    ),
    "GS208": (
        "the {chain} goes to the '{office}' in charge (step {step}), but no statement says which '{office}' is in "
        "charge of {subject}",
        "{chain}第 {step} 步报分管的“{office}”，但没有规定由哪位“{office}”分管{subject}",
    ),
    "GS208.document": (
        "'{rule}' documents need the '{office}' in charge to co-sign them, but no statement says which '{office}' is "
        "in charge of {subject}",
        "“{rule}”公文需分管的“{office}”会签，但没有规定由哪位“{office}”分管{subject}",
    ),
    "GS208.nothing": ("what it is about (the chain names no subject)", "所涉事项（该链未写明主体或事项）"),
    "GS208.unnamed": (
        "what they are about (the rule names no subject)",
        "所涉事项（该规则未写明事由）",
    ),
    "GS208.charge": ("one '{office}' is in charge of {fields}", "由一位“{office}”分管{fields}"),
    "GS208.none": ("none stated", "未规定"),
    "GS407": (
        "the {chain} goes on to someone the text does not name (step {step})",
        "{chain}在第 {step} 步交给了原文未写明的人",
    ),
    "GS407.leave": ("leave approval of '{name}'", "“{name}”的请假审批"),
    "GS407.escalation": ("escalation '{name}'", "报请“{name}”"),
    "GS407.route": ("route '{name}'", "流转“{name}”"),
    "GS408": (
        "no route carries the documents of '{rule}': the text does not say how they reach their signer",
        "没有流转针对“{rule}”公文：原文未说明这些公文如何送到签发人",
    ),
    "GS409.every": (
        "'{absent}' never holds any power, so standing in for it passes nothing to '{standin}'",
        "“{absent}”没有任何职权，代理它不会交给“{standin}”任何权限",
    ),
    "GS409.power": (
        "'{absent}' never holds {power}, so standing in for it passes nothing to '{standin}'",
        "“{absent}”从未拥有{power}，代理它不会交给“{standin}”这一权限",
    ),
    "GS409.none": ("none", "无"),
    "GS410": (
        "route '{route}' carries '{rule}' documents to {ends}, where nobody may sign them (signers: {signers})",
        "流转“{route}”把“{rule}”公文送到{ends}，但那里无人可以签发（签发人：{signers}）",
    ),
    "GS416": (
        "document rule '{rule}' ({rule_articles}) provides for documents about {matters} issued in the name of "
        "{issuers}, which the ban ({ban_articles}) forbids",
        "公文规则“{rule}”（{rule_articles}）规定了以{issuers}名义就{matters}所发的公文，但{ban_articles}不得以其名义发文",
    ),
    "GS416.ban": ("no issuing as {issuers} about {matters}", "不得以{issuers}名义就{matters}发文"),
    "GS416.help": (
        "let {matters} be issued in another name, or limit '{rule}' to issuers the ban leaves free",
        "{matters}改由其他发文机关发文，或把“{rule}”的适用条件限于未被禁止的发文机关",
    ),
    "GS413.decide": (
        "{chain} brings '{matter}' to '{target}', who decides it, without passing {doers} first: the text requires "
        "{steps} before it is decided",
        "{chain}未经{doers}即把“{matter}”送到有权决定的“{target}”：原文规定须经{steps}方可决定",
    ),
    "GS413.submit": (
        "{chain} puts '{matter}' to '{target}' without passing {doers} first: the text requires {steps} before it "
        "is put to a meeting",
        "{chain}未经{doers}即把“{matter}”提交“{target}”：原文规定须经{steps}方可提交会议",
    ),
    "GS413.help": (
        "pass {doers} before '{target}' in {chain}, or correct who does {steps}",
        "在{chain}中于“{target}”之前经过{doers}，或改正{steps}的承办者",
    ),
    "GS414.doer": (
        "the text does not say who does {steps}, required first for {matters}: no escalation or route can be "
        "checked against it",
        "原文未写明由谁进行{steps}（{matters}须先经过）：无法据此检查报请和流转",
    ),
    "GS414.doer.help": (
        "where the text names who does {steps}, say so with `by` (`precondition STEP by WHO …`)",
        "原文写明{steps}的承办者时，用“由”补上（`须经 环节 由 承办者 …`）",
    ),
    "GS414.doer_decide": (
        "the text does not say who does {steps}, required first for {matters}, nor who decides {undecided}: no "
        "escalation or route can be checked against it",
        "原文未写明由谁进行{steps}（{matters}须先经过），规则也未规定由谁决定{undecided}：无法据此检查报请和流转",
    ),
    "GS414.doer_decide.help": (
        "where the text names them, say who does {steps} with `by`, and who decides {undecided}: `must`, `may`, or a "
        "body that `decides` it",
        "原文写明的，用“由”补上{steps}的承办者，并写明由谁决定{undecided}：必须由、可由，或会议的议定",
    ),
    "GS414.doer_submit": (
        "the text does not say who does {steps}, required first for {matters}, and no meeting decides or discusses "
        "{undecided}: no escalation or route can be checked against it",
        "原文未写明由谁进行{steps}（{matters}须先经过），也没有会议议定或讨论{undecided}：无法据此检查报请和流转",
    ),
    "GS414.doer_submit.help": (
        "where the text names them, say who does {steps} with `by`, and which meeting decides or discusses {undecided}",
        "原文写明的，用“由”补上{steps}的承办者，并写明哪个会议议定或讨论{undecided}",
    ),
    "GS414.decide": (
        "the rules do not say who decides '{matter}', so there is no decision for {steps} to come before",
        "规则未规定由谁决定“{matter}”，决定前须经的{steps}无从检查",
    ),
    "GS414.submit": (
        "no meeting decides or discusses '{matter}', so there is no meeting for {steps} to come before",
        "没有会议议定或讨论“{matter}”，提交会议前须经的{steps}无从检查",
    ),
    "GS414.submit.help": (
        "say which meeting decides or discusses '{matter}', as the text does: a body that `decides` or `discusses` it",
        "按原文写明哪个会议议定或讨论“{matter}”：会议的议定或讨论",
    ),
    "GS414.help": (
        "say who decides '{matter}': `must`, `may`, or a body that `decides` it",
        "写明由谁决定“{matter}”：必须由、可由，或会议的议定",
    ),
    "GS415": (
        "the time limits on '{name}' cannot both be met: {first}, and {second}",
        "“{name}”的两个时限不能同时满足：{first}，又{second}",
    ),
    "GS415.help": (
        "correct the limit that misreads the text; where the text itself says both, it contradicts itself",
        "改正误读原文的一项；若原文两处都这样写，是原文自相矛盾",
    ),
    "GS209": (
        "the text sets no measurable time for '{name}': it is to be done promptly, and nothing says when that is late",
        "原文未给“{name}”规定可计量的时限：只写“及时”，没有说明何时算迟",
    ),
    "GS209.help": (
        "nothing to change while the text gives no time; where it gives one, write it: `deadline {name} at least 3 "
        "days before`",
        "原文未给时间时无需修改；给出时间时写明：`时限 {name} 至少提前 3 天`",
    ),
    "limit.promptly": ("promptly", "及时"),
    "limit.moments": ("{moments}", "{moments}"),
    "limit.at_least": ("at least {span} before", "至少提前{span}"),
    "limit.at_most": ("at most {span} before", "至多提前{span}"),
    "moment.mid-year": ("at mid-year", "年中"),
    "moment.year-end": ("at the year's end", "年末"),
    "moment.before the meeting": ("before the meeting", "会前"),
    "span.day": ("{count} days", "{count}天"),
    "span.day.one": ("{count} day", "{count}天"),
    "span.week": ("{count} weeks", "{count}周"),
    "span.week.one": ("{count} week", "{count}周"),
    "span.month": ("{count} months", "{count}个月"),
    "span.month.one": ("{count} month", "{count}个月"),
    "span.year": ("{count} years", "{count}年"),
    "span.year.one": ("{count} year", "{count}年"),
    "GS901": (
        "`allow {code}` accepts no finding: remove it or correct its code",
        "`豁免 {code}` 没有豁免任何检查结果：请删除或改正代码",
    ),
    "GS902": (
        "no statement rests on the reading '{reading}': cite it (@{reading}) or remove it",
        "没有语句采用解读“{reading}”：请在采用它的语句上引用（@{reading}），或删除该解读",
    ),
    "reading": ("{name}: {text}", "{name}：{text}"),
    "deciding": ("{where}: {matter} {mode} {deciders}", "{where}：{matter} {mode} {deciders}"),
    "mode.must": ("must", "必须由"),
    "mode.may": ("may", "可由"),
    "mode.never": ("never", "不得由"),
    # ── what to change, for each finding of reading and resolving ────────────────────────────────────────────────
    "GS102.help": (
        "keep one declaration of '{name}', or rename one of them",
        "只保留“{name}”的一处声明，或为其中之一改名",
    ),
    "GS103.help": ("name {kinds} here, or declare '{name}' as one", "此处应写{kinds}，或把“{name}”声明为相应的类别"),
    "GS103.in_charge.help": (
        "name the office that approves, '{office}' for any of its holders, or the one a stand-in rule names",
        "写明批准请假的职务：由任一“{office}”批准则写“{office}”",
    ),
    "GS105.help": (
        "add '{office}' to the members of '{body}', or correct the {role}",
        "把“{office}”列为“{body}”的成员，或改正{role}",
    ),
    "GS106.help": ("list the members of '{body}' as the text gives them", "按原文列出“{body}”的成员"),
    "GS107.help": ("correct the count of '{office}'", "改正“{office}”的人数"),
    "GS107.group.help": ("correct the count of '{group}' or of its offices", "改正“{group}”或其所含职务的人数"),
    "GS108.help": (
        "break the circle: one of them must not stand under the others",
        "打破循环：其中须有一项不从属于其他各项",
    ),
    "GS109.help": ("say it once: keep one of the two", "只写一次：保留其中一处"),
    "GS109.holder.help": (
        "name each holder once: where the text names another holder beside '{holder}', write it; where it names none, "
        "drop the repeat",
        "每个行使者只写一次：原文另有与“{holder}”共同行使的，写明该职务；没有的，删去重复的一处",
    ),
    "GS103.charge_self.help": (
        "name what '{office}' is in charge of as the text says it, not '{office}' itself",
        "按原文写明“{office}”分管的对象，不要写“{office}”自身",
    ),
    # ── what to change, for each check (said with the finding's own words) ───────────────────────────────────────
    "GS201.help": (
        "state the quorum of '{body}' as the text gives it, such as `quorum > 1/2`; where the text is silent, "
        "it needs one",
        "按原文写明“{body}”的法定人数，如 `法定人数 超过 1/2`；原文未规定的，应予补充",
    ),
    "GS202.help": (
        "say whom '{office}' reports to, or declare the authority it answers to as external",
        "写明“{office}”向谁负责、报告工作，或把它所对的上级机关声明为外部机关",
    ),
    "GS203.help": (
        "name who signs '{rule}' documents",
        "写明“{rule}”公文由谁签发",
    ),
    "GS204.help": (
        "name who convenes and who chairs '{body}', as the text gives them",
        "按原文写明“{body}”由谁召集、由谁主持",
    ),
    "GS206.help": (
        "state how often '{body}' meets as the text gives it, such as `every month` (`usually every month` for "
        "'一般'), or `meets as needed` where the text says it meets when needed; where the text is silent, it "
        "needs one",
        "按原文写明“{body}”的会期，如 `每 月`（“一般”写 `一般 每 月`）；原文写“根据需要召开”的，写 `根据需要 召开`；"
        "原文未规定的，应予补充",
    ),
    "GS205.help": (
        "say who holds the power '{power}'",
        "写明职权“{power}”由谁行使",
    ),
    "GS207.help": (
        "nothing to change if the text means exceptions; otherwise drop the hedge",
        "原文确有例外之意的，无需修改；否则去掉“一般”“原则上”等限定语",
    ),
    "GS301.help": (
        "lower the quorum of '{body}' or add members: as written it can never meet",
        "降低“{body}”的法定人数或增加成员：按现有规定永远达不到法定人数",
    ),
    "GS302.help": (
        "nothing to change, unless the text means '{body}' to meet with more members away",
        "如原文要求“{body}”在更多成员缺席时仍可开会，需调整法定人数；否则无需修改",
    ),
    "GS304.help": (
        "read the text again: a quorum below a threshold counted of all members lets a quorate meeting decide "
        "nothing; the text may mean a higher quorum or a threshold of those present",
        "请核对原文：法定人数低于以全体组成人员计算的表决门槛时，达到法定人数的会议可能无法作出任何决定；"
        "原文或许要求更高的法定人数，或以出席人员计算表决门槛",
    ),
    "GS305.help": (
        "nothing to change if the text means this; a quorum above the vote threshold lets a quorate meeting outvote "
        "dissent",
        "原文确有此意的，无需修改；法定人数高于表决门槛时，达到法定人数的会议才能在有人反对时作出决定",
    ),
    "GS303.help": (
        "say who convenes or chairs '{body}' while those named are away: a stand-in, or another convener or chair",
        "写明“{body}”在原定人员不在时由谁召集、主持：规定代理人，或增列召集人、主持人",
    ),
    "GS311.help": (
        "name a second signer for '{rule}' documents, or say who signs them while the signer is away",
        "为“{rule}”公文增列签发人，或写明签发人不在时由谁代为签发",
    ),
    "GS312.help": (
        "say which rule applies where they meet (`except …` or `prevails over …`), or narrow their conditions "
        "so that they do not meet",
        "写明规则重叠时适用哪一条（`除…外` 或 `优先于`），或收窄适用条件使其不再重叠",
    ),
    "GS313.help": (
        "say who acts for '{office}' on '{rule}' documents while it is away, or make the step conditional "
        "where the text does",
        "写明“{office}”不在时由谁代为办理“{rule}”公文的这一环节；原文写“必要时”的，按条件写明",
    ),
    "GS314.help": (
        "say which review or co-signing applies where '{first}' and '{second}' meet",
        "写明“{first}”和“{second}”重叠时适用哪一种审阅、会签要求",
    ),
    "GS321.help": (
        "give '{giver}' {power} first, or have the office that holds it pass it on",
        "先赋予“{giver}”{power}，或改由持有该职权的职务转交",
    ),
    "GS322.help": (
        "allow onward delegation where the text does, or have the holder delegate to '{receiver}' directly",
        "原文允许转委托的，写明可以转委托；否则由原职权人直接委托“{receiver}”",
    ),
    "GS323.help": (
        "break the circle: say who finally holds {power}",
        "打破循环：写明{power}最终由谁行使",
    ),
    "GS325.help": (
        "say who acts for '{office}' in '{power}' while it is away, as the text does, or accept that the power waits",
        "按原文写明“{office}”缺席时由谁代其行使“{power}”，或确认该职权须待其回来行使",
    ),
    "GS324.help": (
        "say who holds {power} while '{office}' is away: a stand-in or a delegation",
        "写明“{office}”不在时由谁行使{power}：规定代理或委托",
    ),
    "GS326.help": (
        "say who convenes and chairs '{body}' while '{absent}' is away, as the text does, or where it is silent, "
        "name the reading that fills the gap",
        "按原文写明“{absent}”缺席时由谁召集、主持“{body}”；原文未规定的，以具名解读写明所取的理解",
    ),
    "GS331.help": (
        "name a body among the deciders of '{matter}' that decides it, or say how else it is decided",
        "在“{matter}”的决定者中写明由哪个会议决定，或写明以其他方式决定",
    ),
    "GS331.discussed.help": (
        "where the text has {bodies} decide '{matter}' (讨论决定, 研究决定), write `decides`; where it only discusses "
        "it, name who decides it",
        "原文规定{bodies}讨论决定、研究决定“{matter}”的，写“议定”；只讨论的，写明由谁决定",
    ),
    "GS333.help": (
        "say who decides '{matter}' as the text does (`may`, `must`, or a body that `decides` it); where the text "
        "only has it discussed, it leaves the decision open",
        "按原文写明“{matter}”由谁决定（可由、必须由，或议定该事项的会议）；原文只写讨论的，决定者未规定",
    ),
    "GS334.help": (
        "name as the one who may change it someone the rules let decide '{matter}', or `its decider`, as the text "
        "does; or correct the rules that bar '{changer}'",
        "按原文写明变更须经可以决定“{matter}”的机关，或写“原决定者”；或改正限制“{changer}”的规定",
    ),
    "GS332.help": (
        "make the rules on deciding '{matter}' agree with each other",
        "统一关于“{matter}”如何决定的规定，使其不再矛盾",
    ),
    "GS341.help": (
        "take '{who}' off '{body}', or narrow the bar to what the text says",
        "把“{who}”从“{body}”的组成人员中去掉，或按原文收窄回避范围",
    ),
    "GS350.help": (
        "nothing to change",
        "无需修改",
    ),
    "GS351.help": (
        "change the rules so that the assertion holds, or correct the assertion where the text does not promise it",
        "修改规则使断言成立；原文并无此要求的，修改断言",
    ),
    "GS360.help": (
        "say whether the entrustment is standing (概括) or case by case (个别), as the text means it",
        "按原文本意写明该委托是概括委托还是个别委托",
    ),
    "GS399.help": (
        "give the solver more time (`--timeout`), or simplify the rules it concerns",
        "延长求解时间（`--timeout`），或简化相关规定",
    ),
    "GS399.assertion": ("{prop} while absent {op} {depth}", "{prop} 缺席 {op} {depth}"),
    "GS399.bound.help": (
        "bound the assertion from above: `while absent <= k`",
        "为断言设定上限，如 `缺席 <= k`",
    ),
    "GS401.help": (
        "break the circle: one step must lead to someone outside it",
        "打破循环：链中须有一步通向循环以外的人",
    ),
    "GS402.help": (
        "carry the reporting line on from '{end}' to the head, or declare '{end}' an external authority",
        "把“{end}”的报告关系写到负责人为止，或把“{end}”声明为外部机关",
    ),
    "GS403.help": (
        "end the escalation at someone who may decide, or say who decides",
        "让请示链止于有权决定者，或写明由谁决定",
    ),
    "GS404.help": (
        "say who approves this leave, as the text does",
        "按原文写明由谁批准此类请假",
    ),
    "GS405.help": (
        "route '{route}' through '{via}' before '{target}'",
        "让“{route}”先经过“{via}”再到“{target}”",
    ),
    "GS411.help": (
        "let the escalations of '{matter}' pass '{via}' before '{target}', or say that the step does not bind them",
        "让关于“{matter}”的报请先经过“{via}”再到“{target}”，或写明该必经环节不适用于此事项",
    ),
    "GS412.help": (
        "send the document from '{sender}' to {superiors} first, or say that the route may go straight to "
        "'{recipient}'",
        "让“{sender}”先把公文送{superiors}，或写明此流转可以直接送“{recipient}”",
    ),
    "GS406.help": (
        "name one primary recipient at step {step} of '{route}'",
        "在“{route}”第 {step} 步只写一个主送对象",
    ),
    "GS208.help": (
        "say who is in charge as the text does (`in charge {office} -> …`), or name the office itself",
        "按原文写明分管关系（`分管 {office} -> …`），或直接写该职务",
    ),
    "GS407.help": (
        "name the office, body or unit at step {step}",
        "写明第 {step} 步的职务、会议或单位",
    ),
    "GS408.help": (
        "say how '{rule}' documents reach their signer",
        "写明“{rule}”公文如何送达签发人",
    ),
    "GS409.help": (
        "remove the stand-in rule for '{absent}', or name what it passes on",
        "删去“{absent}”的代理规定，或写明代理哪些职权",
    ),
    "GS410.help": (
        "carry '{rule}' documents on to one of their signers, or add a signer where the route ends",
        "把“{rule}”公文送到其签发人，或在流转终点增列签发人",
    ),
    "GS901.help": (
        "remove the `allow`, or correct its code",
        "删除该豁免，或改正其代码",
    ),
    "GS902.help": (
        "cite the reading on each statement that takes it, or remove it",
        "在采用该解读的语句上引用它，或删除该解读",
    ),
    # ── causes: what to edit, said once for every finding it causes ─────────────────────────────────────────────────
    "cause.where": ("in {articles}", "在{articles}"),
    "cause.where_rule": ("in the stand-in rule", "在代理规定中"),
    "cause.stand_in": (
        "while {absent} is away, the stand-in rules hand {standins} too little",
        "{absent}不在时，代理规定交给{standins}的职权不够",
    ),
    "cause.stand_in.help": (
        "{where}, say that while {absent} is away {standins} also holds {powers}, or say who does",
        "{where}写明{absent}不在时由{standins}代为行使{powers}，或写明由谁行使",
    ),
    "cause.reason": (
        "the stand-in rules for {absent} apply only while away for {reasons}; nothing says who stands in otherwise",
        "{absent}的代理规定只适用于因{reasons}不在的情形，其他原因不在时由谁代理未作规定",
    ),
    "cause.reason.help": (
        "{where}, say who holds {powers} while {absent} is away for other reasons, or, if the text means these "
        "reasons only, close the list of reasons (`reasons … closed`)",
        "{where}写明{absent}因其他原因不在时由谁行使{powers}；"
        "如原文只指这些事由，写明事由以此为限（`缺席事由 … 为限`）",
    ),
    "cause.stand_in_unscoped": (
        "while {absent} is away, nobody co-signs or reviews in its place: its stand-in rules name their powers",
        "{absent}不在时无人代为会签、审定：其代理规定限定了代理的职权",
    ),
    "cause.stand_in_unscoped.help": (
        "{where}: a stand-in co-signs or reviews for {absent} only under a rule that names no powers; write one "
        "for {standins}, or say who else holds {powers}",
        "{where}：代理规定不限定职权时，代理人才代为{absent}会签、审定；为{standins}写明全面代理，"
        "或写明由谁行使{powers}",
    ),
    "cause.stand_in_away": (
        "while {absent} is away, the stand-in {standins} can be away too, and nothing says who acts then",
        "{absent}不在时，代理人{standins}也可能不在，此时由谁行使未作规定",
    ),
    "cause.stand_in_away.help": (
        "{where}, say who holds {powers} while {standins} is away too: a further stand-in, or another holder",
        "{where}写明{standins}也不在时由谁行使{powers}：再设代理人，或增列有权人员",
    ),
    "cause.joint_part": (
        "while {absent} is away, its stand-in {standins} holds another part of the power held together, and no one "
        "acts for both",
        "{absent}不在时，其代理人{standins}本身是共同行使该职权的一方，不能一人行使两方的职权",
    ),
    "cause.joint_part.help": (
        "{where}, say who, other than the other holders, acts for {absent} in {powers}",
        "{where}写明由共同行使者以外的人代{absent}行使{powers}",
    ),
    "cause.no_stand_in": ("nothing says who stands in for {absent}", "未规定{absent}不在时由谁代理"),
    "cause.no_stand_in.help": (
        "say who stands in for {absent} while away, and for which powers: {powers}",
        "写明{absent}不在时由谁代理，代理哪些职权：{powers}",
    ),
    "cause.in_charge": (
        "nothing says which '{office}' is in charge of what",
        "未规定哪位“{office}”分管哪些事项",
    ),
    "cause.in_charge.help": (
        "say, as the text divides the work, which '{office}' is in charge of each (`in charge {office} -> …`): "
        "{powers}",
        "按原文的分工写明各项由哪位“{office}”分管（`分管 {office} -> …`）：{powers}",
    ),
    "cause.in_charge.chain": ("what the '{chain}' chain is about", "“{chain}”所涉事项"),
    "cause.in_charge.document": ("what '{rule}' documents are about", "“{rule}”公文所涉事项"),
    "cause.entrustment": (
        "the text does not say whether it is standing or case by case: {entrustment}",
        "原文未写明是概括委托还是个别委托：{entrustment}",
    ),
    "cause.entrustment.help": (
        "say which the text means: standing (valid while {givers} is away) or case by case; it decides who holds "
        "{powers}",
        "写明原文所指：概括委托（{givers}不在时仍然有效）还是个别委托；这决定由谁行使{powers}",
    ),
    "cause.more": ("{count} more", "另 {count} 项"),
    # ── how the report names a witness's entries ─────────────────────────────────────────────────────────────────
    "witness.absent": ("absent", "缺席"),
    "witness.assertion": ("assertion", "断言"),
    "witness.ban": ("ban", "禁止性规定"),
    "witness.rule": ("rule", "规则"),
    "witness.at": ("at", "位置"),
    "witness.away": ("away", "不在"),
    "witness.unheld": ("nobody holds", "无人拥有"),
    "witness.barred": ("barred", "被排除"),
    "witness.body": ("body", "会议"),
    "witness.frequency": ("frequency", "会期"),
    "witness.soft rules": ("soft rules", "弹性规定"),
    "witness.case by case": ("case by case", "个别委托时"),
    "witness.chair": ("chair", "主持"),
    "witness.chooser": ("chosen by", "推选者"),
    "witness.citation": ("citation", "条文"),
    "witness.code": ("code", "代码"),
    "witness.conflicting statements": ("conflicting statements", "相互冲突的语句"),
    "witness.convene": ("convene", "召集"),
    "witness.cosign": ("cosign", "会签"),
    "witness.cycle": ("cycle", "循环"),
    "witness.deciders": ("deciders", "决定者"),
    "witness.document": ("document", "公文"),
    "witness.end": ("end", "终点"),
    "witness.from": ("from", "从"),
    "witness.heads": ("heads", "负责人"),
    "witness.hinge": ("hinge", "关键"),
    "witness.holders": ("holders", "任职人"),
    "witness.instance": ("instance", "情形"),
    "witness.instances": ("instances", "情形"),
    "witness.loop": ("loop", "回路"),
    "witness.mandatory": ("mandatory", "必经环节"),
    "witness.skipped": ("skipped", "越过"),
    "witness.lines": ("reporting lines", "隶属关系"),
    "witness.members": ("members", "成员"),
    "witness.attendance": ("attendance", "出席"),
    "witness.missing": ("missing", "缺少"),
    "witness.obligation": ("obligation", "证明义务"),
    "witness.occasion": ("occasion", "场合"),
    "witness.office": ("office", "职务"),
    "witness.pairs": ("pairs", "重叠的规则对"),
    "witness.path": ("path", "路径"),
    "witness.power": ("power", "职权"),
    "witness.powers held": ("powers held", "所持职权"),
    "witness.query": ("query", "查询"),
    "witness.reading": ("reading", "解读"),
    "witness.readings": ("readings", "所依解读"),
    "witness.reason": ("reason", "事由"),
    "witness.recipients": ("recipients", "接收者"),
    "witness.review": ("review", "审核"),
    "witness.rules": ("rules", "规则"),
    "witness.short": ("short", "止于"),
    "witness.signers": ("signers", "签发人"),
    "witness.stand-ins": ("stand-ins", "代理人"),
    "witness.standing": ("standing", "概括委托时"),
    "witness.step": ("step", "环节"),
    "witness.subject": ("subject", "所涉"),
    "witness.in charge": ("in charge", "分管"),
    "witness.joint holders": ("joint holders", "共同行使者"),
    "witness.doers": ("done by", "承办者"),
    "witness.steps": ("steps", "前置环节"),
    "witness.action": ("action", "事项"),
    "witness.limit": ("time limit", "时限"),
    "witness.limits": ("time limits", "时限"),
    "witness.matters": ("matters", "事项"),
    "witness.matter": ("matter", "事项"),
    "witness.survives": ("survives", "仍然成立"),
    "witness.threshold": ("threshold", "门槛"),
    "witness.to": ("to", "到"),
    "witness.verdict": ("verdict", "结论"),
    # ── diagrams ─────────────────────────────────────────────────────────────────────────────────────────────────
    "diagram.title.org": ("Offices and reporting lines: {title}", "职务与隶属关系：{title}"),
    "diagram.title.bodies": ("Meeting bodies: {title}", "会议组成：{title}"),
    "diagram.title.signing": ("Who signs which documents: {title}", "公文签发权限：{title}"),
    "diagram.title.chains": ("Escalation, leave and document chains: {title}", "报请、请假与公文流转：{title}"),
    "diagram.title.standing-in": (
        "Who holds which power while whom is away: {title}",
        "职权、代理与委托：谁不在时由谁行使何种职权：{title}",
    ),
    "diagram.external": ("external authorities", "外部机关"),
    "diagram.is_a": ("is a", "属于"),
    "diagram.head": ("head", "负责人"),
    "diagram.quorum_more": ("quorum: more than {fraction}", "法定人数：超过 {fraction}"),
    "diagram.quorum_least": ("quorum: at least {fraction}", "法定人数：不少于 {fraction}"),
    "diagram.no_quorum": ("no quorum rule", "未规定法定人数"),
    "diagram.convener": ("convener", "召集人"),
    "diagram.chair": ("chair", "主持人"),
    "diagram.attendee": ("non-voting", "列席"),
    "diagram.signs": ("signs", "签发"),
    "diagram.by_entrust": ("entrusted by {by}", "受{by}委托"),
    "diagram.by_authorise": ("authorised by {by}", "受{by}授权"),
    "diagram.reviewed": ("reviewed by {reviewers}", "经{reviewers}审阅"),
    "diagram.cosigns": ("co-signs", "会签"),
    "diagram.prior_review": ("prior review", "审定"),
    "diagram.prior_review_optional": ("prior review when necessary", "必要时审定"),
    "diagram.stands_in": ("stands in for {absent}", "代理{absent}"),
    "diagram.acting": ("while away: {powers}", "不在时代行：{powers}"),
    "diagram.when": ("when {reasons}", "适用：{reasons}"),
    "diagram.entrust": ("entrusts {power}", "委托 {power}"),
    "diagram.authorise": ("authorises {power}", "授权 {power}"),
    "diagram.holds": ("holds {powers}", "职权：{powers}"),
    "diagram.escalation": ("escalation {name}: {about}", "报请 {name}：{about}"),
    "diagram.leave": ("leave of {name}: {about}", "请假 {name}：{about}"),
    "diagram.leave_notify": ("leave of {name}, reported: {about}", "请假 {name}（报备）：{about}"),
    "diagram.route": ("route {name}", "流转 {name}"),
    "diagram.every_occasion": ("every occasion", "全部场合"),
    "diagram.unnamed": ("? (not named)", "？（原文未写）"),
    "diagram.caption": ("{code} {message} ({articles})", "{code} {message}（{articles}）"),
    "diagram.caption_bare": ("{code} {message}", "{code} {message}"),
    "diagram.more": ("and {count} more finding(s)", "另有 {count} 项检查结果"),
    "diagram.cited": ("{label} ({articles})", "{label}（{articles}）"),
    # ── the HTML report ──────────────────────────────────────────────────────────────────────────────────────────
    "html.title": ("govspec report: {title}", "govspec 检查报告：{title}"),
    "html.summary": ("Summary", "概要"),
    "html.headlines": ("{count} headline(s)", "归结为 {count} 个问题"),
    "html.holds": ("proved", "成立"),
    "html.fails": ("refuted", "不成立"),
    "html.hinges": ("holding only if open entrustments are standing", "仅在委托按概括委托理解时成立"),
    "html.unknown": ("undecided", "未能判定"),
    "html.findings": ("Findings by article", "按条文归类的问题"),
    "html.no_article": ("no article cited", "未引条文"),
    "html.diagrams": ("Diagrams", "图示"),
    "html.diagram_failing": ("{count} finding(s) drawn on it", "图中标出 {count} 项检查结果"),
    "html.diagram_holds": ("no error or warning concerns it", "未涉及错误或警告"),
    "html.caption": ("{title} — {state}", "{title}——{state}"),
    "html.no_graphviz": (
        "graphviz's dot program is not installed, so the diagrams are not drawn: install the graphviz package",
        "未安装 graphviz 的 dot 程序，无法绘图：请安装 graphviz",
    ),
    "html.beside": ("The spec beside the text", "规则文件与原文对照"),
    "html.source_from": ("Article texts from {file}", "条文原文取自 {file}"),
    "html.source_missing": (
        "The text of the rules was not found: name it with --source-text, or put it beside the spec",
        "未找到规则原文：请用 --source-text 指明，或放在规则文件旁",
    ),
    "html.text_missing": ("(the text of this article is not available)", "（无此条原文）"),
    "html.entry": ("{label}: {value}", "{label}：{value}"),
    "html.label": ("{label}:", "{label}："),
    "html.uncited": ("Articles no statement cites: {articles}", "未被任何语句引用的条文：{articles}"),
    # ── drawing and reporting (govspec diagram, govspec report) ──────────────────────────────────────────────────
    "publish.no_dot": (
        "govspec: graphviz's dot program is not installed, so the diagram is written as DOT text to {file}; install "
        "graphviz (apt-get install graphviz, brew install graphviz, or https://graphviz.org/download/) to draw it",
        "govspec：未安装 graphviz 的 dot 程序，已把图的 DOT 文本写入 {file}；安装 graphviz（apt-get install graphviz、"
        "brew install graphviz，或见 https://graphviz.org/download/）后即可绘图",
    ),
    "publish.report_no_dot": (
        "govspec: graphviz's dot program is not installed, so the report has no diagrams; install graphviz "
        "(apt-get install graphviz, brew install graphviz) to draw them",
        "govspec：未安装 graphviz 的 dot 程序，报告中没有图；安装 graphviz（apt-get install graphviz、"
        "brew install graphviz）后即可绘图",
    ),
    "publish.dot_timeout": ("dot took longer than {seconds} s", "dot 运行超过 {seconds} 秒"),
    "publish.dot_failed": (
        "govspec: graphviz could not draw the diagram: {reason}",
        "govspec：graphviz 无法绘图：{reason}",
    ),
    "publish.no_match": (
        "govspec: no finding of {file} is {wanted} (give a code such as GS311, or a finding's fingerprint)",
        "govspec：{file} 没有检查结果是 {wanted}（请给出代码如 GS311，或检查结果的指纹）",
    ),
    "publish.cannot_write": ("govspec: cannot write {file}: {reason}", "govspec：无法写入 {file}：{reason}"),
    "publish.no_source": (
        "govspec: cannot read the text of the rules {file}: {reason}",
        "govspec：无法读取规则原文 {file}：{reason}",
    ),
    # ── the report ───────────────────────────────────────────────────────────────────────────────────────────────
    "report.error": ("error", "错误"),
    "report.warning": ("warning", "警告"),
    "report.info": ("note", "提示"),
    "report.help": ("help", "建议"),
    "report.see": ("see", "另见"),
    "report.articles": ("articles", "条文"),
    "report.none": ("(none)", "（无）"),
    "report.summary": (
        "{files}: {counts}, under {headlines} headline(s)",
        "{files}：{counts}，归结为 {headlines} 个问题",
    ),
    "report.tally": ("{file}: {proofs}; {depth}", "{file}：{proofs}；{depth}"),
    "report.proofs": (
        "properties proved {holds}, refuted {fails}, holding only if open entrustments are standing {hinges}, "
        "undecided {unknown}",
        "性质成立 {holds} 项，不成立 {fails} 项，仅在委托按概括委托理解时成立 {hinges} 项，未能判定 {unknown} 项",
    ),
    "report.depth": (
        "every absence of up to {depth} office holder(s) checked",
        "已检查同时缺席至多 {depth} 人的每一种情形",
    ),
    "report.code_count": ("{code} ×{count}", "{code} ×{count}"),
    "report.carried": ("{count} finding(s): {codes}", "涉及 {count} 项检查结果：{codes}"),
    "report.folded": (
        " ({count} of them report a fact another finding already reports, and are folded into it)",
        "（其中 {count} 项与另一项结果所述事实相同，已并入）",
    ),
    "report.reading_rule": ("the spec cannot be read or resolved as written", "规则文件无法按所写内容读取或解析"),
    "junit.fails": ("refuted: {statement}", "不成立：{statement}"),
    "junit.hinges": (
        "holds only if open entrustments are standing: {statement}",
        "仅在委托按概括委托理解时成立：{statement}",
    ),
    "junit.unknown": ("undecided: {statement}", "未能判定：{statement}"),
    "report.same_fact": ("the same fact", "同一事实"),
    "report.verbose_hint": (
        "--verbose lists every finding under its headline",
        "加 --verbose 可列出每个问题下的全部检查结果",
    ),
    "report.counts": (
        "{errors} error(s), {warnings} warning(s), {infos} note(s)",
        "错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项",
    ),
}


# The keywords, as the grammar spells them in each language: a hint to declare a name uses the spec's own.
TEXTS.update({f"keyword.{terminal}": spellings for terminal, spellings in KEYWORDS.items()})
TEXTS.update({f"property.{name}": spellings for name, spellings in PROPERTIES.items()})


def missing_words() -> list[str]:
    """Catalogue entries with a language left empty, or whose two languages take different arguments."""
    import string

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    return [key for key, (en, zh) in TEXTS.items() if not en or not zh or fields(en) != fields(zh)]
