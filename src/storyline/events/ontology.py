"""PLOVER types and what GDELT users expect beside them: CAMEO root, QuadClass, intensity score."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import DataFileError
from ..yamlfile import load_yaml

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
COOPERATIVE_ACTIONS = {"AID", "COOPERATE", "CONCEDE", "RETREAT", "SUPPORT"}
HOSTILE_ACTIONS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# a planned action of these types is a promise (AGREE): PLOVER codes intent to cooperate as AGREE
PROMISABLE = {"AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "RETREAT"}


@dataclass(frozen=True, slots=True)
class Coding:
    cameo_root: str
    quad_class: int
    score: float


# event types users define in their pattern files ("types:" section), by name
USER_TYPES: dict[str, dict] = {}


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_yaml(
        resources.files("storyline.events").joinpath("data/plover.yaml").read_text("utf-8"),
        "builtin:events/data/plover.yaml",
    )


def known_type(event_type: str) -> bool:
    return event_type in TYPES or event_type in USER_TYPES


def add_type(name: str, spec: dict, source: str) -> None:
    """Register a user event type: {cameo, quad, score} (quad 1-4, score -10..10)."""
    try:
        entry = {
            "cameo": str(spec.get("cameo", "")),
            "quad": int(spec["quad"]),
            "score": float(spec["score"]),
            "modes": spec.get("modes") or {},
        }
    except (KeyError, TypeError, ValueError) as err:
        raise DataFileError(source, f"types.{name}", "needs quad (1-4) and score (-10..10)") from err
    if not 1 <= entry["quad"] <= 4 or not -10 <= entry["score"] <= 10:
        raise DataFileError(source, f"types.{name}", "quad must be 1-4 and score within -10..10")
    USER_TYPES[name] = entry


def coding(event_type: str, mode: str | None) -> Coding:
    """CAMEO root, QuadClass and score for a type and mode (the mode refines where it knows better)."""
    entry = USER_TYPES.get(event_type) or _table()[event_type]
    refined = (entry.get("modes") or {}).get(mode or "", {})
    return Coding(
        cameo_root=str(refined.get("cameo", entry["cameo"])),
        quad_class=int(refined.get("quad", entry["quad"])),
        score=float(refined.get("score", entry["score"])),
    )
