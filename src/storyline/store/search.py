"""Ranked full-text search over article titles and texts: a tantivy (BM25) index kept beside the store.

The index lives in `<store>.search/` and is a copy of what the store holds, never the other way round:
deleting the folder loses nothing, and the next `update` rebuilds it. `update` is incremental: an
article whose id and content hash the index already holds is not read again, a changed article
replaces its old document, and an article no longer in the store leaves the index. Texts are read in
bounded chunks, so building the index takes the same memory for 20 articles as for 200,000.

Snippets are cut from the store's text at query time (the index does not keep a second copy of every
text), and a title counts twice as much as the text.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .store import Store

SCHEMA_VERSION = "1"  # bump when the fields below change: an index of another shape is rebuilt
TITLE_BOOST = 2.0
CHUNK = 1000  # articles read from the store at a time
WRITER_HEAP = 64 * 1024 * 1024


def index_path(db: str | Path) -> Path:
    return Path(f"{db}.search")


def files(db: str | Path) -> set[str]:
    """The index's files: a run over a folder that holds the store must not read them as inputs."""
    path = index_path(db)
    return {str(f) for f in path.rglob("*") if f.is_file()} if path.is_dir() else set()


@dataclass
class IndexUpdate:
    """What one update did, and what the index costs on disk."""

    added: int = 0
    replaced: int = 0
    removed: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    bytes: int = 0


def _schema():
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("version", stored=False, tokenizer_name="raw")  # id + content hash: unchanged?
    sb.add_text_field("title", stored=False, tokenizer_name="en_stem")
    sb.add_text_field("body", stored=False, tokenizer_name="en_stem")
    return sb.build()


def _open(path: Path, create: bool):
    import tantivy

    marker = path / "storyline-version"
    if path.exists() and (not marker.exists() or marker.read_text().strip() != SCHEMA_VERSION):
        if not create:
            return None
        shutil.rmtree(path)  # another shape: a copy we can always rebuild
    if not path.exists():
        if not create:
            return None
        path.mkdir(parents=True)
        marker.write_text(SCHEMA_VERSION)
    return tantivy.Index(_schema(), path=str(path))


def available() -> bool:
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def update(store: Store, db: str | Path) -> IndexUpdate:
    """Bring the index beside `db` up to date with the store's articles (see the module's docstring)."""
    import tantivy

    started = time.perf_counter()
    path = index_path(db)
    try:
        index = _open(path, create=True)
    except ValueError:  # a damaged or foreign folder: the index is a copy, so it is built anew
        shutil.rmtree(path, ignore_errors=True)
        index = _open(path, create=True)
    index.reload()
    searcher = index.searcher()
    schema = index.schema
    done = IndexUpdate()
    writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
    cur = store.con.cursor()
    cur.execute("SELECT id, coalesce(content_hash, ''), title, text FROM articles ORDER BY id")
    while chunk := cur.fetchmany(CHUNK):
        for ident, content_hash, title, text in chunk:
            version = f"{ident}\t{content_hash}"
            if searcher.search(tantivy.Query.term_query(schema, "version", version), 1).count:
                done.unchanged += 1
                continue
            if searcher.search(tantivy.Query.term_query(schema, "id", ident), 1).count:
                writer.delete_documents_by_term("id", ident)
                done.replaced += 1
            else:
                done.added += 1
            writer.add_document(tantivy.Document(id=ident, version=version, title=title or "", body=text or ""))
    cur.close()
    # documents whose article left the store (ids only: one string each, read a chunk at a time)
    present = store.con.cursor()
    total = searcher.num_docs
    if total > done.unchanged + done.replaced:
        for ident in _indexed_ids(index, searcher):
            present.execute("SELECT count(*) FROM articles WHERE id = ?", [ident])
            if not present.fetchone()[0]:
                writer.delete_documents_by_term("id", ident)
                done.removed += 1
    present.close()
    writer.commit()
    writer.wait_merging_threads()
    done.seconds = round(time.perf_counter() - started, 3)
    done.bytes = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return done


def _indexed_ids(index: Any, searcher: Any):
    import tantivy

    step = 1000
    for offset in range(0, searcher.num_docs, step):
        for _, address in searcher.search(tantivy.Query.all_query(), step, offset=offset).hits:
            yield searcher.doc(address)["id"][0]


def search(db: str | Path, query: str, limit: int = 50, offset: int = 0) -> list[tuple[str, float]] | None:
    """(article id, BM25 score) best first, or None where no index has been built for this store."""
    path = index_path(db)
    if not available() or not path.exists():
        return None
    index = _open(path, create=False)
    if index is None:
        return None
    index.reload()
    searcher = index.searcher()
    parsed, _errors = index.parse_query_lenient(query, ["title", "body"], field_boosts={"title": TITLE_BOOST})
    hits = searcher.search(parsed, limit, offset=offset).hits
    return [(searcher.doc(address)["id"][0], score) for score, address in hits]


def snippet(db: str | Path, query: str, text: str, chars: int = 240) -> list[tuple[str, bool]]:
    """The passage of `text` where the query's words are densest, as (piece, is_hit) pairs: the caller
    escapes and marks them. The text's start where none of the words occur."""
    import tantivy

    index = _open(index_path(db), create=False)
    if index is None or not text:
        return [(text[:chars], False)]
    searcher = index.searcher()
    parsed, _errors = index.parse_query_lenient(query, ["body"])
    generator = tantivy.SnippetGenerator.create(searcher, parsed, index.schema, "body")
    generator.set_max_num_chars(chars)
    found = generator.snippet_from_doc(tantivy.Document(body=text))
    fragment = found.fragment()
    if not fragment:
        return [(text[:chars], False)]
    raw = fragment.encode("utf-8")  # tantivy's ranges count bytes, not characters
    pieces, at = [], 0
    for r in found.highlighted():
        pieces.append((raw[at : r.start].decode("utf-8", "replace"), False))
        pieces.append((raw[r.start : r.end].decode("utf-8", "replace"), True))
        at = r.end
    pieces.append((raw[at:].decode("utf-8", "replace"), False))
    return [p for p in pieces if p[0]]
