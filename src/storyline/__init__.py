"""storyline: a pile of news in, clean articles and a dated record of who did what to whom out.

The pipeline, one package per stage, run in the order pipeline.STAGES gives:

    ingest -> extract -> [corpus: dating] -> annotate + events -> [corpus: actors] -> store -> report

Python API: storyline.run(), storyline.open(), storyline.code(); see api.py.
"""

from .api import Corpus, code, open, run
from .engine.base import RunSummary
from .options import RunOptions

__version__ = "0.1.0"
__all__ = ["Corpus", "RunOptions", "RunSummary", "__version__", "code", "open", "run"]
