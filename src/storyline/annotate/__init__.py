"""annotate: the spaCy pipeline (sentences, tokens, entities, dependency parse)."""

from .nlp import MAX_CODED_CHARS, MAX_PIECE, ModelMissing, load_model, model_name, parse, pieces

__all__ = ["MAX_CODED_CHARS", "MAX_PIECE", "ModelMissing", "load_model", "model_name", "parse", "pieces"]
