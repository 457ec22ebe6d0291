"""store: the DuckDB file and every SQL statement (store.py), one column spec per table (tables.py),
numbered migrations (migrations.py) and exports (export.py)."""

from .export import FORMATS, WHATS, export
from .migrations import SCHEMA_VERSION
from .store import Store, StoreBusy, StoreError

__all__ = ["FORMATS", "SCHEMA_VERSION", "WHATS", "Store", "StoreBusy", "StoreError", "export"]
