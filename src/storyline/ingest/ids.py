"""Which id a record keeps when its id is already in the store.

Monitoring tools number their exports 1..N, so two exports run together both hold a record "1".
An id is only a key inside the input that gave it, unless the user says ids are global:

- the same id again from the same input is that record, updated (a re-run, an edited record);
- the same id with other content from another input is another record: the later one takes an id
  qualified by its input's file name (``b.csv#1``; the whole path where two inputs share a name),
  and a warning row names both inputs;
- the same id and the same content from another input is the same record, stored once, with a
  warning row saying where it was seen first;
- with ``ids="global"`` the later record replaces the earlier one, with a warning row.

A pure function of the batch and of what the store holds, so a re-run places every record where
the first run did (an input seen before keeps its ids, qualified or not).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import PurePath

from ..records import Article, Problem, StoredOrigin

ID_POLICIES = ("input", "global")


def qualified_ids(article_id: str, input_path: str) -> tuple[str, str]:
    """The two qualified forms of an id, shortest first: by the input's file name, then by its path."""
    return f"{PurePath(input_path).name}#{article_id}", f"{input_path}#{article_id}"


def candidate_ids(articles: Sequence[Article]) -> list[str]:
    """Every id the placement of these articles may look up in the store."""
    out: set[str] = set()
    for a in articles:
        out.add(a.id)
        out.update(qualified_ids(a.id, a.input_path))
    return sorted(out)


def place_ids(
    articles: Sequence[Article], stored: dict[str, StoredOrigin], policy: str = "input"
) -> tuple[list[Article], list[Problem]]:
    """Give each article the id it is stored under; return the articles to write (the last version
    of each id) and the warning rows that account for every record that did not keep its own id.

    `stored` maps ids to what the store holds for them; it is not changed."""
    if policy not in ID_POLICIES:
        raise ValueError(f"unknown id policy {policy!r}: expected one of {', '.join(ID_POLICIES)}")
    seen = dict(stored)  # what the store will hold once the earlier articles of this batch are written
    placed: dict[str, Article] = {}
    notes: list[Problem] = []
    for a in articles:
        here = seen.get(a.id)
        final = a.id
        if here is not None and here.input_path != a.input_path:
            if policy == "global":
                if here.content_hash != a.content_hash:
                    notes.append(
                        _note(a, "id_replaced", f"id {a.id!r} replaces the record of {here.input_path} (--ids global)")
                    )
            elif here.content_hash == a.content_hash:
                notes.append(
                    _note(a, "same_record", f"id {a.id!r} with the same content as in {here.input_path}: stored once")
                )
                continue
            else:
                final = _free_qualified(a, seen)
                notes.append(
                    _note(
                        a,
                        "id_collision",
                        f"id {a.id!r} is also in {here.input_path} with other content: stored as {final!r}",
                    )
                )
        elif (
            here is not None
            and here.this_run
            and here.input_record != a.input_record
            and here.content_hash != a.content_hash
        ):
            notes.append(
                _note(
                    a,
                    "id_repeated",
                    f"id {a.id!r} repeats record {here.input_record} of this input: the later record is kept",
                )
            )
        if final != a.id:
            a = dataclasses.replace(a, id=final)
        placed[final] = a
        seen[final] = StoredOrigin(a.content_hash, a.input_path, a.input_record, this_run=True)
    return list(placed.values()), notes


def _free_qualified(a: Article, seen: dict[str, StoredOrigin]) -> str:
    """The first qualified id that is free or already this input's own."""
    forms = qualified_ids(a.id, a.input_path)
    for form in forms:
        holder = seen.get(form)
        if holder is None or holder.input_path == a.input_path:
            return form
    return forms[-1]  # the path form names one input: it can only be held by that input


def _note(a: Article, reason: str, detail: str) -> Problem:
    return Problem(a.input_path, reason, detail, record=a.input_record, severity="warning", stage="ingest")


__all__ = ["ID_POLICIES", "StoredOrigin", "candidate_ids", "place_ids", "qualified_ids"]
