"""annotate: the spaCy pipeline (sentences, tokens, entities, dependency parse)."""

from .nlp import ModelMissing, load_model, model_name, parse, pieces

__all__ = ["ModelMissing", "load_model", "model_name", "parse", "pieces"]
