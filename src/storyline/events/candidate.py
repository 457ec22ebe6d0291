"""An event being built for one trigger: what every step of the coder reads and fills in."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Pattern


@dataclass(slots=True)
class Candidate:
    """An event being built for one trigger, before status and filters are applied."""

    trigger: object  # spaCy token
    type: str
    mode: str | None
    rule: str
    pattern: Pattern | None = None
    actors: list[dict] = field(default_factory=list)
    recipients: list[dict] = field(default_factory=list)
    subject: object | None = None
    obj: object | None = None
    nominal: bool = False
    status: str = "happened"
    negated: bool = False
    control: str | None = None
    embedded: list[Candidate] = field(default_factory=list)
    suppressed: bool = False
    actor_optional: bool = False
    # an act whose doer the sentence need not name: aid that arrives, charges someone faces
    doer_unnamed: bool = False
    background: bool = False
    # why it is background: "past" (named in passing: "after the commission criticised him", "where 24 were
    # killed"), which is exported as reported unless it is only alluded to (emit._reported_in_passing);
    # "told" (the noun names the act its own clause tells: "wounded guards in an ambush"); anything else
    # (demanded, alleged) never
    background_why: str = ""
    intent: str | None = None  # the promise or threat that announcing this planned action makes
    # a filter read the words in a sense that names no event of the type ("killed by the earthquake", "injured by
    # asbestos", "declined to comment"): no reader keeps it after all
    ruled_out: bool = False

    @property
    def after_prep(self) -> str:
        """The preposition an event noun stands after, as its rule records it ("noun:talk (after 'in')": "in");
        "" for any other candidate."""
        return self.rule.split("(after '")[-1].split("'")[0] if "(after '" in self.rule else ""
