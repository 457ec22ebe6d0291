"""Numbers written as words, shared by the stages that read counts and offsets in text."""

from __future__ import annotations

# "a thousand" and "1,000" are one value; "a" and "an" count one ("a month after")
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
    "a thousand": 1000,
    "thousand": 1000,
    "a dozen": 12,
    "dozen": 12,
}
# vague counts read as their usual size when a span of time is meant ("several days ago")
VAGUE_COUNTS: dict[str, int] = {"several": 3, "a few": 3, "few": 3, "couple": 2, "a couple of": 2}
