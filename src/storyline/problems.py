"""The catalogue of problem reasons: every code a Problem row may carry, with what it means and
whether anything of the input was kept. One place, so the summary, the docs and the tests agree.

    severity  error: the input or record gave no article; warning: damaged, but what could be read was kept
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    # finding and opening inputs
    "missing": "the path does not exist",
    "broken_link": "a symbolic link points to a missing file",
    "symlink_loop": "a symbolic link leads back into a folder already walked",
    "not_a_file": "a device, socket or pipe, not a regular file",
    "unreadable": "the file cannot be opened or read (permissions, a disk error)",
    "binary": "not a text format (an image, a PDF, an archive, an executable)",
    "empty": "the file, record or feed holds nothing but whitespace",
    "no_records": "a container that yielded no record at all",
    # reading formats
    "encoding": "bytes that are not valid in the detected encoding were replaced (warning)",
    "truncated": "a compressed stream, WARC or file is cut short; records before the cut were kept",
    "too_large": "a document or record over the size limit (--max-doc-mb)",
    "too_deep": "JSON nested deeper than the parser's limit (200 levels)",
    "bad_json": "a line or file that is not valid JSON",
    "not_an_object": "a JSON value that is not an object (a record)",
    "bad_record": "a record whose fields cannot be read",
    "bad_csv": "a CSV file whose header cannot be read, or with too many broken rows",
    "bad_row": "a CSV row that cannot be parsed or has the wrong number of fields",
    "no_header": "a CSV whose first row is data; read as data with guessed column names (warning)",
    "header_only": "a CSV with a header row and no records",
    "bad_feed": "an RSS/Atom feed that cannot be parsed and has no items",
    "malformed_feed": "a feed that is not well formed; its items were read anyway (warning)",
    "reader_failed": "a parser stopped in a way no rule foresaw; records before it were kept",
    # ids (ingest/ids.py): every record that did not keep its own id is accounted for
    "id_collision": "a record whose id another input already holds with other content: kept under an id "
    "qualified by its file name, such as b.csv#1 (warning)",
    "same_record": "a record whose id and content another input already gave: stored once (warning)",
    "id_repeated": "an id that appears twice in one input: the later record is kept (warning)",
    "id_replaced": "with --ids global, a record that replaced another input's record of the same id (warning)",
    # extraction
    "no_text": "no article text: a page of chrome only, or a record without a text field",
    "extract_failed": "extraction raised on this record (a bug or a pathological page)",
    # language stages
    "annotate_failed": "the language stages raised on this article",
    "too_long_to_code": "an article longer than the coding limit; its first part was coded (warning)",
}


def describe(reason: str) -> str:
    """What a reason code means, for summaries and docs."""
    return REASONS.get(reason, reason)
