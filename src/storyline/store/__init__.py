"""store: every SQL statement storyline runs. The DuckDB file, its connection, transactions and batched
writes (store.py); each corpus stage's queries and named row types in a module named like the stage
(duplicates.py, dating.py, actors.py, references.py, stories.py, rewrites.py, events.py,
conflicts.py); one column spec per table (tables.py), numbered migrations (migrations.py), exports
(export.py, gdelt.py, graph.py) and what the report and the app show (views.py)."""

from .export import FORMATS, WHATS, export
from .migrations import SCHEMA_VERSION
from .store import Store, StoreBusy, StoreError

__all__ = ["FORMATS", "SCHEMA_VERSION", "WHATS", "Store", "StoreBusy", "StoreError", "export"]
