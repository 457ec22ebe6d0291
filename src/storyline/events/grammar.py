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
ACCOUNT_NOUNS = WORDS["account_nouns"]
DISASTER_WORDS = WORDS["disaster_words"]
THREAT_ACTS = WORDS["threat_acts"]
ASPECTUAL_VERBS = WORDS["aspectual_verbs"]
FIRM_NAME_WORDS = WORDS["firm_name_words"]
PUBLIC_MATTERS = WORDS["public_matters"]
MARKET_RECIPIENTS = WORDS["market_recipients"]
FIRM_NOUNS = WORDS["firm_nouns"]
BROKEN_WORDS = WORDS["broken_words"]
HEDGING_VERBS = WORDS["hedging_verbs"]
OVERTAKEN_PLANS = WORDS["overtaken_plans"]
GATHERINGS = WORDS["gatherings"]
REFLEXIVES = WORDS["reflexives"]
MOTION_PREPS = WORDS["motion_preps"]
PLANNING_VERBS = WORDS["planning_verbs"]
ABILITY_NOUNS = WORDS["ability_nouns"]
COUNTERPARTY_WORDS = WORDS["counterparty_words"]
UNREALISED_HEADS = WORDS["unrealised_heads"]
WEAPON_WORDS = WORDS["weapon_words"]
# what a state boycotts when the boycott is a sanction (filters._boycott_by_a_state)
TRADED_GOODS = WORDS["traded_goods"]
# adjectives of readiness or care whose infinitive a "should" asks (candidates._disposed_to_act)
READINESS_WORDS = WORDS["readiness_words"]
HAPPENING_VERBS = WORDS["happening_verbs"]
LIGHT_VERBS = WORDS["light_verbs"]
TIME_PREPS = WORDS["time_preps"]
REPLY_VERBS = WORDS["reply_verbs"]
REPLY_TO_VERBS = WORDS["reply_to_verbs"]
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
HELD_ON_CHARGES = WORDS["held_on_charges"]
ANSWERING_CHARGES = WORDS["answering_charges"]
ADJUNCT_HEADS = WORDS["adjunct_heads"]
OUTCOME_VERBS = WORDS["outcome_verbs"]
HALTING_NOUNS = WORDS["halting_nouns"]
SITUATION_NOUNS = WORDS["situation_nouns"]
COMMITMENT_NOUNS = WORDS["commitment_nouns"]
AGREEING_PARTICIPLES = WORDS["agreeing_participles"]
WORKPLACES = WORDS["workplaces"]
HELPED_NOUNS = WORDS["helped_nouns"]
STANCE_GERUNDS = WORDS["stance_gerunds"]
RECEPTION_NOUNS = WORDS["reception_nouns"]
COLD_WORDS = WORDS["cold_words"]
CONDEMNING_WORDS = WORDS["condemning_words"]
# verbs of naming something as something: "called Mubarak a good friend", "branded the scheme a fiasco"
NAMING_VERBS = WORDS["naming_verbs"]
ANSWERING_VERBS = WORDS["answering_verbs"]
# a vote that does not pass a measure rejects it (candidates.py)
PASSING_VERBS = WORDS["passing_verbs"]
MEASURES = WORDS["measures"]
VOTING_BODIES = WORDS["voting_bodies"]
MEETING_BODIES = WORDS["meeting_bodies"]
RESOLUTION_NOUNS = WORDS["resolution_nouns"]
GOING_ON_PARTICLES = WORDS["going_on_particles"]
HEDGED_MODIFIERS = WORDS["hedged_modifiers"]
ACCEPTING_VERBS = WORDS["accepting_verbs"]
OWN_SESSIONS = WORDS["own_sessions"]
PAST_AUX = WORDS["past_aux"]
PERFECT_AUX = WORDS["perfect_aux"]
CONDITIONAL_AUX = WORDS["conditional_aux"]
SETTING_PREPS = WORDS["setting_preps"]
PURPOSE_CARRIERS = WORDS["purpose_carriers"]
SENDING_VERBS = WORDS["sending_verbs"]
DISMISSAL_VERBS = WORDS["dismissal_verbs"]
HINDERING_VERBS = WORDS["hindering_verbs"]
SPECULATION_ADVERBS = WORDS["speculation_adverbs"]
OPPOSING_FORCE_VERBS = WORDS["opposing_force_verbs"]
LOCATION_PREPS = WORDS["location_preps"]
QUANTITY_WORDS = WORDS["quantity_words"]
RELATIVE_QUANTITIES = WORDS["relative_quantities"]
RANKING_WORDS = WORDS["ranking_words"]
MEETING_VERBS = WORDS["meeting_verbs"]
PLEA_WORDS = WORDS["plea_words"]
REFUSED_RETURNS = WORDS["refused_returns"]
DECIDING_VERBS = WORDS["deciding_verbs"]
HUMAN_NOUNS = WORDS["human_nouns"]
AID_GIVERS = WORDS["aid_givers"]
SPORT_WORDS = WORDS["sport_words"]
FORCING_VERBS = WORDS["forcing_verbs"]
SCHEDULED_WORDS = WORDS["scheduled_words"]
PREPARATION_NOUNS = WORDS["preparation_nouns"]
DATE_SETTING_VERBS = WORDS["date_setting_verbs"]
CHOICE_NOUNS = WORDS["choice_nouns"]
BLAME_NOUNS = WORDS["blame_nouns"]
BLAME_PLACING_VERBS = WORDS["blame_placing_verbs"]
ISSUING_VERBS = WORDS["issuing_verbs"]
RESPONSIBILITY_CLAIMING_VERBS = WORDS["responsibility_claiming_verbs"]
ATTRIBUTING_VERBS = WORDS["attributing_verbs"]
DEMAND_PRESENTING_VERBS = WORDS["demand_presenting_verbs"]
FIRM_LEGAL_FORMS = WORDS["firm_legal_forms"]
UNCOMMITTED_PLANS = WORDS["uncommitted_plans"]
EXPECTATION_VERBS = WORDS["expectation_verbs"]
GUESSING_VERBS = WORDS["guessing_verbs"]
REFUSAL_VERBS = WORDS["refusal_verbs"]
DOUBT_VERBS = WORDS["doubt_verbs"]
ATTEMPT_NOUNS = WORDS["attempt_nouns"]
STATE_HEADS = WORDS["state_heads"]
OFFICE_NOUNS = WORDS["office_nouns"]
BLAME_PREDICATES = WORDS["blame_predicates"]
PHASE_NOUNS = WORDS["phase_nouns"]
ARRIVAL_VERBS = WORDS["arrival_verbs"]
MOTION_VERBS = WORDS["motion_verbs"]
MARKET_WORDS = WORDS["market_words"]
LABOUR_WORDS = WORDS["labour_words"]
DISCOURSE_OBJECTS = WORDS["discourse_objects"]
HOSTILE_NOUNS = WORDS["hostile_nouns"]
PUBLIC_BODY_WORDS = WORDS["public_body_words"]
RECEIVING_VERBS = WORDS["receiving_verbs"]
ADVERB_PARTICLES = WORDS["adverb_particles"]
AHEAD_ADJECTIVES = WORDS["ahead_adjectives"]
CONCRETE_VIOLENCE = WORDS["concrete_violence"]
CRITIC_NOUNS = WORDS["critic_nouns"]
DEMAND_SPEECH_VERBS = WORDS["demand_speech_verbs"]
EFFORT_NOUNS = WORDS["effort_nouns"]
HARM_VERBS = WORDS["harm_verbs"]
BARGAINING_WORDS = WORDS["bargaining_words"]
STATE_MEASURES = WORDS["state_measures"] | WORDS["policy_measures"]
INJURING_VERBS = WORDS["injuring_verbs"]
TRADE_INJURED = WORDS["trade_injured"]
HEARSAY_NOUNS = WORDS["hearsay_nouns"]
CLAIM_NOUNS = WORDS["claim_nouns"]
INTRUSION_NOUNS = WORDS["intrusion_nouns"]
JUDGING_VERBS = WORDS["judging_verbs"]
MILITARY_MODIFIERS = WORDS["military_modifiers"]
DOCUMENT_NOUNS = WORDS["document_nouns"]
ANONYMITY_VERBS = WORDS["anonymity_verbs"]
MEDIA_EVENTS = WORDS["media_events"]
ARMED_STRIKE_WORDS = WORDS["armed_strike_words"]
ARMED_NOUNS = WORDS["armed_nouns"]
KILLING_NOUNS = WORDS["killing_nouns"]
CORPORATE_POSTS = WORDS["corporate_posts"]
LEGAL_FILINGS = WORDS["legal_filings"]
REPORT_NOUNS = WORDS["report_nouns"]
FINDING_VERBS = WORDS["finding_verbs"]
ATTEMPT_VERBS = WORDS["attempt_verbs"]
CRAFT_WORDS = WORDS["craft_words"]
VERDICT_VERBS = WORDS["verdict_verbs"]
HARSH_MEASURE_WORDS = WORDS["harsh_measure_words"]
DEBT_WORDS = WORDS["debt_words"]
PRIVATE_PROTECTIONS = WORDS["private_protections"]
FIRM_NEWS_WORDS = WORDS["firm_news_words"]
SEEMING_VERBS = WORDS["seeming_verbs"]
FIRM_TITLES = WORDS["firm_titles"]
CORPORATE_MEETINGS = WORDS["corporate_meetings"]
POLICY_ASKS = WORDS["policy_asks"]
COURT_WORDS = WORDS["court_words"]
SECURITIES_WORDS = WORDS["securities_words"]
MARKET_DEMAND_WORDS = WORDS["market_demand_words"]
TESTED_THINGS = WORDS["tested_things"]
CASE_PARTIES = WORDS["case_parties"]
VERDICT_WORDS = WORDS["verdict_words"]
RESIGN_VERBS = WORDS["resign_verbs"]
OFFICE_SECTORS = WORDS["office_sectors"]
STRUCK_TARGETS = WORDS["struck_targets"]
WORK_STRIKE_WORDS = WORDS["work_strike_words"]
MUSIC_WORDS = WORDS["music_words"]
NOUN_TARGET_PREPS = WORDS["noun_target_preps"]
WILLED_ACT_PREPS = WORDS["willed_act_preps"]
OBJECT_TARGET_PREPS = WORDS["object_target_preps"]
PLACE_TARGET_TYPES = WORDS["place_target_types"]
PLACE_NOUNS = WORDS["place_nouns"]
ASSERTED_MARKS = WORDS["asserted_marks"]
FORUMS = WORDS["forums"]
HEALTH_REASONS = WORDS["health_reasons"]
CRASH_VERBS = WORDS["crash_verbs"]
VEHICLES = WORDS["vehicles"]
OBLIGING_VERBS = WORDS["obliging_verbs"]
SPOILING_PARTICIPLES = WORDS["spoiling_participles"]
CONDEMNED_DEEDS = WORDS["condemned_deeds"]
UNDERGOING_VERBS = WORDS["undergoing_verbs"]
RESPONSE_BRINGERS = WORDS["response_bringers"]
HOSTILE_DEEDS = WORDS["hostile_deeds"]
PROPOSED_THINGS = WORDS["proposed_things"]
REFUSING_VERDICTS = WORDS["refusing_verdicts"]
DOUBTS = WORDS["doubts"]
STANCE_TAKING = WORDS["stance_taking"]
MOVED_GOODS_NOUNS = WORDS["moved_goods_nouns"]
GUEST_TITLES = WORDS["guest_titles"]
POLLED_SHARES = WORDS["polled_shares"]
WANTING_VERBS = WORDS["wanting_verbs"]
MENTAL_STATE_VERBS = WORDS["mental_state_verbs"]
SALE_OFFERS = WORDS["sale_offers"]
SALE_MARKS = WORDS["sale_marks"]
MOVING_PRICES = WORDS["moving_prices"]
TRYING_FORUMS = WORDS["trying_forums"]
PAYING_VERBS = WORDS["paying_verbs"]
RULING_BODIES = WORDS["ruling_bodies"]
LOBBYING_WORDS = WORDS["lobbying_words"]
COMING_ABOUT_VERBS = WORDS["coming_about_verbs"]
OWN_POSSESSIVES = WORDS["own_possessives"]
FRONTIERS = WORDS["frontiers"]
# verbs of a verdict or a finding, by which someone inside what a speaker says passes a judgement of their own ("said
# the Labour Court ruled it illegal": evaluation._second_judge)
RULING_VERBS = WORDS["verdict_verbs"] | WORDS["finding_verbs"]
AFTERMATH_NOUNS = WORDS["aftermath_nouns"]
INQUIRING_BODIES = WORDS["inquiring_bodies"]
PENALTY_PAYMENTS = WORDS["penalty_payments"]
COURT_SPEAKERS = WORDS["court_speakers"]
READING_AS_VERBS = WORDS["reading_as_verbs"]
DISASTER_CAUSE_PREPS = WORDS["disaster_cause_preps"]
RULE_NOUNS = WORDS["rule_nouns"]
BLAST_SETTERS = WORDS["blast_setters"]
BLAST_SITES = WORDS["blast_sites"]
APPEALED_RULINGS = WORDS["appealed_rulings"]
ANSWERING_ACTS = WORDS["answering_acts"]
FORCEFUL_MANNERS = WORDS["forceful_manners"]
HOSTILE_MANNERS = WORDS["hostile_manners"]
DEADLINE_UNITS = WORDS["deadline_units"]
TIME_GIVING_VERBS = WORDS["time_giving_verbs"]
DETENTION_SPANS = WORDS["detention_spans"]
NEEDING_VERBS = WORDS["needing_verbs"]
PRICE_WORDS = WORDS["price_words"]
ENDING_NOUNS = WORDS["ending_nouns"]
CONTACT_NOUNS = WORDS["contact_nouns"]
CONTACT_VERBS = WORDS["contact_verbs"]
NEEDED_WORDS = WORDS["needed_words"]
TALKS_STATES = WORDS["talks_states"]
ANSWERS_IN_KIND = WORDS["answers_in_kind"]
HALTED_TRENDS = WORDS["halted_trends"]
CORPORATE_ASSETS = WORDS["corporate_assets"]
DEAL_VERBS = WORDS["deal_verbs"]
COMMERCIAL_AGREEMENTS = WORDS["commercial_agreements"]
CIVIL_SUITS = WORDS["civil_suits"]
RULINGS = WORDS["rulings"]
PROTEST_NOUNS = WORDS["protest_nouns"]
GRIEVANCE_PREPS = WORDS["grievance_preps"]
DISMAY_WORDS = WORDS["dismay_words"]
EQUIPPING_VERBS = WORDS["equipping_verbs"]
PLAN_NOUN_VERBS = WORDS["plan_noun_verbs"]
RESPONSE_NOUNS = WORDS["response_nouns"]
SETTING_HEADS = WORDS["setting_heads"]
TOPIC_PREPS = WORDS["topic_preps"]
UNDERGO_VERBS = WORDS["undergo_verbs"]
WAR_OF_WORDS_VERBS = WORDS["war_of_words_verbs"]
VERBAL_ATTACK_MODIFIERS = WORDS["verbal_attack_modifiers"]
CAUSING_VERBS = WORDS["causing_verbs"]
RELUCTANCE_WORDS = WORDS["reluctance_words"]
UNSAID_VERBS = WORDS["unsaid_verbs"]
PROPOSITION_NOUNS = WORDS["proposition_nouns"]
TOURED_THINGS = WORDS["toured_things"]
YIELDED_THINGS = WORDS["yielded_things"]
STRUGGLE_OBJECTS = WORDS["struggle_objects"]
TOURING_VERBS = WORDS["touring_verbs"]
MATCH_VERBS = WORDS["match_verbs"]
STRUGGLE_VERBS = WORDS["struggle_verbs"]
OPINION_VERBS = WORDS["opinion_verbs"]
ARMED_BODIES = WORDS["armed_bodies"]
ARRIVING_AID = WORDS["arriving_aid"]
COERCIVE_ORDER_NOUNS = WORDS["coercive_order_nouns"]
COERCIVE_ORDER_VERBS = WORDS["coercive_order_verbs"]
MARKET_HOMONYMS = WORDS["market_homonyms"]
EXCLUDING_THINGS = WORDS["excluding_things"]
WORKS_ABOUT = WORDS["works_about"]
TEAM_SPORT_WORDS = WORDS["team_sport_words"]
MEDIA_PEOPLE = WORDS["media_people"]
COUNSEL_NOUNS = WORDS["counsel_nouns"]
PROTEST_MADE_VERBS = WORDS["protest_made_verbs"]
FIRED_THINGS = WORDS["fired_things"]
CHANGE_NOUNS = WORDS["change_nouns"]
ARGUING_VERBS = WORDS["arguing_verbs"]
AHEAD_MODIFIERS = WORDS["ahead_modifiers"]
ENABLING_VERBS = WORDS["enabling_verbs"]
BACKING_VERBS = WORDS["backing_verbs"]
BACKED_STANDS = WORDS["backed_stands"]
ILLNESS_ATTACKS = WORDS["illness_attacks"]
CALLING_OFF_VERBS = WORDS["calling_off_verbs"]
CEASING_VERBS = WORDS["ceasing_verbs"]
ENDING_VERBS = WORDS["ending_verbs"]


def clause_verb(tok):
    """The verb of the clause a word stands in (the word itself when it is a verb): where an event
    noun's status, date and subject are read ("the talks planned for May", "held talks")."""
    v = tok
    while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    return v


def halted_on(prep) -> bool:
    """Whether a preposition "on" names what a halt or a ban forbids: "a moratorium on air raids", "extended the ban on
    ..." ("on" hung on the verb), "lifted its ban on diplomats speaking with": what is forbidden is not told as done."""
    if prep.lower_ != "on":
        return False
    holder = prep.head
    return holder.lemma_.lower() in HALTING_NOUNS or any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in HALTING_NOUNS for ch in holder.children
    )


def called_off(noun) -> str | None:
    """The verb that calls off the event a noun names, if any ("cancelled a scheduled strike", "postponed the talks",
    "called off the planned march"): its lemma ("call off" for the phrasal verb), else None."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particle = next((ch.lower_ for ch in verb.children if ch.dep_ == "prt"), None)
    named = f"{lemma} {particle}" if particle else lemma
    return named if named in CALLING_OFF_VERBS else None


def argued_against(noun) -> bool:
    """Whether an event noun is what a stance is against ("the union is against a general strike", "voted against
    military action", "warned against a boycott"): a possible act argued over, not one held ("protested against the
    war" names a war, told by its own words)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "against"
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.lemma_.lower() in ARGUING_VERBS
    )


def still_ahead(noun) -> bool:
    """Whether a word before or after an event noun says it was still to come ("a threatened strike", "the strike
    planned for Monday", "the proposed talks")."""
    return any(ch.dep_ in ("amod", "acl") and ch.lower_ in AHEAD_MODIFIERS for ch in noun.children)


def no_longer(tok) -> bool:
    """ "will no longer allow", "no longer supports": an act said to be done no more is not done, as with "not" (the
    small model hangs "no" on "longer", not on the verb)."""
    return any(
        ch.dep_ == "advmod" and ch.lower_ == "longer" and any(g.lower_ in ("no", "not") for g in ch.children)
        for ch in tok.children
    )


def ceased(tok) -> bool:
    """ "has stopped allowing imports", "ceased shelling the town": a gerund a verb of ceasing governs names an act
    no longer done ("stopped to negotiate", an infinitive, is a pause in order to negotiate)."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in CEASING_VERBS


def would_like(tok) -> bool:
    """ "would like", "'d like": a wish, as "want" is ("Iran would like Iraq to withdraw")."""
    return tok.lemma_.lower() == "like" and any(
        ch.dep_ == "aux" and ch.lower_ in ("would", "'d") for ch in tok.children
    )


def said_from(noun):
    """Who a threat or a demand comes "from": the phrase on the noun or on what its "of" names ("threats of trade
    retaliation from the European Community": the parser hangs "from" on the retaliation)."""
    holders = [noun, *(g for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children)]
    return next((found for h in holders if (found := prep_object(h, "from")) is not None), None)


def prep_object(tok, prep: str):
    """The object of `tok`'s preposition `prep` ("in touch with party officials": "officials"), or None."""
    return next(
        (g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == prep for g in ch.children if g.dep_ == "pobj"),
        None,
    )


def subjunctive(clause) -> bool:
    """Whether a that-clause's verb stands bare with no auxiliary, the subjunctive of a demand ("insisted the minister
    resign", "that the adjustment be automatic"); read by the insisting filter and by `stances.mandative`."""
    return clause.tag_ == "VB" and not any(ch.dep_ == "aux" for ch in clause.children)


def armed_strike(tok) -> bool:
    """A "strike" is a blow of force with a military modifier ("air strikes", "a missile strike"), a
    place or a target struck ("strikes on Gaza", "a strike against rebel positions") or arms, troops or
    the dead in its sentence; else, as most often in news, it is a stoppage of work ("the strike has
    cut exports", "the impact of a strike at its plant")."""
    if any(ch.lower_ in WORK_STRIKE_WORDS for ch in tok.children):
        return False  # "a hunger strike", "a general strike", "a rail strike"
    if any(ch.lemma_.lower() in WEAPON_WORDS or ch.lower_ in MILITARY_MODIFIERS for ch in tok.children):
        return True
    if any(ch.ent_type_ == "DATE" and ch.dep_ in ("compound", "amod", "nummod") for ch in tok.children):
        return False  # "an 18-month strike", "a two-day strike": a blow of force has no length; a stoppage has
    struck = [
        g
        for ch in tok.children
        if ch.dep_ == "prep" and ch.lower_ in ("on", "against", "into")
        for g in ch.children
        if g.dep_ == "pobj"
    ]
    if any(g.ent_type_ in ("GPE", "LOC", "NORP") or g.lemma_.lower() in STRUCK_TARGETS for g in struck):
        return True
    if any(t.lemma_.lower() in LABOUR_WORDS for t in tok.sent if t.i != tok.i):
        return False  # "a strike against the canning firm ended with workers ratifying a contract"
    if any(g.ent_type_ == "FAC" for g in struck):
        return True  # a building struck; a firm the tagger misreads as one is told apart by its workers
    return any(t.i != tok.i and t.lower_ in ARMED_STRIKE_WORDS for t in tok.sent)
