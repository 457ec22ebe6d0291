"""The word lists the coder's grammar rules read (data/words.yaml), by role, as module constants."""

from __future__ import annotations

from .lexicon import words

WORDS = words()

FUTURE_AUX = WORDS["future_aux"]
HYPOTHETICAL_AUX = WORDS["hypothetical_aux"]
PLAN_VERBS = WORDS["plan_verbs"]
PASS_VERBS = WORDS["pass_verbs"]
OBJECT_CONTROL = WORDS["object_control"]
DOUBT_WORDS = WORDS["doubt_words"]
CONTAINER_NOUNS = WORDS["container_nouns"]
DISASTER_WORDS = WORDS["disaster_words"]
WEAPON_WORDS = WORDS["weapon_words"]
HAPPENING_VERBS = WORDS["happening_verbs"]
LIGHT_VERBS = WORDS["light_verbs"]
TIME_PREPS = WORDS["time_preps"]
ENGAGE_VERBS = frozenset(WORDS["engage_verbs"])
HOSTILE_INTENTS = frozenset(WORDS["hostile_intents"])
NEEDS_ACTOR = WORDS["needs_actor"]
COLLECTIVES = WORDS["collectives"]
BACKGROUND_MARKS = WORDS["background_marks"]
STATIVE_PASSIVE = WORDS["stative_passive"]
ACTOR_PASSIVE_TYPES = WORDS["actor_passive_types"]
REFUSABLE = WORDS["refusable"]
COERCIVE_ORDERS = WORDS["coercive_orders"]
ALLEGATION_HEADS = WORDS["allegation_heads"]
PURPOSE_CARRIERS = WORDS["purpose_carriers"]
LOCATION_PREPS = WORDS["location_preps"]
QUANTITY_WORDS = WORDS["quantity_words"]
HUMAN_NOUNS = WORDS["human_nouns"]
SPORT_WORDS = WORDS["sport_words"]
FORCING_VERBS = WORDS["forcing_verbs"]
SCHEDULED_WORDS = WORDS["scheduled_words"]
REFUSAL_VERBS = WORDS["refusal_verbs"]
DOUBT_VERBS = WORDS["doubt_verbs"]
ATTEMPT_NOUNS = WORDS["attempt_nouns"]
STATE_HEADS = WORDS["state_heads"]
MOTION_VERBS = WORDS["motion_verbs"]
MARKET_WORDS = WORDS["market_words"]
LABOUR_WORDS = WORDS["labour_words"]
DISCOURSE_OBJECTS = WORDS["discourse_objects"]
HOSTILE_NOUNS = WORDS["hostile_nouns"]
