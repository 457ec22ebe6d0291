"""storyline: a pile of news in, clean articles and a dated record of who did what to whom out.

The pipeline, one package per stage:

    ingest -> extract -> annotate -> events -> stories -> store -> report

Python API: storyline.run(), storyline.open(), storyline.code(); see api.py.
"""

from .api import Corpus, code, open, run
from .engine.local import RunOptions, RunSummary

__version__ = "0.1.0"
__all__ = ["Corpus", "RunOptions", "RunSummary", "__version__", "code", "open", "run"]
