"""Properties and findings -> JUnit XML, the test report CI dashboards show: per spec, one test case per property
(a failure where it is refuted, an error where it is undecided) and one per check (a failure where it reports an
error)."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from xml.etree import ElementTree

from govspec.catalogue import say, text, words
from govspec.checks import CHECKS
from govspec.diagnostics import Finding, Property, Severity, Tally

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _property_case(suite: ElementTree.Element, prop: Property, lang: str) -> None:
    case = ElementTree.SubElement(suite, "testcase", classname=prop.code, name=prop.name)
    statement = text(prop.statement, lang)
    place = f"{prop.span.file}:{prop.span.line}"
    if prop.verdict in ("fails", "hinges"):
        failure = ElementTree.SubElement(
            case, "failure", type=prop.code, message=text(say(f"junit.{prop.verdict}", statement=statement), lang)
        )
        failure.text = f"{place}\n{json.dumps(words(prop.witness, lang), ensure_ascii=False, indent=2)}"
    elif prop.verdict == "unknown":
        ElementTree.SubElement(
            case, "error", type=prop.code, message=text(say("junit.unknown", statement=statement), lang)
        )


def _check_case(suite: ElementTree.Element, code: str, findings: list[Finding], lang: str) -> None:
    case = ElementTree.SubElement(suite, "testcase", classname="checks", name=f"{code} {CHECKS[code].name}")
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        failure = ElementTree.SubElement(case, "failure", type=code, message=text(errors[0].text, lang))
        failure.text = "\n".join(
            f"{f.locations[0].file}:{f.locations[0].line}: {text(f.text, lang)}" if f.locations else text(f.text, lang)
            for f in errors
        )
    others = [f for f in findings if f.severity is not Severity.ERROR]
    if others:
        ElementTree.SubElement(case, "system-out").text = "\n".join(text(f.text, lang) for f in others)


def render_junit(
    findings: Iterable[Finding],
    files: Iterable[str],
    tallies: dict[str, Tally],
    lang: str = "en",
    codes: Collection[str] = (),
) -> str:
    """The report of the specs in `files`; `codes`, when given, are the only checks it speaks of."""
    findings = list(findings)
    root = ElementTree.Element("testsuites", name="govspec")
    for file in sorted({*files, *tallies}):
        suite = ElementTree.SubElement(root, "testsuite", name=file)
        tally = tallies.get(file, Tally())
        for prop in tally.properties:
            if not codes or prop.code in codes:
                _property_case(suite, prop, lang)
        mine = [f for f in findings if f.locations and f.locations[0].file == file]
        unread = [f for f in mine if f.code not in CHECKS]
        # A spec that could not be read or resolved was never checked: no check passed on it.
        for code in [] if unread else sorted(set(codes) & set(CHECKS) if codes else CHECKS):
            _check_case(suite, code, [f for f in mine if f.code == code], lang)
        if unread:
            case = ElementTree.SubElement(suite, "testcase", classname="reading", name=file)
            failure = ElementTree.SubElement(case, "failure", type=unread[0].code, message=text(unread[0].text, lang))
            failure.text = "\n".join(f"{f.locations[0].line}: {f.code} {text(f.text, lang)}" for f in unread)
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
        suite.set("errors", str(sum(c.find("error") is not None for c in cases)))
    ElementTree.indent(root)
    xml = ElementTree.tostring(root, encoding="unicode")
    # XML 1.0 has no way to write most control characters, even escaped; a spec may hold one anywhere.
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + NOT_XML.sub("\ufffd", xml) + "\n"
