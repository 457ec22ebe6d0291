"""store: the DuckDB file and every SQL statement (store.py), and exports (export.py)."""

from .export import FORMATS, WHATS, export
from .store import SCHEMA_VERSION, Store, StoreError

__all__ = ["FORMATS", "SCHEMA_VERSION", "WHATS", "Store", "StoreError", "export"]
