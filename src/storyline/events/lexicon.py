"""The event lexicon: data/verbs.yaml (plus user files) compiled into lookups by lemma."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from ..yamlfile import load_yaml
from .ontology import TYPES, add_type, known_type

SPECIAL_SETS = {"$persons", "$countries", "$places", "$civilians", "$nonstate"}
# where the target of each type usually is, when an entry does not say
DEFAULT_RECIPIENTS = {
    "SUPPORT": ["dobj", "for", "to", "with", "behind"],
    "AID": ["to", "dative", "dobj", "for"],
    "COOPERATE": ["with", "dobj"],
    "REQUEST": ["dobj", "to", "on"],
    "ACCUSE": ["dobj", "against"],
    "REJECT": ["dobj"],
    "THREATEN": ["dobj", "against", "with"],
    "CONSULT": ["dobj", "with"],
    "ASSAULT": ["dobj", "on", "against", "at"],
    "SANCTION": ["dobj", "against", "on"],
    "PROTEST": ["against", "dobj"],
    "COERCE": ["dobj", "against", "on"],
    "MOBILIZE": ["to", "into", "against"],  # its object is the force put on the move ("deployed troops"), no target
    "AGREE": ["with", "to", "dobj"],
    "CONCEDE": ["to", "dobj", "for"],
    "RETREAT": ["from", "dobj"],
}
CONTROL_KINDS = {"agree", "threaten", "reject", "request", "pass", "coerce"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a verb makes an event; constraints are checked by the coder against the parse."""

    type: str
    lemma: str
    particle: str | None = None  # "out" in "pull out", "for" in "call for"
    objects: frozenset[str] | None = None  # None: no constraint; names starting with $ are special sets
    not_objects: frozenset[str] = frozenset()
    subjects: frozenset[str] | None = None
    not_subjects: frozenset[str] = frozenset()
    prep_objects: frozenset[str] | None = None
    mode: str | None = None
    recipient: tuple[str, ...] = ("dobj",)
    control: str | None = None
    needs_recipient: bool = False
    needs_partner: bool = False  # "meet": a partner, or a plural subject ("leaders met")
    needs_complement: bool = False  # "promised to ...", "pledged that ...": only with what is promised
    needs_clause: bool = False  # "challenged him to resign": only with the act asked for, not "challenged Labour"
    needs_infinitive: bool = False  # "persuaded Zambia to lift": only with the act, not "persuaded him that it was so"
    source: str = "builtin"

    @property
    def rule(self) -> str:
        parts = [f"verb:{self.lemma}" + (f" {self.particle}" if self.particle else "")]
        if self.objects:
            parts.append("+obj")
        return "".join(parts)

    @property
    def specificity(self) -> int:
        return (3 if self.particle else 0) + (2 if self.objects else 0) + (1 if self.subjects else 0)


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Pattern]]  # lemma -> patterns, most specific first
    nouns: dict[str, tuple[str, str | None]]  # noun lemma or phrase -> (type, mode)
    control_only: dict[str, str]  # lemma -> control kind for verbs with a control entry
    sets: dict[str, frozenset[str]] = field(default_factory=dict)  # the named word sets ($aid, $support, ...)


def _expand(values, sets: dict[str, list[str]], source: str = "", where: str = "") -> frozenset[str]:
    out: set[str] = set()
    for v in values or []:
        v = str(v)
        if v.startswith("$") and v not in SPECIAL_SETS:
            if v[1:] not in sets:
                raise DataFileError(source, where, f"unknown set {v}; define it under `sets:`")
            out.update(str(x).lower() for x in sets[v[1:]])
        else:
            out.add(v.lower())
    return frozenset(out)


PATTERN_FILE_KEYS = frozenset({"sets", "types", "verbs", "nouns"})
ENTRY_KEYS = frozenset(
    {
        "lemma",
        "objects",
        "not_objects",
        "subjects",
        "not_subjects",
        "prep_objects",
        "mode",
        "recipient",
        "control",
        "needs_recipient",
        "needs_partner",
        "needs_complement",
        "needs_clause",
        "needs_infinitive",
    }
)


# the name earlier releases raised: every fault of a data file is now one DataFileError
SchemaError = DataFileError


def _validate(data: object, source: str) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(source, "", f"expected a mapping with keys {', '.join(sorted(PATTERN_FILE_KEYS))}")
    unknown = set(data) - PATTERN_FILE_KEYS
    if unknown:
        raise DataFileError(
            source,
            "top level",
            f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; known: {', '.join(sorted(PATTERN_FILE_KEYS))}",
        )
    for event_type, entries in (data.get("verbs") or {}).items():
        for entry in entries or []:
            if isinstance(entry, dict):
                bad = set(entry) - ENTRY_KEYS
                if bad or "lemma" not in entry:
                    raise DataFileError(
                        source,
                        f"verbs.{event_type} entry {entry.get('lemma', entry)!r}",
                        (f"unknown key(s) {', '.join(sorted(bad))}" if bad else "no lemma")
                        + f"; known: {', '.join(sorted(ENTRY_KEYS))}",
                    )
            elif not isinstance(entry, str):
                raise DataFileError(source, f"verbs.{event_type} entry {entry!r}", "neither a lemma nor a mapping")
    return data


def _compile(data: dict, source: str, base_sets: dict[str, list[str]] | None = None) -> tuple[list[Pattern], dict]:
    data = _validate(data, source)
    sets = {**(base_sets or {}), **(data.get("sets") or {})}
    for name, spec in (data.get("types") or {}).items():
        add_type(str(name).upper(), spec or {}, source)
    patterns: list[Pattern] = []
    for event_type, entries in (data.get("verbs") or {}).items():
        if not known_type(event_type):
            raise DataFileError(
                source,
                f"verbs.{event_type}",
                f"unknown event type; use a PLOVER type ({', '.join(TYPES)}) or define it under `types:`",
            )
        for entry in entries or []:
            if isinstance(entry, str):
                entry = {"lemma": entry}
            words = str(entry["lemma"]).lower().split()
            at = f"verbs.{event_type} entry {entry['lemma']!r}"
            control = entry.get("control")
            if control and control not in CONTROL_KINDS:
                raise DataFileError(
                    source,
                    f"verbs.{event_type} entry {entry['lemma']!r}",
                    f"control {control!r} is not one of {', '.join(sorted(CONTROL_KINDS))}",
                )
            recipient = entry.get("recipient") or DEFAULT_RECIPIENTS.get(event_type, ["dobj"])
            for key in ("recipient", "objects", "not_objects", "subjects", "not_subjects", "prep_objects"):
                if any(isinstance(v, bool) for v in entry.get(key) or ()):
                    # YAML reads a bare on, off, yes or no as a truth value: the word would be lost
                    raise DataFileError(source, f"{at} {key}", "a truth value is not a word; quote it ('on', 'off')")
            patterns.append(
                Pattern(
                    type=event_type,
                    lemma=words[0],
                    particle=" ".join(words[1:]) or None,
                    objects=_expand(entry["objects"], sets, source, at) if entry.get("objects") else None,
                    not_objects=_expand(entry.get("not_objects"), sets, source, at),
                    subjects=_expand(entry["subjects"], sets, source, at) if entry.get("subjects") else None,
                    not_subjects=_expand(entry.get("not_subjects"), sets, source, at),
                    prep_objects=_expand(entry["prep_objects"], sets, source, at)
                    if entry.get("prep_objects")
                    else None,
                    mode=entry.get("mode"),
                    recipient=tuple(str(r) for r in recipient),
                    control=control,
                    needs_recipient=bool(entry.get("needs_recipient")),
                    needs_partner=bool(entry.get("needs_partner")),
                    needs_complement=bool(entry.get("needs_complement")),
                    needs_clause=bool(entry.get("needs_clause")),
                    needs_infinitive=bool(entry.get("needs_infinitive")),
                    source=source,
                )
            )
    nouns = {}
    for event_type, table in (data.get("nouns") or {}).items():
        if not known_type(event_type):
            raise DataFileError(source, f"nouns.{event_type}", "unknown event type")
        for noun, mode in (table or {}).items():
            nouns.setdefault(str(noun).lower(), (event_type, mode))
    return patterns, {"nouns": nouns, "sets": sets}


def read_pattern_file(path: str | Path) -> dict:
    """A user's pattern file as lexicon data: storyline's YAML, or a TABARI/PETRARCH verb dictionary
    (told from the content) with its CAMEO codes mapped to PLOVER types."""
    from ..codebooks import detect
    from ..codebooks.verbs import read_verbs

    text = Path(path).read_text("utf-8", errors="replace")
    kind = detect(text)
    if kind == "petrarch-verbs":
        data, _ = read_verbs(text, str(path))
        return data
    if kind in ("petrarch-actors", "petrarch-agents"):
        raise DataFileError(path, "", "this is an actor or agent dictionary; give it with --actors, not --patterns")
    return load_yaml(text, str(path)) or {}


def other_spelling(lemma: str) -> str | None:
    """The other side of the Atlantic's spelling of a verb's lemma: "nationalize" and "nationalise", "analyze" and
    "analyse" (a lemma of one word ending so; a word that only looks so, "rise", "praise", has no other in use and
    so never matches)."""
    if " " in lemma or len(lemma) < 6:
        return None
    for american, british in (("ize", "ise"), ("yze", "yse")):
        if lemma.endswith(american):
            return lemma[: -len(american)] + british
        if lemma.endswith(british):
            return lemma[: -len(british)] + american
    return None


@lru_cache(maxsize=8)
def load(user_files: tuple[str, ...] = ()) -> Lexicon:
    """Built-in patterns plus user files; a user's patterns for a lemma are tried first."""
    text = resources.files("storyline.events").joinpath("data/verbs.yaml").read_text("utf-8")
    builtin, extra = _compile(load_yaml(text, "builtin:events/data/verbs.yaml"), "builtin")
    user: list[Pattern] = []
    nouns = dict(extra["nouns"])
    for f in user_files:
        data = read_pattern_file(f)
        pats, more = _compile(data, str(f), extra["sets"])
        user.extend(pats)
        nouns.update(more["nouns"])
    verbs: dict[str, list[Pattern]] = {}
    for p in sorted(builtin, key=lambda p: -p.specificity):
        verbs.setdefault(p.lemma, []).append(p)
    for p in reversed(sorted(user, key=lambda p: p.specificity)):
        verbs.setdefault(p.lemma, []).insert(0, p)
    for lemma in list(verbs):
        other = other_spelling(lemma)
        if other is not None and other not in verbs:
            # "nationalised", "pressurised", "paralysed": the spelling across the Atlantic is the same verb
            verbs[other] = [replace(p, lemma=other) for p in verbs[lemma]]
    control = {}
    for lemma, pats in verbs.items():
        for p in pats:
            # "remain convinced that Pyongyang will ship": an entry that governs only a to-infinitive governs no
            # other clause where its own pattern did not match
            if p.control and p.particle is None and not p.needs_infinitive:
                control.setdefault(lemma, p.control)
    sets = {name: frozenset(str(w).lower() for w in values) for name, values in extra["sets"].items()}
    return Lexicon(verbs, nouns, control, sets)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The coder's grammar word lists (data/words.yaml), as frozensets by name."""
    text = resources.files("storyline.events").joinpath("data/words.yaml").read_text("utf-8")
    return check_word_lists(load_yaml(text, WORDS_PATH), WORDS_PATH)


WORDS_PATH = "builtin:events/data/words.yaml"


def check_word_lists(data: object, path: str) -> dict[str, frozenset[str]]:
    """words.yaml's schema: exactly the lists the rules read, each a list of words (strings: YAML
    would read a bare on, off, yes or no as a truth value and the word would be lost)."""
    if not isinstance(data, dict):
        raise DataFileError(path, "", "expected a mapping of list names to lists of words")
    missing = WORD_LISTS - set(data)
    unknown = set(data) - WORD_LISTS
    if missing or unknown:
        raise DataFileError(
            path,
            "top level",
            (f"missing list(s) {', '.join(sorted(missing))}" if missing else "")
            + ("; " if missing and unknown else "")
            + (f"unknown list(s) {', '.join(sorted(map(str, unknown)))} (no rule reads them)" if unknown else ""),
        )
    for name, values in data.items():
        if not isinstance(values, list) or not values:
            raise DataFileError(path, name, "must be a non-empty list of words")
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise DataFileError(path, name, f"{value!r} is not a word; quote it ('on', 'off', 'yes', 'no')")
    return {name: frozenset(values) for name, values in data.items()}


# the word lists the grammar rules read (events/grammar.py); words.yaml must hold exactly these
# word lists of nouns and prepositions (round 33 on), named once: the schema knows them (WORD_LISTS) and the coder
# keeps them out of its verbs (coder.NOT_VERB_LISTS)
NOUN_WORD_LISTS = frozenset(
    {
        "sale_offers",
        "preparation_nouns",
        "choice_nouns",
        "blame_nouns",
        "sale_marks",
        "moving_prices",
        "trying_forums",
        "court_speakers",
        "disaster_cause_preps",
        "rule_nouns",
        "blast_setters",
        "blast_sites",
        "appealed_rulings",
        "penalty_payments",
        "ruling_bodies",
        "own_possessives",
        "frontiers",
        "aftermath_nouns",
        "inquiring_bodies",
        "condition_marks",
    }
)
WORD_LISTS = (
    frozenset(
        [
            "calling_off_verbs",
            "ceasing_verbs",
            "condition_openers",
            "inverted_conditionals",
            "claim_nouns",
            "denial_words",
            "damaging_verbs",
            "event_matters",
            "habitual_adverbs",
            "negotiated_verbs",
            "prosecution_words",
            "regarding_verbs",
            "supportive_words",
            "approving_words",
            "bargaining_words",
            "policy_measures",
            "injuring_verbs",
            "trade_injured",
            "reply_to_verbs",
            "reply_verbs",
            "having_verbs",
            "judgement_words",
            "adverb_particles",
            "anonymity_verbs",
            "armed_nouns",
            "armed_strike_words",
            "document_nouns",
            "killing_nouns",
            "corporate_posts",
            "legal_filings",
            "finding_verbs",
            "attempt_verbs",
            "craft_words",
            "verdict_verbs",
            "harsh_measure_words",
            "debt_words",
            "private_protections",
            "firm_news_words",
            "seeming_verbs",
            "critical_words",
            "firm_titles",
            "corporate_meetings",
            "policy_asks",
            "court_words",
            "securities_words",
            "market_demand_words",
            "tested_things",
            "case_parties",
            "policy_verbs",
            "necessity_words",
            "extraposed_judgements",
            "media_people",
            "counsel_nouns",
            "protest_made_verbs",
            "fired_things",
            "change_nouns",
            "wanting_verbs",
            "mental_state_verbs",
            "date_setting_verbs",
            "blame_placing_verbs",
            "issuing_verbs",
            "responsibility_claiming_verbs",
            "attributing_verbs",
            "demand_presenting_verbs",
            "report_nouns",
            "verdict_words",
            "resign_verbs",
            "office_sectors",
            "media_events",
            "struck_targets",
            "work_strike_words",
            "fostering_verbs",
            "relative_quantities",
            "ranking_words",
            "meeting_verbs",
            "plea_words",
            "refused_returns",
            "deciding_verbs",
            "deadline_units",
            "time_giving_verbs",
            "detention_spans",
            "needing_verbs",
            "price_words",
            "needed_words",
            "talks_states",
            "allying_verbs",
            "doer_adjectives",
            "ending_nouns",
            "contact_nouns",
            "contact_verbs",
            "aid_givers",
            "office_nouns",
            "blame_predicates",
            "naming_verbs",
            "team_sport_words",
            "works_about",
            "coercive_order_nouns",
            "coercive_order_verbs",
            "market_homonyms",
            "excluding_things",
            "arriving_aid",
            "not_evaluations",
            "public_matters",
            "conduct_verbs",
            "phase_nouns",
            "arrival_verbs",
            "ahead_adjectives",
            "concrete_violence",
            "critic_nouns",
            "demand_speech_verbs",
            "effort_nouns",
            "harm_verbs",
            "hearsay_nouns",
            "intrusion_nouns",
            "judging_verbs",
            "military_modifiers",
            "music_words",
            "noun_target_preps",
            "willed_act_preps",
            "object_target_preps",
            "place_target_types",
            "place_nouns",
            "protest_nouns",
            "grievance_preps",
            "equipping_verbs",
            "plan_noun_verbs",
            "response_nouns",
            "setting_heads",
            "topic_preps",
            "undergo_verbs",
            "war_of_words_verbs",
            "verbal_attack_modifiers",
            "causing_verbs",
            "actor_passive_types",
            "public_body_words",
            "receiving_verbs",
            "reluctance_words",
            "unsaid_verbs",
            "proposition_nouns",
            "toured_things",
            "yielded_things",
            "struggle_objects",
            "touring_verbs",
            "match_verbs",
            "struggle_verbs",
            "opinion_verbs",
            "armed_bodies",
            "discourse_objects",
            "hostile_nouns",
            "labour_words",
            "market_words",
            "motion_verbs",
            "allegation_heads",
            "held_on_charges",
            "answering_charges",
            "badly_done",
            "suffered_participles",
            "critics_by_name",
            "hardship_words",
            "response_acts",
            "response_light_verbs",
            "traded_goods",
            "readiness_words",
            "reacting_verbs",
            "anger_adverbs",
            "reaction_nouns",
            "anger_adjectives",
            "duty_verbs",
            "sufficiency_words",
            "shortfall_deeds",
            "judged_accords",
            "grounds_words",
            "adjunct_heads",
            "outcome_verbs",
            "hedged_modifiers",
            "accepting_verbs",
            "own_sessions",
            "support_roles",
            "critic_roles",
            "opponent_roles",
            "arts_critics",
            "public_causes",
            "halting_nouns",
            "situation_nouns",
            "commitment_nouns",
            "condemning_words",
            "going_on_particles",
            "state_measures",
            "past_aux",
            "conditional_aux",
            "perfect_aux",
            "setting_preps",
            "attempt_nouns",
            "background_marks",
            "coercive_orders",
            "paying_verbs",
            "lobbying_words",
            "coming_about_verbs",
            "collectives",
            "container_nouns",
            "disaster_words",
            "threat_acts",
            "aspectual_verbs",
            "firm_name_words",
            "market_recipients",
            "firm_nouns",
            "broken_words",
            "hedging_verbs",
            "asserted_marks",
            "forums",
            "health_reasons",
            "crash_verbs",
            "vehicles",
            "obliging_verbs",
            "spoiling_participles",
            "condemned_deeds",
            "undergoing_verbs",
            "favour_words",
            "harming_verbs",
            "wrong_deeds",
            "response_bringers",
            "hostile_deeds",
            "proposed_things",
            "refusing_verdicts",
            "doubts",
            "stance_taking",
            "moved_goods_nouns",
            "guest_titles",
            "polled_shares",
            "reading_as_verbs",
            "answering_acts",
            "forceful_manners",
            "hostile_manners",
            "answers_in_kind",
            "halted_trends",
            "corporate_assets",
            "deal_verbs",
            "civil_suits",
            "rulings",
            "mistaken_words",
            "claim_verbs",
            "false_words",
            "overtaken_plans",
            "gatherings",
            "reflexives",
            "motion_preps",
            "planning_verbs",
            "ability_nouns",
            "counterparty_words",
            "deed_verbs",
            "unrealised_heads",
            "doubt_verbs",
            "doubt_words",
            "engage_verbs",
            "forcing_verbs",
            "future_aux",
            "happening_verbs",
            "hostile_intents",
            "human_nouns",
            "hypothetical_aux",
            "light_verbs",
            "location_preps",
            "needs_actor",
            "object_control",
            "pass_verbs",
            "plan_verbs",
            "purpose_carriers",
            "sending_verbs",
            "dismissal_verbs",
            "hindering_verbs",
            "speculation_adverbs",
            "opposing_force_verbs",
            "quantity_words",
            "account_nouns",
            "refusable",
            "refusal_verbs",
            "scheduled_words",
            "firm_legal_forms",
            "dismay_words",
            "displeased_words",
            "pleased_words",
            "keeping_verbs",
            "owed_words",
            "meeting_words",
            "commercial_agreements",
            "import_nouns",
            "uncommitted_plans",
            "ending_verbs",
            "expectation_verbs",
            "guessing_verbs",
            "partaking_verbs",
            "arguing_verbs",
            "ahead_modifiers",
            "enabling_verbs",
            "backing_verbs",
            "backed_stands",
            "illness_attacks",
            "military_orders",
            "answering_verbs",
            "passing_verbs",
            "measures",
            "voting_bodies",
            "meeting_bodies",
            "resolution_nouns",
            "expressing_verbs",
            "displeasure_nouns",
            "sport_words",
            "state_heads",
            "stative_passive",
            "time_preps",
            "weapon_words",
            "absence_nouns",
            "agreeing_participles",
            "workplaces",
            "helped_nouns",
            "stance_gerunds",
            "reception_nouns",
            "cold_words",
        ]
    )
    | NOUN_WORD_LISTS
)
