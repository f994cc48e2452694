"""Fractions written in Chinese numerals (三分之二, 十分之一, 半数) <-> whole numbers, up to 九十九 on either side."""

from __future__ import annotations

DIGITS = "一二三四五六七八九"
HALF = "半数"


def numeral_value(text: str) -> int:
    """`三` -> 3, `十` -> 10, `十五` -> 15, `二十` -> 20, `二十五` -> 25 (the grammar admits only these shapes)."""
    if "十" not in text:
        return DIGITS.index(text) + 1
    tens, _, units = text.partition("十")
    return (DIGITS.index(tens) + 1 if tens else 1) * 10 + (DIGITS.index(units) + 1 if units else 0)


def numeral(value: int) -> str:
    """The Chinese numeral of 1..99, as rule texts write it (十, 十五, 二十)."""
    tens, units = divmod(value, 10)
    if not tens:
        return DIGITS[units - 1]
    return (DIGITS[tens - 1] if tens > 1 else "") + "十" + (DIGITS[units - 1] if units else "")


def fraction_value(text: str) -> tuple[int, int]:
    """`三分之二` -> (2, 3): the denominator comes first in Chinese; `半数` (half) -> (1, 2)."""
    if text == HALF:
        return (1, 2)
    denominator, numerator = text.split("分之")
    return (numeral_value(numerator), numeral_value(denominator))


def fraction_words(numerator: int, denominator: int) -> str | None:
    """How a Chinese text writes the fraction (1/2 as 半数), or None when a numeral would pass 99."""
    if (numerator, denominator) == (1, 2):
        return HALF
    if not (0 < numerator < 100 and 0 < denominator < 100):
        return None
    return f"{numeral(denominator)}分之{numeral(numerator)}"
