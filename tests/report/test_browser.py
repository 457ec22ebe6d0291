"""End to end in a real headless Chromium: the report file and the app, clicked through as an analyst
would, with every chart drawn, no console error, and screenshots at laptop and phone width.

Screenshots go to $STORYLINE_SCREENSHOTS when set (look at them), else to the test's temp folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (make test installs it)")
pytest.importorskip("fastapi", reason="the app extra is not installed")

from conftest import serve_app  # noqa: E402

SIZES = {"laptop": (1366, 768), "phone": (390, 844)}


def _chromium() -> str | None:
    """Debian's chromium, else the browser Playwright installed, else None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    with sync_api.sync_playwright() as p:
        path = p.chromium.executable_path
    return path if path and Path(path).exists() else None


@pytest.fixture(scope="module")
def browser():
    path = _chromium()
    if not path:
        pytest.skip(
            "no Chromium here: `apt-get install chromium` or `playwright install chromium` runs the browser tests"
        )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("STORYLINE_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(report_store):
    with serve_app(report_store) as url:
        yield url


def _page(browser, size: str):
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, errors


def _charts_drawn(page) -> int:
    charts = page.locator("svg.chart")
    n = charts.count()
    for i in range(n):
        chart = charts.nth(i)
        assert chart.locator("rect, circle, line").count() > 0, chart.get_attribute("aria-label")
        if chart.is_visible():  # a chart in a folded story has no box until it is opened
            box = chart.bounding_box()
            assert box["width"] > 50 and box["height"] > 20
    return n


@pytest.mark.parametrize("size", SIZES)
def test_the_report_file_in_a_browser(browser, report_store, tmp_path, shots, size):
    from storyline.report.document import write_report

    report = tmp_path / "report.html"
    write_report(report_store, report)
    page, errors = _page(browser, size)
    page.goto(report.as_uri())
    assert _charts_drawn(page) >= 5
    page.screenshot(path=str(shots / f"report-{size}.png"))
    # from the story list into a folded story: the browser opens it
    second = page.locator("#stories + p + div table a").nth(1)
    title = second.inner_text()
    second.click()
    story = page.locator("details.story", has_text=title).first
    assert story.get_attribute("open") is not None
    story.locator("svg.chart").first.wait_for()
    page.screenshot(path=str(shots / f"report-story-{size}.png"))
    # a summary citation leads to the article among the story's sources
    citation = story.locator("ul.summary a.cite").first
    citation.click()
    assert page.url.split("#")[1] == citation.get_attribute("href")[1:]
    assert page.locator(f"#{page.url.split('#')[1]}").is_visible()
    page.locator("#network").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / f"report-network-{size}.png"))
    assert errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_app_in_a_browser(browser, server, shots, size):
    page, errors = _page(browser, size)
    page.goto(server + "/")
    page.screenshot(path=str(shots / f"app-home-{size}.png"))
    page.locator("table a").first.click()  # the largest story
    page.wait_for_url("**/story?id=*")
    assert _charts_drawn(page) >= 1
    page.screenshot(path=str(shots / f"app-story-{size}.png"), full_page=True)
    page.locator("a.cite", has_text="mentions").first.click()  # an event's evidence, every mention
    page.wait_for_url("**/event?id=*")
    assert page.locator("h2", has_text="Every mention").is_visible()
    page.locator("table a").first.click()  # the article one mention is in
    page.wait_for_url("**/article?id=*")
    assert page.locator("mark.trigger").count() > 0 and page.locator("mark.actor").count() > 0
    page.screenshot(path=str(shots / f"app-article-{size}.png"))
    page.fill("header input[name=q]", "Lavrov")  # search
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Lavrov*")
    assert page.locator("table tbody tr").count() > 0
    page.screenshot(path=str(shots / f"app-search-{size}.png"))
    page.goto(server + "/events")  # a filter
    page.select_option("select[name=type]", "CONSULT")
    page.locator("form.filters button").click()
    page.wait_for_url("**/events?*type=CONSULT*")
    kinds = page.locator("table tbody tr td:nth-child(2) a").all_inner_texts()
    assert kinds and set(kinds) == {"CONSULT"}
    page.screenshot(path=str(shots / f"app-events-{size}.png"))
    page.goto(server + "/overview")
    assert _charts_drawn(page) >= 2
    assert errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_desk_in_a_browser(browser, server, shots, size):
    """Where sources disagree, who said what, ranked search, and the sentence behind a row: each page
    clicked through as an analyst would, at both widths, without a console error."""
    page, errors = _page(browser, size)
    page.goto(server + "/conflicts")
    assert page.locator("h1", has_text="Where sources disagree").is_visible()
    page.screenshot(path=str(shots / f"app-conflicts-{size}.png"), full_page=True)
    page.goto(server + "/quotes")
    page.fill("input[name=speaker]", "Lavrov")  # the type-ahead takes part of a name
    page.locator("form.filters button").click()
    page.wait_for_url("**/quotes?*speaker=Lavrov*")
    speakers = page.locator("table tbody tr td:first-child").all_inner_texts()
    assert speakers and {s.strip() for s in speakers} == {"Sergei Lavrov"}
    page.screenshot(path=str(shots / f"app-quotes-{size}.png"))
    page.locator("table tbody tr td:last-child a").first.click()  # to the sentence in its article
    page.wait_for_url("**/article?id=*#cited")
    cited = page.locator("#cited")
    assert cited.is_visible() and cited.bounding_box()["y"] < SIZES[size][1]  # scrolled to it
    page.screenshot(path=str(shots / f"app-cited-{size}.png"))
    page.goto(server + "/events?since=2023-09-10&until=2023-09-20")
    assert page.locator("span.prec", has_text="month").count() > 0
    page.locator("table tbody tr a.cite").first.click()  # an event's evidence, in its article
    page.wait_for_url("**/article?id=*#cited")
    assert page.locator("#cited mark.trigger").count() > 0
    page.goto(server + "/search?q=Lavrov+Pyongyang")
    assert page.locator("table tbody tr").count() > 0 and page.locator("table tbody mark").count() > 0
    page.screenshot(path=str(shots / f"app-search-ranked-{size}.png"))
    assert errors == []
