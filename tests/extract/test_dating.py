"""Document dates: the right rung of evidence, its precision, and no page-chrome dates."""

from __future__ import annotations

from storyline.extract.dating import date_from_text, parse_given
from storyline.extract.debris import clean
from storyline.text.dates import clock_stamps

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


def test_a_wire_dateline_takes_its_year_from_a_full_date_of_the_same_news():
    g = date_of("WASHINGTON, April 30 (Reuters) - The talks that opened on April 27, 2009 ended without a deal.")
    assert (g.value, g.precision, g.origin) == ("2009-04-30", "day", "dateline")


def test_a_wire_dateline_with_only_a_distant_date_waits_for_its_year():
    g = date_of("PARIS, June 3 (Reuters) - The museum, opened on 14 May 1961 and enlarged on 2 March 1990, will close.")
    assert (g.value, g.precision) == (None, "unknown")
    assert "dateline 06-03 without a year" in g.evidence


def test_a_last_updated_line_under_the_headline_dates_the_page():
    g = date_of(f"Harbour strike ends\n\nLast updated: Tuesday, 8 March 2005, 14:12 GMT\n\n{BODY}")
    assert (g.value, g.precision, g.origin) == ("2005-03-01", "month", "header")


def test_a_date_the_story_mentions_is_not_its_publication_date():
    # a history the article retells and a deadline after its events: neither dates the article
    g = date_of(
        "The tower, finished on 2 June 1953, was damaged by the storm. Officials were given legal advice "
        "in March 2003, and the owners hold an option until July 2009 to sell the site."
    )
    assert (g.value, g.precision, g.origin) == (None, "unknown", "none")
    assert "lower bound" in g.evidence and "2003-03" in g.evidence  # "until July 2009" is no past date


def test_a_date_named_by_its_weekday_gives_the_year_and_month_of_the_article():
    g = date_of("Ministers met on Tuesday, 15 March 2005, and agreed to resume the talks they broke off in 2003.")
    assert (g.value, g.precision, g.origin) == ("2005-03-01", "month", "weekday")


def test_a_weekday_near_a_months_edge_gives_only_the_year():
    g = date_of("The two sides signed the truce on Thursday, 30 June 2005, after a month of talks.")
    assert (g.value, g.precision) == ("2005-01-01", "year")


def test_a_retold_weekday_date_older_than_the_stories_other_dates_is_not_evidence():
    g = date_of(
        "The attacks of Tuesday, 11 September 2001 changed air travel. The new rules came in on 4 October 2004."
    )
    assert g.value is None


def test_a_photo_caption_with_a_weekday_date_is_not_evidence():
    g = date_of(
        "Fans gather at the festival in Bristol, Saturday, July 6, 2002. More than 9,000 came. "
        "(AP Photo/Jo Bloggs)\n\nThe festival organisers said the event would not return next summer."
    )
    assert g.value is None


def test_a_live_blog_entry_time_is_not_a_year():
    text = (
        "Quake relief: live\n\n1851 The UN says aid flights are landing again.\n\n"
        "1858 Rescuers pull a girl from the rubble of a school.\n\n1904 The airport reopens to civilian flights."
    )
    assert [text[s:e] for s, e in clock_stamps(text)] == ["1851", "1858", "1904"]
    g = date_of(text)
    assert g.value is None
    assert not clock_stamps("Prices fell. 1953 was a hard year for farmers, who sold less.")


def test_a_kickoff_time_is_not_the_year_of_a_fixture():
    g = date_of("Headingley\n\nFriday, 25 February\n\n2000 GMT\n\nThe home side have two new props on loan.")
    assert g.value is None


def test_a_sidebar_of_dated_tweets_does_not_date_the_page():
    text = (
        f"Protesters fill the square\n\n{BODY}\n\nFrom our feed: Storm closes the airport 7:01 pm ET "
        "February 11, 2013 RETWEET New pope tipped 6:30 pm ET February 11, 2013 RETWEET"
    )
    assert date_of(text).value is None


def test_a_related_story_teaser_at_the_top_does_not_date_the_page():
    g = date_of(f"Related: Port strike called off - 12 June 2009\n\nTalks resume\n\n{BODY}")
    assert g.value is None


def test_a_date_inside_a_sentence_followed_by_a_name_is_not_a_byline():
    g = date_of("The first call was made on 1 January 1985 by Ernie Wise, twenty years ago this weekend.")
    assert g.origin != "header"


def test_a_hard_wrapped_sentence_ending_in_a_date_is_not_a_stamp():
    g = date_of("The company will sell notes due\nNovember 15, 2012.\n    The underwriters are two banks.")
    assert g.value is None


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


def test_a_live_blog_entry_time_does_not_date_its_events(code):
    text = (
        "Quake relief: live\n\n1851 The president met the UN envoy at the airport.\n\n"
        "1858 Rescuers pulled a girl from the rubble of a school."
    )
    events = code(text, published="2010-01-14")
    assert events and all(not str(e["date"] or "").startswith("18") for e in events)
    assert any(e["date"] == "2010-01-14" for e in events)


def test_news_told_as_happening_now_with_its_date_gives_the_month():
    g = date_of(
        "Harvest fair\n\nThe fair, taking place in August 2019, opened on Friday with a parade. "
        "It was first held in 1921."
    )
    assert (g.value, g.precision, g.origin) == ("2019-08-01", "month", "current")


def test_a_past_event_with_its_date_is_not_current_news():
    g = date_of("The fair took place in August 2019. It opened on Friday with a parade.")
    assert g.value is None


def test_days_named_without_a_year_are_noted_not_dated():
    g = date_of("Grain arrivals for the week ended March 12 were up. The dividend will be paid on April 30.")
    assert g.value is None
    assert "days named without a year, latest 03-12" in g.evidence  # "will be paid on April 30" is ahead


def test_live_blog_times_in_a_flattened_page():
    text = "Rescue goes on. 1851 The UN says aid is landing. 1858 A girl is pulled from a school."
    assert [text[s:e] for s, e in clock_stamps(text)] == ["1851", "1858"]
