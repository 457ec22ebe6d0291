"""Document dates: the right rung of evidence, its precision, and no page-chrome dates."""

from __future__ import annotations

from storyline.extract.dating import date_from_text, parse_given
from storyline.extract.debris import clean

BODY = "The ministers met on Thursday and agreed to resume talks. Officials said a deal could follow in weeks."


def date_of(text: str):
    return date_from_text(text, clean(text).chrome_dates)


def test_a_header_time_stamp_gives_the_day():
    g = date_of(f"BENGHAZI, Libya | Mon Apr 11, 2011 10:29 pm IST\n\n{BODY}")
    assert (g.value, g.precision, g.origin) == ("2011-04-11", "day", "header")


def test_british_and_two_digit_year_stamps():
    assert date_of(f"Wednesday 27 April 2005 01.50 BST\n\n{BODY}").value == "2005-04-27"
    assert date_of(f"13 February 12 09:54 GMT\n\n{BODY}").value == "2012-02-13"


def test_a_date_line_under_the_headline_is_the_articles_date():
    g = date_of(f"Talks resume\n\nNovember 5, 2024\n\n{BODY}")
    assert (g.value, g.precision) == ("2024-11-05", "day")


def test_a_site_date_banner_beside_a_weather_widget_is_not_the_articles_date():
    text = f"28.6 C\nPort Louis\nMonday, February 26, 2024\n\nDownload The App:\n\nTalks resume\n\n{BODY}"
    assert clean(text).chrome_dates == ["Monday, February 26, 2024"]
    g = date_of(text)
    assert g.precision == "unknown" and g.value is None


def test_last_updated_stamp_bounds_the_date_so_only_its_month_is_trusted():
    g = date_of(f"6 January 2011 Last updated at 04:46 GMT\n\n{BODY}")
    assert (g.value, g.precision) == ("2011-01-01", "month")


def test_a_photo_caption_date_is_not_a_header():
    g = date_of(f"Protesters in a still image taken from a video posted on September 3, 2011. Credit: Wire\n\n{BODY}")
    assert g.precision != "day"


def test_a_caption_credit_set_off_by_a_separator_does_not_hide_the_time_stamp():
    g = date_of(f"Ministers at the summit. Credit: Wire TV  LONDON | Mon Mar 21, 2011 10:54 pm GMT LONDON - {BODY}")
    assert (g.value, g.precision, g.origin) == ("2011-03-21", "day", "header")


def test_a_footer_on_a_short_page_gives_the_day():
    g = date_of("A timeline of the repair attempts SOURCE: coast guard | The Daily Post - May 30, 2010")
    assert (g.value, g.origin) == ("2010-05-30", "footer")


def test_a_print_footer_gives_the_day():
    long_body = "\n\n".join([BODY] * 8)
    g = date_of(
        f"{long_body}\n\nThis article appeared on p8 of the Review section on 15.16 BST on Monday 19 September 2005"
    )
    assert (g.value, g.origin) == ("2005-09-19", "footer")


def test_a_wire_dateline_takes_its_year_from_the_text():
    g = date_of("WASHINGTON, April 30 (Reuters) - Officials said the outbreak that began in March 2009 was easing.")
    assert (g.value, g.precision, g.origin) == ("2009-04-30", "day", "dateline")


def test_content_dates_give_a_year_never_a_day():
    g = date_of("The committee, set up on 12 March 2010, said the spill of 20 April 2010 could have been avoided.")
    assert g.precision in ("year", "month") and g.value.startswith("2010") and g.origin == "content"


def test_no_evidence_is_unknown():
    g = date_of(BODY)
    assert (g.value, g.precision, g.origin) == (None, "unknown", "none")


def test_container_dates_keep_their_precision():
    assert parse_given("2023-10-19T08:00:00Z").precision == "day"
    assert (parse_given("2023-10").value, parse_given("2023-10").precision) == ("2023-10-01", "month")
    assert parse_given("2023").precision == "year"
    assert parse_given("Thu, 19 Oct 2023 08:00:00 GMT").value == "2023-10-19"
    assert parse_given("October 2023").precision == "month"
    assert parse_given("not a date") is None
