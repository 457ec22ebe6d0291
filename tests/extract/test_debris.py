"""The debris cleaner: every kind of debris goes, every line of the article stays."""

from __future__ import annotations

import pytest

from storyline.extract.debris import Patterns, clean

BODY = [
    "The two governments signed an agreement on Tuesday to expand rail links across their shared border.",
    "Officials said the first trains would run next spring, carrying both freight and passengers.",
    "The deal follows two years of talks that stalled over how to share the cost of new tracks.",
]


def page(*debris_before: str, debris_after: tuple[str, ...] = (), title: str | None = "Rail deal signed") -> str:
    lines = [*debris_before, *([title] if title else []), "", *("\n".join([b, ""]) for b in BODY), *debris_after]
    return "\n".join(lines)


def kept_lines(result) -> list[str]:
    return [line for line in result.text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "debris",
    [
        ["Post Comment", "Please enter your name here", "Please enter your comment!"],
        ["Download The App:", "Read in French"],
        ["- Advertisement -", "- Advertisement -spot_img", "ADVERTISEMENT"],
        [
            "Adblock Detected",
            "We noticed you use an ad blocker. Please disable your ad blocker or whitelist our site to keep reading.",
        ],
        ["Related Articles", "You may also like", "More Articles", "Latest Articles", "Must Read"],
        ["Share this article", "Facebook", "Twitter", "WhatsApp"],
        [
            "Photo: A train waits at the border station. (Reuters / File)",
            "In this handout photograph taken on Tuesday, the ministers shake hands after signing. (Handout / AFP)",
        ],
        ["7XK29QP highres", "border-station.jpg"],
        ["Copyright 2024 Rail Times. All rights reserved.", "Privacy Policy | Terms of Use"],
        ["Source: Rail Times", "By Jane Smith"],
        ["This website uses cookies to improve your experience. By continuing you accept our cookie policy."],
    ],
)
def test_each_kind_of_debris_after_the_article_is_removed(debris):
    result = clean(page(debris_after=tuple(debris)))
    assert kept_lines(result) == BODY
    assert {line for _, line, _ in result.removed} >= set(debris)


def test_widgets_and_chrome_before_the_article_are_removed_and_the_date_banner_noted():
    result = clean(page("28.6 C", "Port Louis", "Monday, February 26, 2024", "Home  World  Business  Sport"))
    assert kept_lines(result) == BODY and result.title == "Rail deal signed"
    assert result.chrome_dates == ["Monday, February 26, 2024"]


def test_a_repeated_title_is_lifted_out_once():
    text = "\n".join(["Top Stories", "Rail deal signed", "", " Rail deal signed", "", *BODY])
    result = clean(text)
    assert result.title == "Rail deal signed" and kept_lines(result) == BODY


def test_author_bio_at_the_end_is_removed():
    bio = (
        "Jane Smith is an award-winning journalist who has covered transport and infrastructure for fifteen "
        "years. She holds a degree in economics and writes a weekly newsletter about railways."
    )
    result = clean(page(debris_after=(bio,)))
    assert kept_lines(result) == BODY and any(r == "author bio" for _, _, r in result.removed)


def test_related_link_headline_and_its_teaser_inside_the_article_are_removed():
    text = "\n\n".join(
        [
            "Rail deal signed",
            BODY[0],
            BODY[1],
            "Transport Minister Ana Ruiz unveils plan for high-speed line",
            "The minister said the line could cut journey times in half, though funding has not been agreed.",
            BODY[2],
            "Officials expect passenger numbers to double within five years of the new service opening.",
        ]
    )
    result = clean(text)
    assert "unveils plan for high-speed line" not in result.text
    assert "journey times in half" not in result.text
    assert all(line in result.text for line in BODY)


def test_bullet_summaries_and_subheadings_of_the_article_are_kept():
    bullets = ["- The agreement doubles the number of daily trains.", "- Freight fees will fall by a fifth."]
    text = "\n".join(["Rail deal signed", *bullets, "", BODY[0], "", "What happens next", "", BODY[1], "", BODY[2]])
    result = clean(text)
    kept = kept_lines(result)
    assert all(b.lstrip("- ") in kept for b in bullets) and "What happens next" in kept
    assert all(line in kept for line in BODY)


def test_an_indented_page_dump_keeps_the_article_column():
    menu = ["  * Home", "  * World", "      + Europe", "      + Asia", "  * Business"]
    body = ["            " + b for b in BODY]
    teasers = ["                + Other story: markets rally", "                + Another: storm warning"]
    result = clean("\n".join([*menu, "          Rail deal signed", *body, *teasers]))
    assert kept_lines(result) == BODY


def test_clean_text_is_left_alone():
    text = "Rebels seized the northern town on Friday after two days of fighting, residents said."
    assert clean(text).text == text and not clean(text).removed


def test_user_debris_file_extends_the_phrase_list(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("house_style:\n  max_words: 6\n  patterns:\n    - 'story continues on page \\d+'\n")
    text = "\n\n".join(["Rail deal signed", BODY[0], "Story continues on page 4", BODY[1], BODY[2]])
    assert "Story continues" in clean(text).text
    assert "Story continues" not in clean(text, Patterns.load([extra])).text


SEED_DEBRIS = {  # line numbers (0-based) of the debris in each seed; titles are lifted out as titles
    "000_16bbb880cba12395.txt": {0, 4, 25, 27},
    "001_9308d7e73d83f95c.txt": set(),
    "002_9f6bd50664dbac58.txt": {0, 24, 26, 28, 65},
    "003_cced120ae4d561d6.txt": {0, 1, 2, 4, 6, 11, 43, 45, 48, 49, 51, 53},
    "004_0dcf3dc43a196d23.txt": {0, 26, 27, 47, 49, 51, 53, 55},
}
SEED_TITLES = {
    "000_16bbb880cba12395.txt": {2},
    "001_9308d7e73d83f95c.txt": {5},
    "002_9f6bd50664dbac58.txt": {2, 4},
    "003_cced120ae4d561d6.txt": {9},
    "004_0dcf3dc43a196d23.txt": {2},
}


@pytest.mark.parametrize("name", sorted(SEED_DEBRIS))
def test_seeds_lose_every_debris_line_and_keep_every_article_line(shared, name):
    text = (shared / "corpus" / "seeds" / name).read_text("utf-8")
    result = clean(text)
    removed = {i for i, _, _ in result.removed}
    lines = text.split("\n")
    content = {i for i, line in enumerate(lines) if line.strip()}
    assert removed - SEED_TITLES[name] == SEED_DEBRIS[name]
    for i in content - SEED_DEBRIS[name] - SEED_TITLES[name]:
        assert lines[i].strip().lstrip("•- ").strip() in result.text, f"line {i} lost"
    assert result.title and lines[min(SEED_TITLES[name])].strip() == result.title
