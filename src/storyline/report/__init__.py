"""report: presentation only - reads the store, computes nothing the pipeline did not."""

from .dossier import dossier

__all__ = ["dossier"]
