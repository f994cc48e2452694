"""Source text -> articles: the text of each article a spec can cite (`第六条`, `第五十六条(一)`), read from the
rules' own text file, so a report can show each statement beside the words it encodes.

Work rules number their articles `六、` at the start of a paragraph and their items `（一）`; a citation names them as
`第六条` and `第五十六条(一)`; they are read up to 九十九, the numerals the spec language reads. The text a spec
encodes is found by its document number (`文号`): a text file beside the spec, or in a `sources/` folder beside
it, whose opening carries that number.
"""

from __future__ import annotations

import re
from pathlib import Path

from govspec.syntax.numerals import numeral_value

ARTICLE = re.compile(r"^\s*([一二三四五六七八九十]+)、")
ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[）)]")
CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十]+章")
CLOSING = re.compile(r"^\s*抄送[：:]")  # the copy list that closes an official document, after its last article
CITATION = re.compile(r"^第([一二三四五六七八九十]+)条(?:[（(]([一二三四五六七八九十]+)[）)])?$")
OPENING = 4000  # characters of a text file in which its document number is looked for


def article_number(text: str) -> int | None:
    """The number a Chinese numeral writes (up to 九十九), None for characters that are no numeral."""
    try:
        return numeral_value(text)
    except ValueError:
        return None


def articles(source: str) -> dict[str, str]:
    """Each article of a rule text by its citation (`第六条`), and each item by its own (`第五十六条(一)`). The last
    article numbered one opens the rules: numbered paragraphs before it (a covering notice) are not articles."""
    found: dict[str, list[str]] = {}
    article = item = None
    for line in source.splitlines():
        if not line.strip():
            continue
        number = ARTICLE.match(line)
        if number and article_number(number.group(1)):
            if article_number(number.group(1)) == 1:
                found = {}
            article, item = f"第{number.group(1)}条", None
            found.setdefault(article, [])
        elif CLOSING.match(line):
            break
        elif CHAPTER.match(line):
            article = item = None
            continue
        elif (marked := ITEM.match(line)) and article:
            item = f"{article}({marked.group(1)})"
        if article:
            found[article].append(line.strip())
        if item:
            found.setdefault(item, []).append(line.strip())
    return {citation: "\n".join(lines) for citation, lines in found.items()}


def source_file(spec: Path, document_number: str | None) -> Path | None:
    """The text file beside a spec (or in `sources/` beside it) whose opening carries the spec's document number."""
    if not document_number:
        return None
    folders = (spec.parent, spec.parent / "sources")
    for candidate in sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt")):
        try:
            with candidate.open(encoding="utf-8") as handle:
                if document_number in handle.read(OPENING):
                    return candidate
        except (OSError, UnicodeDecodeError):
            continue
    return None
