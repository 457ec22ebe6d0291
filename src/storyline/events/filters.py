"""Saying no: candidates without an actor-like participant, disasters and sport are not events.

A step of the sentence coder (coder.py), run on each candidate after the modality reader; it reads
the lexicon and asks the participant finder (participants.py) whether an argument is a person.
`political_enough` is the domain's say, a function of its own.
"""

from __future__ import annotations

from ..actors.mentions import DocActors
from .candidate import Candidate
from .domain import Domain
from .grammar import (
    AID_GIVERS,
    ANONYMITY_VERBS,
    APPEALED_RULINGS,
    ARMED_BODIES,
    ARMED_NOUNS,
    ARRIVING_AID,
    ATTEMPT_NOUNS,
    BACKED_STANDS,
    BACKING_VERBS,
    BARGAINING_WORDS,
    BLAST_SETTERS,
    BLAST_SITES,
    CALLING_OFF_VERBS,
    CHANGE_NOUNS,
    CIVIL_SUITS,
    CLAIM_NOUNS,
    COMMERCIAL_AGREEMENTS,
    CORPORATE_ASSETS,
    CORPORATE_MEETINGS,
    CORPORATE_POSTS,
    COUNSEL_NOUNS,
    COUNTERPARTY_WORDS,
    COURT_WORDS,
    CRAFT_WORDS,
    CRASH_VERBS,
    DEAL_VERBS,
    DEBT_WORDS,
    DISASTER_CAUSE_PREPS,
    DISASTER_WORDS,
    DOCUMENT_NOUNS,
    ENABLING_VERBS,
    FIRM_LEGAL_FORMS,
    FIRM_NAME_WORDS,
    FIRM_NEWS_WORDS,
    FIRM_NOUNS,
    FIRM_TITLES,
    FORUMS,
    FRONTIERS,
    GUEST_TITLES,
    HALTED_TRENDS,
    HARM_VERBS,
    HARSH_MEASURE_WORDS,
    HEALTH_REASONS,
    HELD_ON_CHARGES,
    HELPED_NOUNS,
    HUMAN_NOUNS,
    ILLNESS_ATTACKS,
    INJURING_VERBS,
    KILLING_NOUNS,
    LABOUR_WORDS,
    LEGAL_FILINGS,
    LOBBYING_WORDS,
    MARKET_RECIPIENTS,
    MARKET_WORDS,
    MEDIA_EVENTS,
    MEDIA_PEOPLE,
    MENTAL_STATE_VERBS,
    MILITARY_MODIFIERS,
    MOTION_PREPS,
    MOTION_VERBS,
    MOVED_GOODS_NOUNS,
    MOVING_PRICES,
    NEEDS_ACTOR,
    OFFICE_NOUNS,
    OFFICE_SECTORS,
    OWN_POSSESSIVES,
    OWN_SESSIONS,
    PHASE_NOUNS,
    POLICY_ASKS,
    POLLED_SHARES,
    PRIVATE_PROTECTIONS,
    PUBLIC_BODY_WORDS,
    PUBLIC_MATTERS,
    QUANTITY_WORDS,
    REFLEXIVES,
    REFUSAL_VERBS,
    REPORT_NOUNS,
    RESIGN_VERBS,
    RULINGS,
    SALE_MARKS,
    SALE_OFFERS,
    SITUATION_NOUNS,
    SPORT_WORDS,
    STANCE_GERUNDS,
    STATE_HEADS,
    STATE_MEASURES,
    TEAM_SPORT_WORDS,
    THREAT_ACTS,
    TRADE_INJURED,
    TRADED_GOODS,
    UNSAID_VERBS,
    VEHICLES,
    WANTING_VERBS,
    WEAPON_WORDS,
    WORKPLACES,
    armed_strike,
    clause_verb,
    subjunctive,
)
from .lexicon import Lexicon
from .ontology import HOSTILE_ACTIONS, TYPES
from .participants import ParticipantFinder
from .quotes import speech_verb

# common nouns for those who can act on purpose: a subject that is none of them ("the fall in exports", "the U.S.
# imposition of tariffs") threatens by risk, not by will
_DOERS = HUMAN_NOUNS | AID_GIVERS | FIRM_NOUNS | PUBLIC_BODY_WORDS | ARMED_BODIES | STATE_HEADS


def _a_process(noun, lexicon: Lexicon) -> bool:
    """Whether a noun names something that happens rather than someone: an event noun of the lexicon, a word
    of markets ("the fall in exports", "prices"), or a noun made from a verb ("the imposition of tariffs",
    "the development of the weapon")."""
    lemma = noun.lemma_.lower()
    return (
        lemma in lexicon.nouns
        or lemma in MARKET_WORDS
        or lemma in CHANGE_NOUNS
        or lemma.endswith(("tion", "sion", "ment", "ance", "ence", "ure"))
    )


# nouns of time spans whose "of" names what went on during them: "months of talks"
DURATION_NOUNS = ("week", "month", "year")
# sectors of the actors whose acts are political or social wherever they are reported
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "IGO", "NGO", "LAB", "CVL", "REF", "CRM", "PTY", "REL"}
)
# of those, the state, public bodies and organised society, whose asking or answering makes a request
# public (not civilians, refugees, criminals or rebels)
PUBLIC_SECTORS = POLITICAL_SECTORS - {"CVL", "REF", "CRM", "REB"}
# bodies whose being helped is aid (filters._help_to_no_one_in_need): the state's, armed groups, refugees
AIDED_SECTORS = frozenset({"GOV", "MIL", "REB", "IGO", "REF", "COP"})
# of those, the state and the parties, whose words about another party are politics
GOVERNING_SECTORS = frozenset({"PTY", "GOV", "LEG", "JUD", "IGO", "OPP"})

# words of a public body that can be a party to a suit (the court it is heard in is its forum, no party)
PUBLIC_PARTY_WORDS = PUBLIC_BODY_WORDS - FORUMS

# types whose verbs are everyday business where no political actor takes part (meet, agree, offer, ask; cut,
# halt or suspend supplies, shipments or trading)
BUSINESS_AS_USUAL = frozenset(
    {
        "AGREE",
        "CONSULT",
        "COOPERATE",
        "SUPPORT",
        "AID",
        "CONCEDE",
        "REQUEST",
        "REJECT",
        "RETREAT",
        "THREATEN",
        "ACCUSE",
        "SANCTION",
    }
)
# what firms supply is sold, to a state as to anyone: no aid, no cooperation of states
SOLD_TYPES = frozenset({"AID", "COOPERATE"})
LENDERS = frozenset({"bank", "banks", "lender", "lenders"})
# sectors of firms and the like: their rivalry is no war
FIRM_SECTORS = frozenset({"BUS", "MED", "EDU", "HLH"})


def political_keys(actors: DocActors) -> frozenset[str]:
    """The actors of an article that any of their mentions files under a political or social sector:
    "Foreign Minister Ivan Petrov" keeps his office when a later sentence says only "Petrov said"."""
    found = {a.key for a, _ in actors.by_token.values() if a.sector in POLITICAL_SECTORS or a.kind == "country"}
    found.update(m.key for m in actors.mentions if m.sector in POLITICAL_SECTORS or m.kind == "country")
    return frozenset(found)


def political_party(party: dict, known: frozenset[str] = frozenset()) -> bool:
    """A state, an actor of a political or social sector (a government, an army, a union, rebels), or a
    body whose name says it is public ("the International Labour Office", "the health department")."""
    if party.get("sector") == "PTY" and _names_counterparties(str(party.get("text") or "").lower().split()):
        return False  # "talks with other parties", "unidentified parties": the sides of a deal
    if party.get("sector") in POLITICAL_SECTORS or str(party.get("key", "")).startswith("country:"):
        return True
    if party.get("key") in known:
        return True
    named = f"{party.get('text') or ''} {party.get('name') or ''}".lower().replace("-", " ").split()
    if "<" in " ".join(named) or {w.strip(",<>()'\"").replace(".", "") for w in named} & FIRM_LEGAL_FORMS:
        return False  # "First Union Corp", "Federal Express Corp": a firm whatever public word its name holds
    return any(w in PUBLIC_BODY_WORDS for w in named)


def _public_phrase(tok, names_inside: bool = False, is_nation=None) -> bool:
    """A nation, a people or a public office named in an argument's phrase: "Iraqi Kurds sought refuge",
    "Vice-Chancellor X declined", "a trooper of the Royal Tank Regiment was charged". A nation's name
    counts as the argument's head ("the Kurds"), not as a modifier ("a Chinese group" is a firm's
    delegation), except inside an event noun's own phrase ("the meeting in Qatar")."""
    if tok is None:
        return False
    phrase = [t for t in tok.subtree][:16]
    names = phrase if names_inside else [tok]
    if tok.pos_ == "PROPN":  # "Bosnian Serbs": a named people with its nation before it
        names += [ch for ch in tok.children if ch.dep_ in ("amod", "compound")]
    nation = is_nation or (lambda word: False)
    if names_inside:  # a place the event noun's phrase names, not a word of a firm's name
        return any(
            (t.ent_type_ == "GPE" and t.dep_ == "pobj")  # "the meeting in Qatar"
            or (t.ent_type_ in ("NORP", "GPE") and t.head.dep_ == "pobj" and t.head.pos_ == "NOUN")  # "Saudi officials"
            for t in phrase
        )
    return any(t.ent_type_ in ("NORP", "GPE") or nation(t.text) for t in names) or any(
        w in PUBLIC_BODY_WORDS
        for t in phrase
        if not _counterparties(t)
        for w in (*t.lower_.split("-"), t.lemma_.lower())
    )


def _names_counterparties(words: list[str]) -> bool:
    """ "other parties", "unidentified parties": the sides of a deal, not political parties."""
    return len(words) > 1 and words[-1] in ("party", "parties") and words[-2] in COUNTERPARTY_WORDS


def _counterparties(tok) -> bool:
    """The same read off the parse: a "party" token after a word of counterparties."""
    return tok.lemma_.lower() == "party" and tok.i > 0 and _names_counterparties([tok.doc[tok.i - 1].lower_, "party"])


def _sport_word(tok) -> bool:
    """A noun of the game ("the striker", "the pitch"); not the verb or adjective its lemma shares ("pitched battles",
    "cornered", "matched")."""
    return tok.pos_ not in ("VERB", "ADJ", "AUX") and tok.lemma_.lower() in SPORT_WORDS


def _fighting_for(c: Candidate) -> bool:
    """ "would fight for a tax increase": fighting for a measure wants it; only fighting it opposes it."""
    obj = c.obj
    return (
        not c.nominal
        and c.trigger.lemma_.lower() in ("fight", "battle")
        and obj is not None
        and obj.dep_ == "pobj"
        and obj.head.lower_ == "for"
    )


def _attack_of_another_kind(c: Candidate) -> bool:
    """ "died of an apparent heart attack", "an asthma attack": an illness; "Navy attack and reconnaissance aircraft",
    "attack helicopters": a kind of craft. Neither is force anyone used."""
    tok = c.trigger
    if not c.nominal or tok.lemma_.lower() != "attack":
        return False
    if tok.dep_ in ("compound", "nmod") or (tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod")):
        return True  # "attack helicopters", "the Navy's attack and reconnaissance aircraft": a kind of craft
    if any(ch.dep_ == "conj" and ch.lemma_.lower() in CRAFT_WORDS for ch in tok.children):
        return True  # "Navy attack and reconnaissance aircraft", parsed as two nouns joined
    return any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in ILLNESS_ATTACKS for ch in tok.children)


def _blast_at_work(tok) -> bool:
    """ "an explosion during a furnace rebuild at its facility destroyed the furnace": a blast at a place of work that
    no one is said to have set off, with no weapon or attack in the sentence, is an accident ("a bomb blast at the
    plant", "the explosion at the depot was caused by a bomb" are force). `tok` is the noun of the blast, the event
    noun itself or the subject of what it did."""
    if tok.lemma_.lower() not in ("explosion", "blast") or any(ch.dep_ == "poss" for ch in tok.children):
        return False
    sent = tok.sent
    if any(t.lemma_.lower() in WEAPON_WORDS for t in tok.subtree) or any(
        t.lemma_.lower() in BLAST_SETTERS for t in sent
    ):
        return False  # "a bomb blast", "the explosion was caused by a device planted by rebels"
    return any(t.lemma_.lower() in WORKPLACES | BLAST_SITES for t in sent)


def _blasted_at_work(c: Candidate) -> bool:
    """A blast at work (`_blast_at_work`) as the event noun, or as the subject of the harm ("an explosion during repairs
    at the refinery destroyed two tanks"), with no party named as doer."""
    if c.actors:
        return False
    if c.nominal:
        return _blast_at_work(c.trigger)
    return any(ch.dep_ == "nsubj" and _blast_at_work(ch) for ch in c.trigger.children)


# who, appealing a ruling, turns it down as a party (filters._appeal_of_a_ruling)
APPELLANT_SECTORS = frozenset({"GOV", "IGO", "LEG", "JUD", "MIL", "PTY", "OPP", "REB", "CVL", "LAB", "NGO", "REL"})


def _appeal_of_a_ruling(c: Candidate) -> bool:
    """ "NEC said it intends to appeal the ruling", "Alexander plans to appeal the conviction": a firm or a person
    taking a court's ruling to a higher court goes on with a case, turning down no party's demand (a state appealing
    against a panel's ruling refuses it, and so do families appealing against a judgement on their sons)."""
    if c.nominal or c.trigger.lemma_.lower() != "appeal" or c.obj is None:
        return False
    if c.obj.lemma_.lower() not in APPEALED_RULINGS:
        return False
    # a state, an official or a social group appealing turns the ruling down as a party ("their families will be
    # appealing against the judgement", judged right twice in round 33); a firm, or a person of no such kind, does not
    return not any(
        str(p.get("key", "")).startswith("country:") or p.get("sector") in APPELLANT_SECTORS for p in c.actors
    )


def _subject_is(c: Candidate, words) -> bool:
    """ "it is going to help us", "it doesn't change the fact": the subject is a thing, no one acts."""
    return c.subject is not None and c.subject.lower_ in words


# pronouns that stand for a thing: a thing helps and refuses no one
THINGS = ("it", "this", "that")


def _anonymity(c: Candidate) -> bool:
    """ "an official who asked not to be named": a source keeping his name out asks nothing of anyone."""
    if c.trigger.lemma_.lower() not in ("ask", "request", "decline"):
        return False
    return any(
        ch.dep_ in ("xcomp", "ccomp")
        and ch.lemma_.lower() in ANONYMITY_VERBS
        and any(g.dep_ == "neg" for g in ch.children)
        for ch in c.trigger.children
    )


def _unarmed(sent, skip: int) -> bool:
    return not any(
        t.i != skip and (t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS - {"strike", "attack"})
        for t in sent
    )


def _hit_by_a_stoppage(c: Candidate) -> bool:
    """ "GM was hit by a six-day national strike", "lightning strikes hit the port": a stoppage of work
    that hits a firm or a port is no force (arms in the sentence make the strike a blow)."""
    tok = c.trigger
    doers = [ch for ch in tok.children if ch.dep_ in ("nsubj",)]
    doers += [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    doers += [
        g
        for d in list(doers)
        if d.lemma_.lower() in ("wave", "series", "spate", "round")
        for p in d.children
        if p.lower_ == "of"
        for g in p.children
    ]
    # "US air strikes on Falluja killed 12 people": a strike a military word marks is a blow, whatever else is said
    return any(d.lemma_.lower() == "strike" and not armed_strike(d) for d in doers) and _unarmed(tok.sent, tok.i)


def _fight_for_a_cause(c: Candidate) -> bool:
    """ "they would fight to scrap the sales tax", "fighting for better pay": fighting to do something or
    for or against a policy is a campaign, unless arms are in the sentence."""
    tok = c.trigger
    if c.nominal or tok.lemma_.lower() != "fight":
        return False
    cause = any(ch.dep_ == "xcomp" for ch in tok.children) or any(
        ch.dep_ == "prep"
        and ch.lower_ in ("for", "against")
        and any(g.lemma_.lower() in PUBLIC_MATTERS for g in ch.children)
        for ch in tok.children
    )
    return cause and _unarmed(tok.sent, tok.i)


def _strikes_as(c: Candidate) -> bool:
    """ "it strikes me as weird", "the plan struck many as reckless": striking someone as something is how a
    thing seems to them, no blow."""
    tok = c.trigger
    return (
        not c.nominal
        and tok.lemma_.lower() == "strike"
        and any(ch.dep_ == "prep" and ch.lower_ == "as" for ch in tok.children)
        and any(ch.dep_ == "dobj" for ch in tok.children)
    )


def _dismissed(c: Candidate, human) -> bool:
    """ "Merrill Lynch fired the head of its mergers department", "the club fired its coach": firing a person is
    dismissing them; shots are fired at or on people ("troops fired on the crowd"), and what is fired is a
    weapon or a round ("fired two rockets", "fired tear gas"). A weapon in the sentence keeps the reading of
    force. `human` says whether a word names people."""
    tok = c.trigger
    if c.nominal or tok.lemma_.lower() != "fire":
        return False
    fired = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]

    def a_person(f) -> bool:  # "the head of the mergers department": who heads something is a person
        head_of = f.lemma_.lower() == "head" and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in f.children)
        return human(f) or head_of or f.lemma_.lower() in CORPORATE_POSTS | FIRM_TITLES

    if not fired or not all(a_person(f) for f in fired):
        return False
    return not any(t.lemma_.lower() in WEAPON_WORDS for t in tok.sent)


def _forced_by_no_one(c: Candidate) -> bool:
    """ "hundreds of institutions collapsed or were forced to merge", "will be able to force conversion of
    the notes": being forced by circumstance, or forcing with no one named, coerces no one."""
    tok = c.trigger
    if tok.lemma_.lower() != "force":
        return False
    passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
    agent = any(ch.dep_ == "agent" for ch in tok.children)
    return not c.actors or (passive and not agent)


def _measures_at_no_one(c: Candidate) -> bool:
    """ "Japan plans to announce a package of economic measures": measures are sanctions only when they
    are aimed at someone ("measures against Japan") or called punitive."""
    obj = c.obj
    if obj is None or obj.lemma_.lower() != "measure":
        return False
    aimed = any(ch.dep_ == "prep" and ch.lower_ in ("against", "on") for ch in obj.children) or any(
        ch.dep_ == "prep" and ch.lower_ in ("against", "on") for ch in c.trigger.children
    )
    harsh = any(ch.lower_ in HARSH_MEASURE_WORDS for ch in obj.children)
    return not (aimed or harsh)


def _debt_suspended(c: Candidate) -> bool:
    """ "Brazil's suspension of interest payments": a debtor suspending its payments punishes no one."""
    tok = c.trigger
    held = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children]
    if c.obj is not None:
        held.append(c.obj)
    return tok.lemma_.lower() in ("suspension", "suspend") and any(
        t.lemma_.lower() in DEBT_WORDS for h in held for t in h.subtree
    )


def _purchase_order(c: Candidate) -> bool:
    """ "ordered six commuter planes from British Aerospace", "ordered a supercomputer valued at 6.6 mln dlrs": an
    order placed with a seller, or of a thing at a price, is a purchase; an order to someone to act has its act
    ("ordered the firm to recall the lenses")."""
    tok = c.trigger
    if tok.lemma_.lower() != "order" or any(ch.dep_ in ("xcomp", "ccomp") for ch in tok.children):
        return False
    goods = [o for o in tok.children if o.dep_ == "dobj"]
    # "BP ordered a supercomputer valued at 6.6 mln dlrs": a thing ordered at a price is bought
    priced = any(
        t.ent_type_ == "MONEY" or t.lower_ in ("dlrs", "dollars", "worth", "valued") for o in goods for t in o.subtree
    )
    return (
        any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in tok.children)
        # "ordered 180 military trucks and spare parts worth 18.5 mln dlrs from AM General"
        or any(t.dep_ == "prep" and t.lower_ == "from" for o in goods for t in o.subtree)
        or (priced and not any(o.ent_type_ in ("PERSON", "NORP", "GPE") for o in goods))
    )


def _plea_in_court(c: Candidate) -> bool:
    """ "pleaded guilty to fraud", "pleaded not guilty": a plea in court answers a charge, asks for nothing."""
    return c.trigger.lemma_.lower() == "plead" and any(
        t.lower_ in ("guilty", "innocent", "insanity") for t in c.trigger.subtree if t.i > c.trigger.i
    )


def _meeting_noun(c: Candidate):
    """The noun that names a meeting: the trigger of an event noun, else the verb's object ("held a meeting")."""
    return c.trigger if c.nominal else c.obj


def _owners_meeting(c: Candidate) -> bool:
    """ "company officials said at the annual meeting": a firm's meeting of its owners or board meets no
    other party (the annual meeting "of the World Bank" is its members')."""
    noun = _meeting_noun(c)
    if noun is None or noun.lemma_.lower() != "meeting":
        return False
    owned = any(ch.lower_ in CORPORATE_MEETINGS for ch in noun.children if ch.dep_ in ("amod", "compound", "nmod"))
    public = any(
        str(p.get("key", "")).startswith("country:") or p.get("sector") in ("LEG", "IGO", "PTY", "JUD")
        for p in (*c.actors, *c.recipients)
    ) or any(t.lemma_.lower() in PUBLIC_BODY_WORDS for t in noun.sent)
    of_body = any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in noun.children)
    return owned and not public and not of_body


def _own_session(c: Candidate) -> bool:
    """ "Kato told reporters after a cabinet meeting", "the committee, at its first budget drafting meeting": a
    body meeting on its own meets no other party (a meeting "with" or "between" others, or of states, does)."""
    noun = _meeting_noun(c)
    if c.type != "CONSULT" or noun is None or noun.lemma_.lower() not in ("meeting", "session"):
        return False
    if _other_side_named(noun):
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in noun.subtree if t.i < noun.i):
        return False  # "the OPEC price differentials committee meeting": a body of states meets its members
    own = any(ch.lower_ in OWN_SESSIONS for ch in noun.children if ch.dep_ in ("amod", "compound", "nmod"))
    return own or _a_bodys_own_meeting(noun, owners=("its",))


def _other_side_named(noun) -> bool:
    """Whether a meeting names another side after "with", "between" or "among" ("its meeting with the unions")."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among") for ch in noun.children)


def _held_by_meaning(verb, patient) -> bool:
    """ "The singer was arrested", "the driver was detained": whoever is arrested, detained, jailed or deported
    is a person by the verb's meaning, whatever noun names them (a decline "arrested" is no one)."""
    return (
        verb.lemma_.lower() in HELD_ON_CHARGES
        and patient.pos_ == "NOUN"
        and patient.tag_ in ("NN", "NNS")
        and patient.lemma_.lower() not in HALTED_TRENDS
    )


def _political_side(parties) -> bool:
    """Whether a state or a party of a political sector is among `parties`: what keeps a deal, a contract or talks
    between firms from being business (`_corporate_deal`, `_commercial_agreement`, `_talks_on_a_deal`)."""
    return any(p.get("sector") in POLITICAL_SECTORS or str(p.get("key", "")).startswith("country:") for p in parties)


def _corporate_deal(c: Candidate, agreements: frozenset[str] = frozenset()) -> bool:
    """ "Trump agreed to pay 101 mln dlrs for Resorts' shares", "executives agreed to sell 542,684 shares",
    "Purolator agreed to be acquired", "CBC said it has signed an agreement to merge with Union Corp": agreeing to buy
    or sell shares, stakes, assets or a firm, or to merge, is business, unless a state or a political party takes part
    ("Libya agreed to sell its stake in Fiat", "the two parties agreed to merge"). The deal is the verb the trigger
    governs, or the one that says what an agreement signed or reached is ("an agreement which would merge CBC with
    Union")."""
    deal = next((ch for ch in c.trigger.children if ch.dep_ == "xcomp"), None)
    if deal is None and c.obj is not None and c.obj.lemma_.lower() in agreements:
        deal = next((ch for ch in c.obj.children if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB"), None)
    if deal is None or deal.lemma_.lower() not in DEAL_VERBS:
        return False
    traded = [ch for ch in deal.children if ch.dep_ == "dobj"]
    traded += [p for ch in deal.children if ch.dep_ == "prep" and ch.lower_ == "for" for p in ch.children]
    traded += [
        p for t in list(traded) for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children
    ]
    passive = any(ch.dep_ == "auxpass" for ch in deal.children)
    merged = deal.lemma_.lower() == "merge"  # a firm merges with a firm; parties that merge are caught below
    if not (passive or merged or any(t.lemma_.lower() in CORPORATE_ASSETS for t in traded)):
        return False
    # a state or a party of a political sector ("executive officers" of a firm are none, whatever their title)
    return not _political_side((*c.actors, *c.recipients))


def _standing_commitment(c: Candidate) -> bool:
    """ "Britain is committed to resisting protectionism", "the US is committed to a strong dollar": being committed,
    in the present, to holding a position or to a thing is a stance, no promise made to anyone; being committed to
    an act ("Vietnam is committed to opening up the economy", PLOVER's AGREE) or committing oneself to it ("China
    committed to opening up its banks") promises it."""
    verb = c.trigger
    present = ("is", "are", "am", "'s", "'re")
    if not (
        c.type == "AGREE"
        and verb.lemma_.lower() == "commit"
        and verb.tag_ == "VBN"
        and (
            any(ch.dep_ == "auxpass" and ch.lower_ in present for ch in verb.children)
            # "the US is committed to": the participle read as the adjective of "is"
            or (verb.dep_ == "acomp" and verb.head.lower_ in present)
        )
    ):
        return False
    to = [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "to" for g in ch.children]
    held = [g for g in to if g.tag_ == "VBG" or g.dep_ == "pcomp"]
    # "committed to resisting protectionism" (the gerund at times parsed as the noun's modifier)
    held += [m for g in to for m in g.children if m.dep_ == "amod" and m.tag_ == "VBG"]
    if held:
        return all(h.lemma_.lower() in STANCE_GERUNDS for h in held)
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in to)  # "committed to a strong dollar"


def _talks_on_a_deal(c: Candidate) -> bool:
    """ "continuing talks with TXL Corp on the terms of TXL's offer to acquire Arnox", "talks with the bank for a
    one-third stake": talks whose matter is a firm's shares, stake or takeover are business, unless a state or a
    party of a political sector takes part (the deal the talks are "for", "on" or "about", or the offer to trade
    they are on the terms of)."""
    talks = c.obj if c.obj is not None and not c.nominal else c.trigger
    matters = [
        g
        for ch in talks.children
        if ch.dep_ == "prep" and ch.lower_ in ("for", "on", "about", "over")
        for g in ch.children
        if g.dep_ == "pobj"
    ]
    matters += [
        g
        for t in list(matters)
        for ch in t.children
        if ch.dep_ == "prep" and ch.lower_ == "of"
        for g in ch.children
        if g.dep_ == "pobj"
    ]
    traded = any(m.lemma_.lower() in CORPORATE_ASSETS for m in matters) or any(
        ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() in DEAL_VERBS for m in matters for ch in m.children
    )
    return traded and not _political_side((*c.actors, *c.recipients))


def _commercial_agreement(c: Candidate, agreements: frozenset[str]) -> bool:
    """ "Allure entered into a merchandising agreement with the U.S. Olympic Committee", "signed a licensing agreement":
    an agreement a word of commerce names is a firm's contract, unless a state or a party of a political sector makes
    it ("Iraq signed a marketing agreement" acts). So is such an agreement told by its noun alone ("in announcing
    the takeover agreement", "its joint marketing and services agreement with Texas Air was approved")."""
    obj = c.trigger if c.nominal else c.obj
    if obj is None or obj.lemma_.lower() not in agreements:
        return False
    if not any(
        ch.dep_ in ("amod", "compound", "conj") and ch.lemma_.lower() in COMMERCIAL_AGREEMENTS for ch in obj.children
    ):
        return False
    return not _political_side((*c.actors, *c.recipients) if c.nominal else c.actors)


def _civil_suit(c: Candidate) -> bool:
    """A private lawsuit, not a criminal case: "sued the firm", "filed a suit", "the lawsuit was filed", "an action
    was brought" (charges, indictments and prosecutions are the state's)."""
    named = [c.trigger, c.obj] + [ch for ch in c.trigger.children if ch.dep_ == "nsubjpass"]
    suit = c.trigger.lemma_.lower() == "sue" or any(t is not None and t.lemma_.lower() in CIVIL_SUITS for t in named)
    if not suit:
        return False
    # "the Texas lawsuit was filed against him": a suit a state's name modifies is the state's
    if any(
        ch.ent_type_ in ("GPE", "NORP") and ch.dep_ in ("compound", "amod", "poss")
        for t in named
        if t is not None
        for ch in t.children
    ):
        return False
    if c.actors or c.recipients:
        return True
    # no party named: "the attorney general said it started the legal action" is a state's; "the lawsuit was filed
    # on Friday" says nothing of one (the court it is filed in is the forum, not a party)
    return not any(t.lemma_.lower() in PUBLIC_PARTY_WORDS or t.lower_ == "attorney" for t in c.trigger.sent)


def _one_bodys_gathering(c: Candidate) -> bool:
    """ "approval at the CFTC's Tuesday meeting", "spoke at the party's spring conference", "raise concerns at the
    meeting of Labour backbenchers": a gathering where something else is done, whose only party is one national
    body, one party or group of legislators, or one firm, is that body's own session and meets no other party. A
    body of states (the IMF, OPEC, the EC's ministers) gathers its members, and a meeting "with" someone meets
    them."""
    noun = _meeting_noun(c)
    if c.type != "CONSULT" or noun is None or not c.after_prep or c.recipients or not c.actors:
        return False
    if noun.lemma_.lower() not in ("meeting", "session", "conference", "congress", "convention"):
        return False
    if any(ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among") for ch in noun.children):
        return False
    if len({str(p.get("key", "")) for p in c.actors}) != 1:
        return False
    return all(
        p.get("sector") in ("BUS", "PTY", "LEG")
        or (str(p.get("key", "")).startswith("org:") and p.get("sector") != "IGO" and p.get("country"))
        for p in c.actors
    )


def _contract_between_firms(c: Candidate) -> bool:
    """ "Turkcell signed a contract for the new network": a contract signed with no state or public body
    taking part is commerce."""
    if c.obj is None or c.obj.lemma_.lower() != "contract":
        return False
    return not any(
        str(p.get("key", "")).startswith("country:") or p.get("sector") in OFFICE_SECTORS
        for p in (*c.actors, *c.recipients)
    )


def _call_for_nothing(c: Candidate) -> bool:
    """ "networks that let people make calls": a call asks for something only with what it asks for (a
    call for, to or on someone, or a call to act)."""
    tok = c.trigger
    if not c.nominal or tok.lemma_.lower() != "call":
        return False
    return not any(
        (ch.dep_ == "prep" and ch.lower_ in ("for", "to", "on")) or ch.dep_ in ("acl", "relcl", "xcomp")
        for ch in tok.children
    )


def _press_conference_held(c: Candidate) -> bool:
    """ "at a press conference held by Republican members": holding a press conference meets no one."""
    obj = c.obj
    if c.nominal or obj is None:
        return False
    return any(f"{ch.lower_} {obj.lemma_.lower()}" in MEDIA_EVENTS for ch in obj.children)


def _shared_view(c: Candidate) -> bool:
    """ "All the leaders agree on the main direction", "he and Baker agree on the need for stability",
    "member nations disagree how a stock should work": agreeing or disagreeing in the present tense on a
    view or that something is so is an opinion; an accord is reached ("agreed on a new process", "agrees
    to cut")."""
    tok = c.trigger
    if c.nominal or tok.lemma_.lower() not in ("agree", "disagree") or tok.tag_ not in ("VBP", "VBZ"):
        return False
    if any(ch.dep_ in ("aux", "auxpass", "xcomp", "dobj") for ch in tok.children):
        return False
    if not tok.sent.text.rstrip().endswith((".", '"', "'")):
        return False  # a title: "Ministers agree on farm prices" reports an accord
    return tok.lemma_.lower() == "disagree" or any(
        (ch.dep_ == "prep" and ch.lower_ in ("on", "with", "about")) or ch.dep_ == "ccomp" for ch in tok.children
    )


def _taken_elsewhere(c: Candidate) -> bool:
    """ "took the ministry to court" sues it; "banned from taking part by a court injunction" does not."""
    tok = c.trigger
    if tok.lemma_.lower() != "take" or c.mode != "legal":
        return False
    to_court = any(
        ch.dep_ == "prep" and ch.lower_ == "to" and any(g.lemma_.lower() == "court" for g in ch.children)
        for ch in tok.children
    ) or any(ch.dep_ == "xcomp" and ch.lower_ == "court" for ch in tok.children)
    return not to_court


def _to_blame(c: Candidate) -> bool:
    """ "which side was to blame": one who "is to blame" is blamed, by whoever judges, not blaming."""
    tok = c.trigger
    return (
        tok.lemma_.lower() == "blame"
        and tok.head.lemma_.lower() == "be"
        and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
    )


def _called_off_by_no_one(c: Candidate) -> bool:
    """ "A meeting of the committee had been postponed because there was no need for it": a visit or talks called off
    with no party named for it is scheduling; "Iran postponed the talks" (a party's act) can be a sanction. So is a
    body putting off its own meeting ("the Senate Banking Committee has postponed its meeting"): it meets no one else,
    and no one else is snubbed ("postponed its talks with Egypt" names the other side)."""
    if c.nominal or c.mode != "suspend" or c.trigger.lemma_.lower() not in CALLING_OFF_VERBS:
        return False
    if not c.actors and not any(ch.dep_ == "agent" for ch in c.trigger.children):
        return True
    return c.obj is not None and _a_bodys_own_meeting(c.obj)


def _a_bodys_own_meeting(noun, owners: tuple[str, ...] = ("its", "their")) -> bool:
    """ "its meeting", "their session": a body's own sitting, with no other side named (`_called_off_by_no_one`; a
    session held, `_own_session`, asks "its" only)."""
    if noun.lemma_.lower() not in ("meeting", "session") or _other_side_named(noun):
        return False
    return any(ch.dep_ == "poss" and ch.lower_ in owners for ch in noun.children)


def _permission_by_no_one(c: Candidate) -> bool:
    """ "First Union will be allowed to convert its mortgages", "it would allow people to give power of
    attorney", "a contract allowing agencies to buy", "a ruling that would allow banks to sell": a permission
    nobody named gives, or that a thing gives, yields to no one, whoever else the sentence names."""
    tok = c.trigger
    if tok.lemma_.lower() not in ("allow", "permit"):
        return False
    told_of_a_thing = tok.dep_ == "acl" or (
        tok.dep_ == "relcl" and any(ch.dep_ == "nsubj" and ch.lower_ in ("which", "that") for ch in tok.children)
    )
    if told_of_a_thing and tok.head.lemma_.lower() in DOCUMENT_NOUNS | RULINGS:
        return True
    subj = _speaking_subject(c)
    if subj is not None and (subj.lower_ in (*THINGS, "which") or subj.lemma_.lower() in DOCUMENT_NOUNS | RULINGS):
        return True
    return subj is None and not c.actors


def _speaking_subject(c: Candidate):
    """The subject of the candidate's verb, seen through a relative pronoun or a participle to the noun
    it stands for: "the bill, which called for a freeze", "a draft treaty calling for"."""
    subj = c.subject
    tok = c.trigger
    if (subj is None or subj.lower_ in ("which", "that")) and tok.dep_ in ("relcl", "acl"):
        return tok.head
    return subj


def _document_provides(c: Candidate) -> bool:
    """ "The plan calls for income to exceed spending", "US laws that demand equal access", "a circular
    stipulates that units must hold capital": what a document asks for is what it provides; the body that
    wrote it made its request when it passed it (a resolution "calling for" stays a request)."""
    subj = _speaking_subject(c)
    return subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS


def _done_to_people(verb) -> bool:
    """ "two managers have been charged with manslaughter", "the singer was sued": a passive done to
    people by someone unnamed (a court, the police) is a public act, whatever the story is about."""
    if not any(ch.dep_ == "auxpass" for ch in verb.children):
        return False
    patient = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
    return patient is not None and (
        patient.ent_type_ in ("PERSON", "NORP") or patient.lemma_.lower() in HUMAN_NOUNS or patient.tag_ == "NNS"
    )


def _what_it_is_about(c: Candidate, preps: tuple[str, ...]) -> list:
    """The words an act of asking or judging bears on: its object and what it is "for", "about" (`preps`)."""
    tok = c.trigger
    about = [c.obj] if c.obj is not None else []
    about += [ch for ch in tok.children if ch.dep_ == "dobj"]
    about += [
        g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in preps for g in ch.children if g.dep_ == "pobj"
    ]
    return about


def _asks_for_policy(c: Candidate) -> bool:
    """What a request asks for is a measure of policy or a permission only the state gives."""
    asked = _what_it_is_about(c, ("for", "to"))
    # "sought bankruptcy protection" asks a court to hold off creditors: business
    return any(
        a.lemma_.lower() in POLICY_ASKS and not any(ch.lower_ in PRIVATE_PROTECTIONS for ch in a.children)
        for a in asked
    )


def _measure_demanded(c: Candidate) -> bool:
    """Whether a demand said as what should (must) be done is done to a measure of policy: "the tax should be
    abolished", "quotas must be lifted". Reads `trigger`."""
    return any(
        ch.dep_ in ("nsubjpass", "nsubj") and (ch.lemma_.lower() in POLICY_ASKS or ch.lower_ in POLICY_ASKS)
        for ch in c.trigger.children
    )


def _judges_policy(c: Candidate) -> bool:
    """Whether a criticism is of a measure only a state takes (`state_measures`, `policy_measures`): what its clause
    is about, its object, or what it is "about", "over", "against" or "at" ("complained about the new tax on fuel").
    Reads `trigger` and `obj`."""
    tok = c.trigger
    judged = _what_it_is_about(c, ("about", "over", "against", "at", "of"))
    judged += [
        s
        for clause in tok.children
        if clause.dep_ == "ccomp"
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(j.lemma_.lower() in STATE_MEASURES or j.lower_ in STATE_MEASURES for j in judged)


def _firm_or_nobody(party: dict) -> bool:
    """A firm ("a company", "the bank"), named or not. An organisation of no known sector may be rebels
    or a charity, so it is counted a firm only when its name says so ("Fidata Corp", "Financial Security
    Savings and Loan Association", a ticker in angle brackets)."""
    if party.get("sector") in FIRM_SECTORS:
        return True
    if party.get("sector") or str(party.get("key", "")).startswith("country:"):
        return False
    return _named_with(party, FIRM_NAME_WORDS)


def _named_with(party: dict, words: frozenset[str]) -> bool:
    """Whether a party's name or text holds one of these words, or a ticker in angle brackets ("<AVMD.PA>"); a legal
    form spelt with stops is the same word ("Gipharmex S.P.A.", "Acme S.A.")."""
    name = f"{party.get('name') or ''} {party.get('text') or ''}"
    return "<" in name or bool(
        {w.strip(",<>()'\"").replace(".", "").lower() for w in name.replace("-", " ").split()} & words
    )


def _ordered_a_thing(c: Candidate) -> bool:
    """ "ordered a high-level review of security", "ordered checks of all 400 DC-10s", "ordered all existing contracts
    to be examined": an order of a measure is the orderer's own act, asking no one; one asks a party to act when the
    one ordered is to do it ("ordered chipmakers to cut production", "was ordered to leave the country")."""
    tok = c.trigger
    if c.nominal or tok.lemma_.lower() != "order" or c.mode != "demand":
        return False
    acts = [ch for ch in tok.children if ch.dep_ == "xcomp" and not any(a.dep_ == "auxpass" for a in ch.children)]
    ordered = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    return not (acts and (ordered or tok.tag_ == "VBN"))


def _agreed_impersonally(c: Candidate) -> bool:
    """ "it was agreed to conduct reviews every 15 months": an act agreed on, the passive telling the agreement and
    leaving its parties unnamed (the article names them); "it is agreed that prices will rise" is a view held."""
    tok = c.trigger
    return (
        c.type == "AGREE"
        and not c.nominal
        and tok.lemma_.lower() == "agree"
        and any(ch.dep_ == "nsubjpass" and ch.lower_ == "it" for ch in tok.children)
        and any(ch.dep_ == "auxpass" and ch.lower_ in ("was", "were", "been") for ch in tok.children)
        and any(ch.dep_ == "xcomp" and any(a.lower_ == "to" for a in ch.children) for ch in tok.children)
    )


def between_firms(c: Candidate) -> bool:
    """ "a lawsuit alleging breach of contract has been filed against its Majestic Crude subsidiary by AMONI Ltd.": an
    act whose every named party, on both sides, is a firm by its legal form is business, however much
    its words sound like a political act's; "the company agreed to pay the union's members a bonus" has a union on one
    side, and a bank's name alone says no firm ("the Bank of Italy", "the Federal Home Loan Bank Board")."""
    parties = [*c.actors, *c.recipients]
    return bool(c.actors) and bool(c.recipients) and all(_incorporated(p) for p in parties)


def _incorporated(party: dict) -> bool:
    """A party named as a firm by its legal form ("AMONI Ltd.", "Majestic Crude Corp"); "producers" or "exporters",
    firms by their role, may be states in a commodity pact's news."""
    return _named_with(party, FIRM_LEGAL_FORMS)


def political_enough(
    c: Candidate,
    domain: Domain,
    is_nation=None,
    known: frozenset[str] = frozenset(),
    event_nouns: frozenset[str] = frozenset(),
) -> bool:
    """Reads the candidate's type, arguments, actors and recipients, the sentence's domain and
    `is_nation` (whether a word names a country or its people, from the gazetteer) and `known` (the
    article's political actors, `political_keys`); writes nothing.

    In a sentence about markets, company results, sport, entertainment or science, words of meeting,
    agreeing, asking and offering are business as usual unless a state or a political or social actor
    takes part: "notes yielding 8 pct", "Morgan will offer bonds", "the firm agreed to buy" are no
    events; "the government agreed to buy" is. Force, coercion and protest are political acts in any
    domain ("rockets hit the port", "a businessman was arrested", "workers struck") unless the one
    who does them is a firm ("the bank fights for its survival")."""
    # in a sentence surely about sport, with a word of the game in it, a country is a team ("England beat Wales",
    # "the touring party will visit New Zealand"); so it is in any sentence the signal is all but certain is
    # sport ("the Slovakian will meet Likhovtseva in the second round", "Martyn denied the England striker"),
    # but not in one of states it merely leans to ("Brazil threw its weight behind Argentina" reads as
    # football). Only a state organ or a political actor makes it politics.
    teams = domain.surely_sport or (
        domain.label == "sport"
        and domain.outside_politics
        and any(t.lower_ in TEAM_SPORT_WORDS or t.lemma_.lower() in TEAM_SPORT_WORDS for t in c.trigger.sent)
    )
    if (
        c.type in SOLD_TYPES
        and c.actors
        and all(
            _firm_or_nobody(p) and p.get("sector") in (None, "BUS") and str(p.get("name", "")).lower() not in LENDERS
            for p in c.actors
        )  # doctors, schools and the press are no sellers: "Swiss doctors handed over 700 kg of medicine"
        # "the bank was eager to finance Argentine plans": a bank unnamed may be the World Bank the paragraph named
        # "the firm provides logistics services to the UN peacekeeping mission": serving a mission of states cooperates
        and not any(p.get("sector") == "IGO" for p in c.recipients)
        and not any(t.lemma_.lower() in ("mission", "peacekeeping", "peacekeeper") for t in c.trigger.sent)
    ):
        # "the company will provide missiles to the U.S. under the contract", "the banks provided a 409 mln franc
        # credit", "agreed to provide hardware and support services": what a firm supplies, a state included, it sells
        return False
    if any(
        political_party(p, known) and not (teams and str(p.get("key", "")).startswith("country:"))
        for p in (*c.actors, *c.recipients)
    ):
        return True
    if c.type in ("CONSULT", "AGREE") and _bargaining(c):
        return True
    if (
        c.type in BUSINESS_AS_USUAL
        and c.actors
        and c.recipients
        and all(_firm_or_nobody(p) for p in (*c.actors, *c.recipients))
        and not _done_to_people(c.trigger)
    ):
        # "Revlon asked Gillette's board for permission", "the bank agreed with its creditors": firms asking,
        # meeting or agreeing with firms do business whatever the story is about
        return False
    if c.type == "REQUEST" and c.trigger.lemma_.lower() in LOBBYING_WORDS:
        # "large banking firms have lobbied for the earlier date", "despite intense lobbying by human rights groups":
        # lobbying presses those who hold public power, whoever lobbies
        return True
    if c.type == "REQUEST" and _asks_for_policy(c):
        # "exporters called for a devaluation", "the firm will seek approval from regulators": what is asked
        # of the state (a measure of policy, a permission) makes a request political whoever asks
        return True
    if c.type == "REQUEST" and c.rule.startswith("clause:") and _measure_demanded(c):
        # "DiBona said the windfall profit tax should be abolished": what only a state can do to its measure,
        # demanded, is a demand of the state whoever makes it (round 36)
        return True
    if c.type == "ACCUSE" and c.mode != "legal" and _judges_policy(c):
        # "U.S. exchanges have complained that the proposed regulations would give foreign sellers an edge": a
        # measure only the state takes, criticised, makes the criticism political whoever makes it
        return True
    if c.type == "ACCUSE" and c.mode == "legal" and _civil_suit(c):
        # "a suit filed by NEC against Intel", "the lawsuit was filed on Friday", "an action brought by landowners":
        # a civil suit between private parties (no state, no political or social actor above) is their affair
        return False
    if (
        c.type == "ACCUSE"
        and c.mode == "legal"
        # one firm suing another is business wherever it is filed ("TWA filed suit in Delaware Chancery Court
        # against USAir"): a court named makes a case public only where someone not a firm takes part
        and not (c.actors and all(_firm_or_nobody(p) for p in (*c.actors, *c.recipients)))
        and not (
            domain.label in ("sport", "entertainment")
            and domain.outside_politics
            and not any(t.lemma_.lower() in COURT_WORDS for t in c.trigger.sent)
        )
        and not (
            domain.label == "business"
            and domain.leaning_outside
            and (c.actors or c.recipients)
            and not any(t.lemma_.lower() in COURT_WORDS for t in c.trigger.sent)
        )
    ):
        # "he was charged with fraud", "the shareholders' case went to court": a case brought to a court is a
        # public act whoever is charged, as force is; but one firm suing another ("Roche sued Genentech over a
        # patent"), a club charged by its league, a singer suing her insurers are business, sport and show
        # business, unless a state takes part (above) or a court is named
        return True
    if not domain.outside_politics:
        # leaning outside politics, though unsure: words of meeting, asking or backing done by no one
        # named, or by firms only, are still business as usual ("a company may not want to encourage")
        arguments = [c.subject, c.obj, *(ch for ch in c.trigger.children if ch.dep_ in ("nsubjpass", "dobj"))]
        return not (
            domain.leaning_outside
            and c.type in BUSINESS_AS_USUAL
            and not _public_phrase(c.subject, is_nation=is_nation)
            and all(_firm_or_nobody(p) for p in c.actors)
            # "deportations were suspended": an act done to a political act is political, whoever does it
            and not any(a is not None and a.lemma_.lower() in event_nouns for a in arguments)
            and not _done_to_people(c.trigger)
        )
    if c.type == "ASSAULT" and not c.actors and not c.recipients:
        # "the gadget explosion signalled growth", "older attacks relied on users", "I was fighting": force
        # nobody does to no one, in a story about gadgets, prices or a match, is a figure of speech (a bomb,
        # a weapon or a harm in the sentence says otherwise)
        sent = c.trigger.sent
        if c.nominal and c.trigger.lemma_.lower() in KILLING_NOUNS:
            return True  # "when the shooting took place outside the studio": a killing or a shooting is no figure
        if any(ch.lower_ in MILITARY_MODIFIERS or ch.lemma_.lower() in ARMED_NOUNS for ch in c.trigger.children):
            return True  # "the U.S. military attack on an oil platform"
        return any(t.lemma_.lower() in WEAPON_WORDS | HARM_VERBS and t.i != c.trigger.i for t in sent)
    trigger = c.trigger
    arguments = [c.subject, c.obj, *(ch for ch in trigger.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    nation = None if teams else is_nation  # a team's country name says nothing of politics
    if any(
        _public_phrase(a, is_nation=nation)
        for a in arguments
        if not (teams and a is not None and a.ent_type_ in ("GPE", "NORP"))
    ) or (c.nominal and not teams and _public_phrase(trigger, names_inside=True, is_nation=is_nation)):
        return True
    if c.type in BUSINESS_AS_USUAL:
        return False
    if c.type == "PROTEST":  # in a company story a "protest" is a bid protest or a complaint, unless labour acts
        # a strike is labour acting, in a company story too: "the seamen's strike has ended"
        return c.mode == "strike" or any(t.lemma_.lower() in LABOUR_WORDS for t in trigger.sent)
    # firms, organisations of no known sector and private people ("the singer cancelled her tour") do
    # nothing political in a sentence surely about markets, sport or entertainment
    return not c.actors or not all(
        p.get("sector") in FIRM_SECTORS
        or str(p.get("key", "")).startswith("org:")
        or (str(p.get("key", "")).startswith("person:") and not p.get("sector"))
        for p in c.actors
    )


# the prepositions that name who one talks or agrees with, or on what: not "after a strike"
PARTNER_PREPS = frozenset({"with", "on", "over", "to", "between"})


def _bargaining(c: Candidate) -> bool:
    """Whether talks or a deal are bargaining with workers, a social actor, as a strike is labour acting in a company
    story: "bargaining was scheduled to continue in an effort to avert a walkout" (talks named by a noun, labour in
    their clause), "negotiations on a new contract covering workers who belong to the union", "the company agreed
    with the union on wages" (labour among what the verb's arguments say). "The two firms agreed a merger after a
    strike at one plant" is business beside a strike. Reads `trigger` and `nominal`."""
    tok = c.trigger
    if c.nominal:
        words = clause_verb(tok).subtree
    else:
        words = (
            t
            for ch in tok.children
            if ch.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or (ch.dep_ == "prep" and ch.lower_ in PARTNER_PREPS)
            for t in ch.subtree
        )
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in BARGAINING_WORDS for t in words)


def _visit_at_home(c: Candidate) -> bool:
    """ "Chancellor Kohl is due to arrive in Bonn", "the president toured Texas": a leader going to a place of
    his own country visits no foreign party. Reads `mode`, `actors` and `recipients`."""
    if c.nominal or c.mode != "visit" or not c.recipients or not c.actors:
        return False
    homes = {a.get("country") for a in c.actors}
    if len(homes) != 1 or None in homes:
        return False
    home = homes.pop()
    return all(r.get("key") == f"country:{home}" for r in c.recipients)


def _press_only(c: Candidate) -> bool:
    """ "the minister met reporters in Brussels", "spoke to journalists after the summit": talking to the press
    is how news is made, no meeting of parties; nor is meeting one's own lawyers or advisers ("would be meeting
    their lawyers today"). Reads `trigger` and `nominal`."""
    if c.nominal:
        return False
    # whom one meets is the object where there is one ("meeting their lawyers with a view to re-applying")
    met = [ch for ch in c.trigger.children if ch.dep_ == "dobj"] or [
        g
        for ch in c.trigger.children
        if ch.dep_ == "prep" and ch.lower_ in ("to", "with")
        for g in ch.children
        if g.dep_ == "pobj"
    ]
    return bool(met) and all(m.lemma_.lower() in MEDIA_PEOPLE or _own_counsel(m) for m in met)


def _own_counsel(tok) -> bool:
    """ "their lawyers", "his advisers": those the doer hired, named with a possessive pronoun."""
    return tok.lemma_.lower() in COUNSEL_NOUNS and any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in tok.children)


class EventFilter:
    """Saying no: candidates without an actor-like participant, disasters and sport are not events.

    `keep` reads a candidate's `type`, `mode`, `trigger`, `subject`, `obj`, `nominal`, `rule`,
    `actors`, `recipients` and `actor_optional`, and answers whether it is an event; it writes only
    `type`, `mode` and `rule`, where weapons make a destruction an assault ("homes destroyed by air
    strikes") and where people or unions "ban" or "halt" something (their protest, not a sanction)."""

    def __init__(self, lexicon: Lexicon, participants: ParticipantFinder):
        self.lex = lexicon
        self.agreements = lexicon.sets.get("agreement", frozenset())  # the nouns of an accord ("an agreement to merge")
        # what one can take sides on: a proposal, a policy, a decision, a deal, a cause (`_backing_a_thing`)
        self.backable = frozenset().union(
            *(lexicon.sets.get(name, frozenset()) for name in ("proposal", "criticized", "agreement")), BACKED_STANDS
        )
        self.participants = participants
        self.other_senses = self._other_senses()

    def keep(self, c: Candidate, actors: DocActors) -> bool:
        subj = c.subject
        sport_types = ("ASSAULT", "COERCE", "PROTEST") + (("CONSULT",) if c.nominal else ())  # an athletics "meeting"
        if c.type in sport_types and any(_sport_word(t) for t in c.trigger.sent):
            return False  # "United launched an attack down the left": a match, not a war
        if any(c.type in kinds and says_no(c, actors) for kinds, says_no in self.other_senses):
            # a figurative or disastrous fight is none; another sense a reader may overrule
            c.ruled_out = c.type == "ASSAULT" and (self._disaster_clause(c) or _blasted_at_work(c))
            return False
        if c.nominal and c.rule.endswith("(under)"):
            return True  # "was put under investigation": the investigator is often unnamed
        if c.rule.endswith("(workplace)"):
            return True  # "the struck plants": those on strike are the place's workers, whom it need not name
        if c.type == "COERCE" and c.mode == "property" and subj is not None and self._weaponish(subj):
            c.type, c.mode = "ASSAULT", "military"  # "homes were destroyed by air strikes"
            c.rule += " (by weapons)"
        if (
            not c.nominal
            and c.type in ("ASSAULT", "COERCE")
            and c.trigger.tag_ == "VBN"
            and c.trigger.dep_ == "acl"
            and (
                c.trigger.head.lemma_.lower() in HUMAN_NOUNS
                or c.trigger.head.ent_type_ in ("PERSON", "NORP")
                or c.trigger.head.lower_ in ("those", "people")
            )
        ):
            # "those arrested", "people killed": the people the participle describes underwent it (before the
            # noun, "the jailed dissident", "the injured player" describe a state more than they report an act);
            # "those injured by asbestos", "people killed by the floods": a thing or a disaster did it, no one
            c.ruled_out = c.type == "ASSAULT" and (self._disaster_sentence(c) or self._harmed_by_a_thing(c, actors))
            return not c.ruled_out
        patient = self.participants.patient(c.trigger) if not c.nominal else None
        if (
            patient is not None
            and c.obj is not None
            and (
                (c.obj.i == patient.i and self._event_noun(patient))
                or any(g.i == c.obj.i and self._event_noun(g) for g in self._phase_of(patient))
            )
        ):
            return True  # "rallies were held", "talks were conducted": the event noun says what happened
        if (
            patient is not None
            and subj is None
            and not c.actors
            and c.type not in ("CONSULT", "AGREE", "REJECT", "SUPPORT")
            and not any(_sport_word(t) for t in c.trigger.sent)
        ):
            # "dozens were detained", "thousands arrested", "he was accused of": done to people by
            # someone unnamed; a passive with a thing for its patient ("the plan was rejected") is not enough
            if not self.participants.human(patient, actors) and not _held_by_meaning(c.trigger, patient):
                return False
            c.ruled_out = c.type == "ASSAULT" and self._disaster_sentence(c)
            return not c.ruled_out
        # "the talks failed", "months of talks have failed": talks that are themselves the news
        talks = (
            c.type == "CONSULT"
            and c.nominal
            and (
                "(subject of happening)" in c.rule
                or c.trigger.head.head.lemma_.lower() in DURATION_NOUNS
                # "in the negotiations on U.S. and Soviet missiles", "after talks with Iran": who talks is named
                or ("(after '" in c.rule and bool(c.recipients))
                # "talks are scheduled to resume on Monday", "bargaining was set to continue": talks to come are news
                or ("(planned)" in c.rule and c.trigger.dep_ in ("nsubj", "nsubjpass"))
            )
        )
        if _agreed_impersonally(c):
            return True
        if (
            c.type in NEEDS_ACTOR
            and not c.actors
            and not talks
            and not (c.doer_unnamed and c.recipients)  # "five managers face charges": brought by someone unnamed
            # "rejected calls for an inquiry", "faces criminal charges", "resigned after sustained criticism":
            # made by someone unnamed
            and not (c.nominal and c.doer_unnamed and c.actor_optional)
            and not self._filing_speaks(c)
            and not (subj is not None and self.participants.actor_like(subj, actors))
        ):
            return False
        if c.type == "SANCTION" and c.actors and all(p.get("sector") in ("CVL", "LAB") for p in c.actors):
            # "striking seamen have halted exports", "dockers banned the unloading of South African goods": people and
            # unions sanction no one; what they stop or ban is their protest (a stoppage, a boycott)
            c.type, c.mode, c.rule = "PROTEST", "boycott", f"{c.rule} (by people)"
        if c.type == "PROTEST" and c.trigger.lemma_.lower() == "boycott" and self._boycott_by_a_state(c):
            # "Arab states boycott Israeli goods": a state that shuns another's goods or firms sanctions it; a state
            # staying away from a meeting protests ("Italy boycotted a meeting in Paris")
            c.type, c.mode, c.rule = "SANCTION", "embargo", f"{c.rule} (by a state)"
        if c.type == "ASSAULT" and subj is not None and self._disaster(subj):
            c.ruled_out = True
            return False
        if (
            c.type == "ASSAULT"
            and subj is not None
            and subj.dep_ == "pobj"
            and subj.head.i > 0
            and (self._disaster(subj.head.head) or self._disaster(subj.doc[subj.head.i - 1]))
        ):
            c.ruled_out = True
            return False  # "a fire at one cafe that killed 25 people": the relative clause hangs on the place
        if c.type == "ASSAULT" and (self._self_harm_or_motion(c, actors) or self._trade_injury(c, actors)):
            return False
        if c.type == "ASSAULT":
            for ch in c.trigger.children:
                if ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in")):
                    for p in ch.children:
                        if p.dep_ == "pobj" and self._disaster(p):
                            c.ruled_out = True
                            return False
                        if ch.dep_ == "agent" and p.dep_ == "pobj" and self._harmless_agent(p, actors):
                            c.ruled_out = True
                            return False  # "claim to have been injured by the drug": harmed by a thing
        if c.actors:
            return True
        if subj is not None and self.participants.actor_like(subj, actors):
            return True
        if c.type == "ASSAULT":
            # "78 people were killed", "rockets hit Misrata", "the attack began"
            if subj is not None and (subj.lemma_.lower() in WEAPON_WORDS or self._weaponish(subj)):
                return True
            victim = next((ch for ch in c.trigger.children if ch.dep_ in ("nsubjpass", "dobj")), None)
            if victim is not None and self.participants.human(victim, actors):
                return True
            if c.nominal and c.actor_optional:
                return True
            return subj is None and bool(c.recipients)
        if c.nominal and c.actor_optional and (c.recipients or c.type in ("CONSULT", "PROTEST", "COERCE", "RETREAT")):
            return True
        if c.nominal and c.actor_optional and c.doer_unnamed:
            return True  # "aid began arriving in the flooded region": aid given, by whom the text does not say
        if c.recipients and subj is None:
            return c.type not in ("CONSULT",) or bool(c.recipients)
        # "the report was critical of the police": written by someone the sentence does not name
        return self._filing_speaks(c) or (c.doer_unnamed and bool(c.recipients))

    @staticmethod
    def _filing_speaks(c: Candidate) -> bool:
        """ "the lawsuit accuses the bank of fraud": the case speaks for a plaintiff the sentence does not name;
        "his report demands an overhaul of the rules": a report speaks for whoever wrote it."""
        subj = c.subject
        if subj is None:
            return False
        if c.type == "REQUEST" and not c.nominal and subj.lemma_.lower() in REPORT_NOUNS:
            return True
        # "the lawsuit accuses the bank of fraud"; "the report blamed the army for the deaths": a report's blame is
        # its unnamed authors', of a party
        return c.type == "ACCUSE" and bool(c.recipients) and subj.lemma_.lower() in LEGAL_FILINGS | REPORT_NOUNS

    def _backing_a_thing(self, c: Candidate, actors: DocActors) -> bool:
        """ "the expansion, backed by Welsh office grants", "the council aims to support strategic research", "the
        funds countries use to support their daily activities": backing a project, a venture or a thing with money, or
        by a firm, a thing or no one named, is funding or sponsoring it, no political support. One backs a party, a
        person, or a stand one can take sides on: a proposal, a policy, a decision, a deal, a cause ("backed the plan",
        "the proposal, supported by Britain"); and a politician who backs a thing takes a stand on it."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() not in BACKING_VERBS:
            return False
        backed = self.participants.patient(tok) if tok.tag_ == "VBN" else None
        if backed is None:
            backed = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
        if backed is None or not self._a_thing(backed, actors) or backed.lemma_.lower() in self.backable:
            return False
        # a politician or a body of state backing a thing takes a stand on it ("Michael Howard has backed stem cell
        # research", "a chief constable has backed the introduction of 24-hour drinking"); money backs it as funding
        agent = self.participants.agent_of(tok)
        funded = agent is not None and agent.lemma_.lower() in self.lex.sets.get("aid", frozenset())
        # "called for policies supporting growth of agriculture": a participle whose noun is a thing says what the
        # thing does; no party backs anything there
        by_a_thing = tok.dep_ == "acl" and tok.tag_ == "VBG" and self._a_thing(tok.head, actors)
        return funded or by_a_thing or not c.actors or all(_firm_or_nobody(p) for p in c.actors)

    @staticmethod
    def _vote_of_the_public(c: Candidate) -> bool:
        """ "there is no guarantee they will vote for a Labour government", "get people voting for real parties":
        voters choosing, with no party, chamber, member or state named as voting, cast ballots, which is no event
        ("the Socialists voted for the motion", "MPs voted in favour of the Bill" back it)."""
        if c.nominal or c.trigger.lemma_.lower() != "vote":
            return False
        return all(p.get("sector") == "CVL" for p in c.actors)  # none named, or the public ("people", "voters")

    def _vote_deciding_an_act(self, c: Candidate) -> bool:
        """ "voted in favour of sending troops", "voted 94 pct in favor of authorizing a strike", "voted unanimously in
        favour of a quarter point rise", "aid voted by Congress": a vote that decides an act or a measure of the voters'
        own is that decision (coded, where it is an event, from its own words), no backing of anyone ("voted for the
        bill", "voted for Mr Chirac" back them)."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() != "vote":
            return False
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return True  # "815 mln dlrs in economic aid voted by Congress": what was voted is given
        favoured = []
        for prep in (ch for ch in tok.children if ch.dep_ == "prep"):
            heads = [prep]
            if prep.lower_ == "in":  # "in favour of"
                heads = [
                    of for fav in prep.children if fav.lemma_.lower() in ("favour", "favor")
                    for of in fav.children if of.dep_ == "prep" and of.lower_ == "of"
                ]  # fmt: skip
            elif prep.lower_ not in ("for", "of"):  # "of" hung on the verb: "voted in favour of sending troops"
                continue
            favoured += [g for h in heads for g in h.children if g.dep_ in ("pobj", "pcomp")]
        return any(g.tag_ == "VBG" or g.lemma_.lower() in CHANGE_NOUNS for g in favoured)

    def _enabled_by_a_thing(self, c: Candidate, actors: DocActors) -> bool:
        """ "a visa allowing them to marry", "the new SEC move would allow debt to be marketed", "supporters may switch,
        allowing the Tories to win": a thing or a turn of events that allows something makes it possible; only a
        party that allows (or will not allow) concedes (or refuses)."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() not in ENABLING_VERBS:
            return False
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            return True  # ", allowing the Tories to win": what the clause before brings about
        holder = tok.head if tok.dep_ == "acl" else c.subject
        return holder is not None and self._a_thing(holder, actors)

    def _a_thing(self, tok, actors: DocActors) -> bool:
        """A common noun that names no party, person or force ("the move", "a visa", "sponsorship")."""
        return (
            tok.pos_ == "NOUN"
            and not tok.ent_type_
            and actors.actor_for(tok) is None
            and tok.lemma_.lower() not in _DOERS | self.lex.sets.get("troops", frozenset())
            and not tok.lower_.endswith(("worker", "workers"))
        )

    def _captured_by_a_thing(self, c: Candidate, actors: DocActors) -> bool:
        """ "the dilemma has truly captured economists", "the story captured the public": a thing that captures
        people holds their attention; only people, forces and bodies take prisoners."""
        subj = c.subject
        return (
            not c.nominal and c.trigger.lemma_.lower() == "capture" and subj is not None and self._a_thing(subj, actors)
        )

    def _other_senses(self):
        """(types, check) pairs, each a reading in which the words name no event of those types: a risk
        is no threat, keeping one's counsel no refusal, a thing that helps no aid, a central bank's help to
        a market finance, helping to do something no aid, an offer of a thing no promise, insisting that
        something is so no demand, a visit to places no meeting. Each check reads the candidate and the
        parse and writes nothing."""
        return (
            (("THREATEN",), lambda c, actors: self._risk_not_threat(c, actors) or self._warning_of_risk(c, actors)),
            (
                ("REJECT",),
                lambda c, actors: (
                    self._declined_to_say(c)
                    or _fighting_for(c)
                    or _disagreed_with_nothing(c)
                    or _bids_at_a_sale(c)
                    or _appeal_of_a_ruling(c)
                ),
            ),
            (("AID", "SUPPORT", "COOPERATE"), lambda c, actors: not c.actors and _subject_is(c, ("it",))),
            (TYPES, lambda c, actors: c.rule.startswith("refusal:") and not c.actors and _subject_is(c, THINGS)),
            (
                ("AID",),
                lambda c, actors: (
                    _offered_at_a_sale(c)
                    or _evacuated_by_no_one(c)
                    or self._market_operation(c)
                    or self._goods_of_no_aid(c)
                    or self._help_in_doing(c, actors)
                    or self._help_to_no_one_in_need(c, actors)
                ),
            ),
            (
                ("COOPERATE",),
                lambda c, actors: (
                    (not c.nominal and not c.actors and not c.recipients) or self._invested_at_home(c, actors)
                ),
            ),
            (
                ("AGREE", "SUPPORT"),
                # "signed an agreement to merge with Union Corp", "entered into a merchandising agreement"
                lambda c, actors: (
                    (c.type == "AGREE" and (self._offer_of_a_thing(c) or _offered_at_a_sale(c)))
                    or _standing_commitment(c)
                    or _corporate_deal(c, self.agreements)
                    or _commercial_agreement(c, self.agreements)
                ),
            ),
            (("REQUEST",), lambda c, actors: self._insisted_fact(c)),
            (
                ("CONSULT",),
                lambda c, actors: (
                    self._visit_to_no_one(c, actors)
                    or _visit_at_home(c)
                    or _press_only(c)
                    or self._tour_at_home(c)
                    or _welcome_without_a_visit(c)
                    or _contacts_who_speak(c)
                ),
            ),
            (
                ("REQUEST",),
                lambda c, actors: (
                    _anonymity(c)
                    or _plea_in_court(c)
                    or _purchase_order(c)
                    or _ordered_a_thing(c)
                    or _polled_share(c)
                    or _wanted_state_of_mind(c)
                ),
            ),
            (("REQUEST", "CONCEDE", "COERCE"), lambda c, actors: _document_provides(c)),
            (("CONCEDE",), lambda c, actors: _permission_by_no_one(c)),
            (("SANCTION",), lambda c, actors: _called_off_by_no_one(c)),
            (("RETREAT",), lambda c, actors: self._private_resignation(c)),
            (("COERCE",), lambda c, actors: self._captured_by_a_thing(c, actors) or _closed_its_own(c)),
            (("CONCEDE", "REJECT"), lambda c, actors: self._enabled_by_a_thing(c, actors) or _prices_let_move(c)),
            (
                ("SUPPORT",),
                lambda c, actors: (
                    self._vote_deciding_an_act(c) or self._vote_of_the_public(c) or self._backing_a_thing(c, actors)
                ),
            ),
            (
                ("ACCUSE",),
                lambda c, actors: (
                    _to_blame(c)
                    or _taken_elsewhere(c)
                    or self._worry_of_a_state(c, actors)
                    or self._blamed_on_a_thing(c, actors)
                ),
            ),
            (("AGREE", "REJECT"), lambda c, actors: _shared_view(c)),
            (
                ("CONSULT",),
                lambda c, actors: (
                    self._no_one_travels(c, actors)
                    or _talks_on_a_deal(c)
                    or self._private_journey(c, actors)
                    or _press_conference_held(c)
                    or _owners_meeting(c)
                    or _own_session(c)
                    or _one_bodys_gathering(c)
                ),
            ),
            (("AGREE", "SUPPORT"), lambda c, actors: _contract_between_firms(c)),
            (("REQUEST",), lambda c, actors: _call_for_nothing(c)),
            (
                ("ASSAULT",),
                lambda c, actors: (
                    self._figurative_target(c, actors)
                    or self._figurative_fight(c, actors)
                    or _attack_of_another_kind(c)
                    or _blasted_at_work(c)
                    or self._disaster_clause(c)
                    or _hit_by_a_stoppage(c)
                    or _fight_for_a_cause(c)
                    or _strikes_as(c)
                    or _dismissed(c, lambda t: self.participants.human(t, actors))
                ),
            ),
            (("COERCE",), lambda c, actors: _forced_by_no_one(c) or (not c.actors and _subject_is(c, ("it",)))),
            (("SANCTION",), lambda c, actors: _measures_at_no_one(c) or _debt_suspended(c)),
        )

    @staticmethod
    def _private_resignation(c: Candidate) -> bool:
        """ "Paul Casey resigned as vice-chairman and a director", "Mr Sans resigning as the company's CEO":
        leaving a post in a firm is business; a resignation is political when a political party resigns or
        the post, the one who held it or the sentence names public office ("the minister resigned"). Standing
        down "on the grounds of ill health" is no retreat under pressure, whoever does it."""
        if c.trigger.lemma_.lower() not in RESIGN_VERBS:
            return False
        subject = {t.i for t in c.subject.subtree} if c.subject is not None else set()
        if any(t.lemma_.lower() in HEALTH_REASONS and t.i not in subject for t in c.trigger.subtree):
            return True
        firm_news = any(
            t.lower_.strip(".") in FIRM_NAME_WORDS or t.lemma_.lower() in FIRM_NEWS_WORDS for t in c.trigger.sent
        )
        subject = c.subject.children if c.subject is not None else ()
        titles = {
            t.lower_
            for ch in subject
            if ch.dep_ in ("compound", "appos", "amod")
            for t in ch.subtree
            if t.is_lower and not t.is_punct
        }
        if c.subject is not None and c.subject.is_lower:
            titles.add(c.subject.lower_)  # "its chairman resigned"
        if firm_news and titles and titles <= FIRM_TITLES:
            return True  # "Lothrop Inc said president David Mullen resigned": the firm's president
        if any(p.get("sector") in OFFICE_SECTORS or str(p.get("key", "")).startswith("country:") for p in c.actors):
            return False
        posts = [
            g
            for ch in c.trigger.children
            if ch.dep_ == "prep" and ch.lower_ in ("as", "from")
            for g in ch.children
            if g.dep_ == "pobj"
        ]
        if c.subject is not None:
            posts += [ch for ch in c.subject.children if ch.dep_ in ("appos", "compound", "amod")]
        words = {t.lemma_.lower() for p in posts for t in p.subtree}
        if words & CORPORATE_POSTS:
            return True
        # in a firm's news a president, a chairman or a secretary is the firm's, unless the post names a
        # public body
        if firm_news and not words & PUBLIC_BODY_WORDS:
            return True
        public = PUBLIC_BODY_WORDS | OFFICE_NOUNS
        return not (words & public) and not any(t.lemma_.lower() in public for t in c.trigger.sent)

    def _no_one_travels(self, c: Candidate, actors: DocActors) -> bool:
        """ "most of which goes to the United States", "profit came from the parent company", "he headed
        the charts in the US": a visit by a verb of motion needs someone who travels and a place gone to."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() not in ("go", "come", "head"):
            return False
        if not any(ch.dep_ == "prep" and ch.lower_ in ("to", "for") for ch in tok.children):
            return True
        subj = c.subject
        if subj is not None:  # "most of the coffee": what the quantity is of travels
            subj = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children), subj)
        return subj is None or not (
            subj.ent_type_ == "PERSON"
            or subj.lower_ in ("he", "she", "they", "we", "i")
            or actors.actor_for(subj) is not None
            or subj.lemma_.lower() in HUMAN_NOUNS
        )

    def _private_journey(self, c: Candidate, actors: DocActors) -> bool:
        """ "he arrived in the UK after the awards", "we fly out to Rome on Thursday", "the band will tour Japan":
        a journey is a visit of diplomacy (CONSULT) when a state or a political or social actor travels
        ("the chancellor is travelling to America", "Shultz arrived in Moscow") or the sentence gives the
        journey a political purpose ("came to Geneva for a meeting", "travelled to Uganda to plead for a
        life", "came to Turkey to brief the government"); anyone else going somewhere is news of travel. Who
        "visits" states as "he" is someone an earlier sentence named, and left to the visit's other checks.
        Reads `trigger`, `mode`, `nominal`, `subject` and `actors`."""
        tok = c.trigger
        if c.nominal or c.mode != "visit" or tok.lemma_.lower() not in MOTION_VERBS | {"tour"}:
            return False
        known = political_keys(actors)
        if any(political_party(p, known) for p in c.actors) or _public_phrase(c.subject):
            return False
        if tok.lemma_.lower() == "visit" and (c.subject is None or c.subject.pos_ == "PRON"):
            return False  # "he is due to visit Denmark": a visit to states by someone of an earlier sentence
        for ch in tok.children:
            if ch.dep_ in ("advcl", "xcomp") and ch.pos_ == "VERB" and ch.lemma_.lower() in self.lex.verbs:
                return False  # "to plead for the life of a lecturer", "to brief the government"
            if ch.dep_ == "prep" and ch.lower_ in ("for", "on") and any(self._event_noun(g) for g in ch.children):
                return False  # "for a meeting", "on a visit", "for talks"
        return True

    def _figurative_target(self, c: Candidate, actors: DocActors) -> bool:
        """ "India has targeted countries that depend on its market", "the industry is targeting people
        who run websites": targeting is force only when the one who targets is armed or arms are in the
        sentence ("militants targeted a police station", "the convoy was targeted by a roadside bomb")."""
        if c.trigger.lemma_.lower() != "target" or c.nominal:
            return False
        doers = [t for t in (c.subject, self.participants.agent_of(c.trigger)) if t is not None]
        if any(d.lemma_.lower() in ARMED_NOUNS or self._weaponish(d) for d in doers):
            return False
        if any(p.get("sector") in ("MIL", "REB") for p in c.actors):
            return False
        return not any(
            t.i != c.trigger.i
            and (t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS - {"attack", "strike"})
            for t in c.trigger.sent
        )

    def _figurative_fight(self, c: Candidate, actors: DocActors) -> bool:
        """ "his government is determined to fight on more than one front", "urged Reagan to join Congress in fighting
        trade and budget deficits", "adults fight too": fighting is force only where the one who fights is armed, or
        fights a party, or arms are in the sentence ("rebels fought government troops", "Hamas fought Fatah")."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() not in ("fight", "battle", "combat"):
            return False
        if any(p.get("sector") in ("MIL", "REB", "COP") for p in (*c.actors, *c.recipients)):
            return False
        if any(t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS for t in tok.sent if t.i != tok.i):
            return False
        if not any(ch.dep_ in ("dobj", "prep") for ch in tok.children) and any(
            political_party(p) and p.get("sector") != "CVL" for p in c.actors
        ):
            return False  # "supporters and foes of the president have been fighting to retain control of the square"
        fought = [ch for ch in tok.children if ch.dep_ == "dobj"] + [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("against", "with")
            for g in p.children if g.dep_ == "pobj"
        ]  # fmt: skip
        return all(self._a_thing(f, actors) for f in fought)

    def _disaster_clause(self, c: Candidate) -> bool:
        """ "the storm left two people dead and 800 injured", "fifty people were killed or injured in
        flooding": with no one named as doer, a disaster that governs the clause, or is its cause on any
        verb of it, killed them. Reads the trigger, its conjuncts and the verbs above it."""
        if c.actors:
            return False
        verbs, v = [c.trigger], c.trigger
        for _ in range(3):
            if v.dep_ not in ("conj", "xcomp", "ccomp", "oprd", "advcl") or v.head.i == v.i:
                break
            v = v.head
            verbs.append(v)
        # "killed or injured in flooding": a participle beside the trigger shares its cause ("killed or die
        # from cold" does not: dying of cold is another fate)
        verbs += [ch for t in list(verbs) for ch in t.children if ch.dep_ == "conj" and ch.tag_ == c.trigger.tag_]
        if self._vehicle_accident(c.trigger, verbs):
            return True
        for verb in verbs:
            for ch in verb.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and self._disaster(ch):
                    return True
                # "killed in flooding", "31 were killed after an explosion and fire at the plant", "died following the
                # crash": a disaster named as the cause, or as what came just before, with no doer named
                cause = ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ in DISASTER_CAUSE_PREPS)
                if cause and any(p.dep_ == "pobj" and self._disaster(p) for p in ch.children):
                    return True
                # "were killed when a fire swept through the barracks"
                if ch.dep_ == "advcl" and any(g.dep_ == "nsubj" and self._disaster(g) for g in ch.children):
                    return True
        return False

    @staticmethod
    def _vehicle_accident(trigger, verbs) -> bool:
        """ "27 people were killed when an airliner flew into power lines": a clause of the killing in which a
        vehicle crashes, with no weapon or armed party in the sentence, tells an accident."""
        sent = trigger.sent
        if any(t.lemma_.lower() in WEAPON_WORDS | ARMED_NOUNS for t in sent):
            return False
        return any(
            clause.dep_ == "advcl"
            and clause.lemma_.lower() in CRASH_VERBS
            and any(s.dep_ == "nsubj" and s.lemma_.lower() in VEHICLES for s in clause.children)
            for verb in verbs
            for clause in verb.children
        )

    @staticmethod
    def _declined_to_say(c: Candidate) -> bool:
        """Reads the trigger's complement. "declined to comment", "refused to speculate", "would not say":
        keeping one's counsel is no refusal of anyone's demand."""
        tok = c.trigger
        # "declined further comment"; not someone's words ("rejected Mr Howard's comment", "the comment")
        said = [
            ch
            for ch in tok.children
            if ch.dep_ in ("xcomp", "ccomp")
            or (ch.dep_ == "dobj" and not any(g.dep_ in ("poss", "det") for g in ch.children))
        ]
        if tok.lemma_.lower() in REFUSAL_VERBS and any(ch.lemma_.lower() in UNSAID_VERBS for ch in said):
            return True
        if "(refusal)" in c.rule and any(ch.dep_ == "dobj" and ch.lemma_.lower() in CLAIM_NOUNS for ch in tok.children):
            # "he would not discuss reports the party repaid the money", "declined to confirm the reports": what is
            # said of one goes unanswered; no one's demand is refused
            return True
        return c.rule.startswith("refusal:") and tok.lemma_.lower() in UNSAID_VERBS

    def _event_noun(self, tok) -> bool:
        return tok.lemma_.lower() in self.lex.nouns or tok.lower_ in self.lex.nouns

    @staticmethod
    def _phase_of(tok) -> list:
        """What a stretch or batch is of: "a round of talks was held" holds talks."""
        if tok.lemma_.lower() not in PHASE_NOUNS:
            return []
        return [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]

    def _self_harm_or_motion(self, c: Candidate, actors: DocActors) -> bool:
        """ "he has killed himself": a death by one's own hand harms no one else; "shares shot up", "the
        game shot to the top of the charts": a thing that shoots up, to or into somewhere moves, and no
        one fires ("troops shot into the crowd" has people firing). Reads `trigger` and `subject`."""
        tok = c.trigger
        objects = [ch for ch in tok.children if ch.dep_ == "dobj"]
        if objects and all(o.lower_ in REFLEXIVES for o in objects) and not c.recipients:
            return True
        if tok.lemma_.lower() != "shoot":
            return False
        moves = any(
            (ch.dep_ in ("prt", "advmod") and ch.lower_ in ("up", "ahead"))
            or (ch.dep_ == "prep" and ch.lower_ in MOTION_PREPS)
            for ch in tok.children
        )
        subj = c.subject
        return moves and not (subj is not None and self.participants.actor_like(subj, actors))

    def _trade_injury(self, c: Candidate, actors: DocActors) -> bool:
        """ "U.S. corn has injured Ontario corn growers", "imports hurt the domestic industry": goods that harm
        producers do the injury trade law weighs, no violence. A thing that does it (not a party, a person, a weapon
        or an act of violence, whatever country it comes from) and producers or an industry that undergo it; "police
        injured farmers" is violence. Reads `trigger` and `subject`."""
        subj = c.subject
        if subj is None or c.trigger.lemma_.lower() not in INJURING_VERBS or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        harmed = [ch for ch in c.trigger.children if ch.dep_ == "dobj"]
        if not harmed or not all(h.lemma_.lower() in TRADE_INJURED for h in harmed):
            return False
        lemma = subj.lemma_.lower()
        return not (
            actors.actor_for(subj)
            or lemma in HUMAN_NOUNS
            or lemma in QUANTITY_WORDS
            or lemma in WEAPON_WORDS
            or self._weaponish(subj)
            or lemma in self.lex.nouns
            or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        )

    @staticmethod
    def _insisted_fact(c: Candidate) -> bool:
        """ "continues to insist that the overshoot does not mean a hard landing": insisting that something
        is so asserts it; only insisting that someone should or must act, or on an act, demands it
        ("insisted that the firm must withdraw", "insisted the minister resign", "insisted on talks").
        Reads `trigger` and its clause."""
        tok = c.trigger
        if tok.lemma_.lower() != "insist":
            return False
        clause = next((ch for ch in tok.children if ch.dep_ == "ccomp"), None)
        if clause is None:
            return False
        modals = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
        # "insisted the minister resign": the subjunctive demands
        return not (subjunctive(clause) or modals & {"should", "must", "shall", "ought"})

    def _worry_of_a_state(self, c: Candidate, actors: DocActors) -> bool:
        """ "voiced concern about the strength of the euro", "expressed worries over the phones": worry about a
        state of things criticises no one; about a party, an act or a policy ("voiced concern over the
        arrests", "expressed dismay at the ruling") it does. Reads `trigger`, `obj`, `mode`, `recipients`."""
        if c.nominal or c.recipients or c.mode != "criticize" or c.obj is None:
            return False
        if c.trigger.lemma_.lower() not in ("voice", "express"):
            return False
        preps = [ch for ch in (*c.obj.children, *c.trigger.children) if ch.dep_ == "prep"]
        topics = [
            g
            for ch in preps
            if ch.lower_ in ("about", "over", "at", "on", "with")
            for g in ch.children
            if g.dep_ in ("pobj", "pcomp")
        ]

        def a_matter(g) -> bool:
            lemma = g.lemma_.lower()
            return bool(
                g.dep_ == "pcomp"
                or lemma in PUBLIC_MATTERS
                or lemma in self.lex.nouns
                or g.lower_ in self.lex.nouns
                or g.pos_ in ("PROPN", "PRON")
                or g.ent_type_
                or any(ch.dep_ == "poss" for ch in g.children)
                or self.participants.human(g, actors)
                or self.participants.parties(g, actors)
                or any(done_to(ch) for ch in g.children if ch.dep_ == "prep" and ch.lower_ == "of")
            )

        def done_to(of) -> bool:  # "the treatment of asylum seekers": conduct towards people
            return any(
                self.participants.human(o, actors) or self.participants.parties(o, actors)
                for o in of.children
                if o.dep_ == "pobj"
            )

        return bool(topics) and not any(a_matter(g) for g in topics)

    def _visit_to_no_one(self, c: Candidate, actors: DocActors) -> bool:
        """ "visited marginal constituencies", "toured the factory": a visit to places no party is named
        for meets no one (a visit to a capital or a country is a visit to its state, "visited Warsaw").
        Reads `trigger`, `mode`, `recipients` and the visit's object."""
        if c.nominal or c.mode != "visit" or c.recipients:
            return False
        place = next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
        if place is None or place.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"):
            return False
        return not self.participants.human(place, actors) and not self.participants.parties(place, actors)

    def _tour_at_home(self, c: Candidate) -> bool:
        """ "began a week-long tour to persuade voters", "begins a nationwide tour on Monday": a tour in a sentence
        that names no place, no state and no party visited is campaigning, not a visit ("a four-nation tour", "a tour
        of the Gulf", "an Asian tour", "left Russia's Far East at the end of a six-day tour" visit states). Reads
        `nominal`, `trigger`, `actors` and `recipients`."""
        tour = c.trigger
        if not c.nominal or tour.lemma_.lower() != "tour" or c.recipients:
            return False
        doers = {i for a in c.actors for i in range(a.get("start", -1), a.get("end", -1))}
        if any(t.ent_type_ in ("GPE", "LOC") and t.idx not in doers for t in tour.sent):
            return False  # "left Russia's Far East at the end of a six-day tour": a place the sentence names
        if any(ch.lower_ in ("here", "abroad", "overseas") for ch in tour.children):
            return False  # "during the week-long tour here": where the dateline is, a visit
        named = [ch for ch in tour.children if ch.dep_ in ("compound", "amod", "nmod", "nummod")]
        named += [g for ch in tour.children if ch.dep_ == "prep" for g in ch.children if g.dep_ == "pobj"]
        return not any(
            t.ent_type_ in ("GPE", "LOC", "NORP")
            or t.lower_.split("-")[-1] in ("nation", "nations", "country", "countries", "state", "states")
            for n in named
            for t in n.subtree
        )

    def _goods_of_no_aid(self, c: Candidate) -> bool:
        """ "approved the transfer of the stations", "deliveries of refined products": a transfer, a delivery or a
        shipment is aid when what it moves is aid, money or arms ("the transfer of funds", "arms deliveries"); of
        other goods it is trade or business."""
        if not c.nominal or c.trigger.lemma_.lower() not in MOVED_GOODS_NOUNS:
            return False
        aid = self.lex.sets.get("aid", frozenset()) | self.lex.sets.get("weapons", frozenset())
        moved = [p for ch in c.trigger.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children]
        moved += [ch for ch in c.trigger.children if ch.dep_ == "compound"]
        return bool(moved) and not any(m.lemma_.lower() in aid or m.lower_ in aid for m in moved)

    def _invested_at_home(self, c: Candidate, actors: DocActors) -> bool:
        """ "Vietnam would invest one billion dong in 272 new economic zones", "to invest in foreign government bonds",
        "prefer to invest abroad rather than in Saudi Arabia": money a party puts into its own country, into paper or
        nowhere named is spending or business; investing in another country or its assets ("Japan invested heavily
        in Indonesian mines", "will invest in Kenya's railway") ties two states."""
        if c.nominal or c.type != "COOPERATE" or c.trigger.lemma_.lower() != "invest":
            return False
        home = {p.get("country") for p in c.actors} - {None}
        places = [p for ch in c.trigger.children if ch.dep_ == "prep" and ch.lower_ == "in" for p in ch.children]
        owners = [m for p in places for m in p.children if m.dep_ in ("amod", "compound", "poss", "nmod")]
        found = [*c.recipients, *(q for m in owners for q in self.participants.parties(m, actors))]
        return not any(p.get("country") and p.get("country") not in home for p in found)

    def _harmed_by_a_thing(self, c: Candidate, actors: DocActors) -> bool:
        """Whether the passive names a harmless agent after "by": "those injured by asbestos"."""
        agents = (ch for ch in c.trigger.children if ch.dep_ == "agent")
        return any(p.dep_ == "pobj" and self._harmless_agent(p, actors) for ch in agents for p in ch.children)

    def _harmless_agent(self, tok, actors: DocActors) -> bool:
        """A doer named after "by" that is neither a party, a person, a weapon nor an act of violence:
        "injured by the drug", "hurt by falling prices"."""
        lemma = tok.lemma_.lower()
        return not (
            self.participants.actor_like(tok, actors)
            or self.participants.human(tok, actors)
            or self.participants.parties(tok, actors)
            or lemma in WEAPON_WORDS
            or self._weaponish(tok)
            or lemma in self.lex.nouns
            or tok.lower_ in self.lex.nouns
            or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.pos_ == "PRON"
        )

    @staticmethod
    def _market_operation(c: Candidate) -> bool:
        """ "gave the market assistance of 210 mln stg", "provided help to the money market": a central
        bank's help to a market is an operation of finance, no aid to anyone. Reads `trigger`."""
        given_to = [ch for ch in c.trigger.children if ch.dep_ in ("dative", "dobj")]
        given_to += [m for t in given_to for m in t.children if m.dep_ == "compound"]  # "gave market assistance"
        given_to += [g for ch in c.trigger.children if ch.dep_ == "prep" and ch.lower_ == "to" for g in ch.children]
        return any(t.lemma_.lower() in MARKET_RECIPIENTS for t in given_to)

    def _offer_of_a_thing(self, c: Candidate) -> bool:
        """ "offered costed alternatives", "offered a new plan for schools": an offer promises something
        to someone ("offered its troops to Lebanon"), an act ("offered to negotiate", "offered a truce",
        "offered talks") or help ("offered aid", "offered its support"); a thing put forward to no one
        is a proposal, no promise. Reads `trigger`, `obj` and `recipients`."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() != "offer" or c.recipients or c.obj is None:
            return False
        if any(ch.dep_ in ("xcomp", "ccomp", "dative") for ch in tok.children):
            return False
        if any(ch.dep_ == "prep" and ch.lower_ == "to" for ch in tok.children):
            return False  # "offered troops to the new president", whoever the president is
        noun = c.obj.lemma_.lower()
        # help, and accords: "offered a long-term consent arrangement", "offered a compromise"
        offered_help = (
            self.lex.sets.get("support", frozenset())
            | self.lex.sets.get("aid", frozenset())
            | self.lex.sets.get("agreement", frozenset())
        )
        return not (noun in self.lex.nouns or c.obj.lower_ in self.lex.nouns or noun in offered_help)

    def _help_in_doing(self, c: Candidate, actors: DocActors) -> bool:
        """ "helped to negotiate the ceasefire", "would allow him to help achieve reform": helping to do
        something with no one named as helped is taking part in it (the act helped with is coded on its
        own verb), not aid; "will help Iraq rebuild its army" names whom it helps. Reads `trigger`,
        `recipients` and the parse."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() != "help" or c.recipients:
            return False
        done = [ch for ch in tok.children if ch.dep_ in ("xcomp", "ccomp")]
        if not done:
            return False
        helped = [ch for ch in tok.children if ch.dep_ in ("dobj", "dative")]
        helped += [g for d in done for g in d.children if g.dep_ == "nsubj"]
        return not any(self.participants.parties(h, actors) for h in helped)

    def _help_to_no_one_in_need(self, c: Candidate, actors: DocActors) -> bool:
        """ "Keska helped the men's team to third place", "Labour helped the hard working majority of families",
        "helps the public to understand", "it will help us in getting the talks underway", "anxious to help in any
        way I can": helping is aid when a state, a body of the state or those in need are helped ("Japan helped
        Bangladesh", "the army is helping the flood victims") or what is given is said ("helped them with food");
        helping anyone else, or no one named, is a word of rhetoric or of sport (round 31: the verbs read alone were
        right 3 times in 15 on the read splits). Helping to do something is `_help_in_doing`'s. Reads `trigger`,
        `obj` and the parse."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() not in ("help", "assist", "aid") or c.pattern is None:
            return False
        if c.pattern.objects is not None or any(ch.dep_ in ("xcomp", "ccomp") for ch in tok.children):
            return False
        if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children):
            return False  # "helped them with food and medicine": what is given is said
        helped = next((ch for ch in tok.children if ch.dep_ in ("dobj", "dative", "nsubjpass")), None)
        if helped is None:
            return True
        return helped.lemma_.lower() not in HELPED_NOUNS and not any(
            str(p.get("key", "")).startswith("country:") or p.get("sector") in AIDED_SECTORS
            for p in self.participants.parties(helped, actors)
        )

    def _blamed_on_a_thing(self, c: Candidate, actors: DocActors) -> bool:
        """ "blamed the drop on momentary problems", "blamed the shrinkage on the dollar's fall", "the organisation
        blames the growing popularity of computer games": a cause named for a trend is no accusation; blaming a
        party, a person, what they did ("blamed the inefficiency of firms", "blamed their speculation") or a state's
        measure ("the peg is often blamed by lawmakers for job losses") is. Reads `trigger`, `recipients` and the
        parse."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() != "blame" or c.recipients:
            return False
        blamed = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "on" for g in ch.children]
        blamed = [g for g in blamed if g.dep_ == "pobj"] or [
            ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")
        ]
        if not blamed:
            return False

        def someone(t) -> bool:
            if self.participants.human(t, actors) or actors.actor_for(t) is not None:
                return True
            if t.lemma_.lower() in STATE_MEASURES | PUBLIC_MATTERS:
                return True
            owners = [ch for ch in t.children if ch.dep_ == "poss"]
            owners += [g for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children]
            return any(o.pos_ == "PRON" or self.participants.human(o, actors) or actors.actor_for(o) for o in owners)

        return not any(someone(t) for t in blamed)

    @staticmethod
    def _boycott_by_a_state(c: Candidate) -> bool:
        """A boycott whose doers are all states or governments and whose object is another state or its goods, trade or
        firms ("Arab states boycott Israeli goods", "the government's boycott of South African products")."""
        if not c.actors or not all(
            str(p.get("key", "")).startswith("country:") or p.get("sector") == "GOV" for p in c.actors
        ):
            return False
        if c.nominal:
            shunned = [
                p
                for prep in c.trigger.children
                if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        else:
            # the first object only: "boycotted a meeting of its partners - the United States, ..." hangs the
            # partners named after the dash on the verb as a second object
            shunned = [ch for ch in c.trigger.children if ch.dep_ == "dobj"][:1]
        # the state itself ("boycott South Africa") or its goods; not a meeting of states ("boycotted a meeting of
        # its G-7 partners"), which it stays away from
        return any(
            thing.lemma_.lower() in TRADED_GOODS or thing.lower_ in TRADED_GOODS or thing.ent_type_ in ("GPE", "NORP")
            for thing in shunned
        )

    def _warning_of_risk(self, c: Candidate, actors: DocActors) -> bool:
        """ "warned of rising prices", "warned of a backlash", "warned its citizens against travel": a
        warning threatens only the warner's own act ("warned of retaliation", "warned that it would
        respond") or someone else, warned against acting ("warned the West against intervening",
        "warned against any attempt by the opposition to march"); of anything else it names a risk.
        Reads `trigger`, `rule`, `recipients` and the warning's complements."""
        tok = c.trigger
        if c.nominal or tok.lemma_.lower() != "warn" or not c.rule.startswith("verb:"):
            return False
        if any(
            ch.dep_ in ("ccomp", "xcomp")
            and not any(g.dep_ == "nsubj" and g.lower_ in ("that", "which", "who") for g in ch.children)
            for ch in tok.children
        ):
            return False  # "warned that it would use force": the control reading decides
        told = [ch for ch in tok.children if ch.dep_ == "dobj"]
        if any(any(g.dep_ == "poss" and g.pos_ == "PRON" for g in t.children) for t in told):
            return True  # "warned its citizens against travel": advice to one's own
        if c.recipients or any(self.participants.parties(t, actors) for t in told):
            return False  # "warned Iran against a strike", "warned the West against intervening"
        for ch in tok.children:
            if ch.dep_ != "prep" or ch.lower_ not in ("of", "against", "about"):
                continue
            for word in ch.children:
                if word.dep_ == "pcomp" and ch.lower_ == "against" and self._warned_off_act(word):
                    return False  # "warned against launching an attack": an act warned off
                if word.dep_ == "pobj" and (self._threat_act(word) or (ch.lower_ == "against" and self._an_act(word))):
                    return False
        return True

    def _warned_off_act(self, verb) -> bool:
        """ "warned against launching an attack", "against sending troops": the act warned off is one the
        lexicon codes, or is done to one; "warned against placing too much weight on one month's figures" is
        advice of caution, no threat."""
        if verb.lemma_.lower() in self.lex.verbs:
            return True
        return any(self._an_act(g) for g in verb.children if g.dep_ in ("dobj", "pobj"))

    def _an_act(self, word) -> bool:
        """An event noun of the lexicon or an attempt: "against any attempt to march", "against a vote"."""
        lemma = word.lemma_.lower()
        return lemma in ATTEMPT_NOUNS or word.lower_ in self.lex.nouns or lemma in self.lex.nouns

    def _threat_act(self, word) -> bool:
        """A word for an act a warner can threaten: "retaliation", "consequences", or a hostile event
        noun of the lexicon ("arrests", "sanctions", "air strikes")."""
        if word.lemma_.lower() in THREAT_ACTS or word.lower_ in THREAT_ACTS:
            return True
        kind = self.lex.nouns.get(word.lower_) or self.lex.nouns.get(word.lemma_.lower())
        return kind is not None and kind[0] in HOSTILE_ACTIONS

    def _risk_not_threat(self, c: Candidate, actors: DocActors) -> bool:
        """ "It threatens to eclipse the worst spill", "a tidal-wave warning": a thing that threatens
        and a warning of nature are risks, not threats by anyone."""
        tok = c.trigger
        subj = c.subject
        inanimate = subj is not None and subj.lower_ in ("it", "this", "that") and not c.actors
        embedded = next((ch for ch in tok.children if ch.dep_ == "xcomp"), None)
        if inanimate and embedded is not None and embedded.lemma_.lower() not in self.lex.verbs:
            return True
        if (
            embedded is not None
            and subj is not None
            and subj.pos_ == "NOUN"
            and not subj.ent_type_
            and subj.lemma_.lower() not in _DOERS
            and _a_process(subj, self.lex)
        ):
            return True  # "the fall in exports threatened to derail the plan": a process threatens by risk, not will
        for head in (c.obj, tok, tok.head if tok.dep_ == "acl" else None):
            if head is not None:
                words = {w for t in head.subtree if t.i <= head.i for w in t.lower_.split("-")}
                if words & DISASTER_WORDS:
                    return True
        head = tok.head
        if (
            tok.dep_ == "acl"
            and not any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)  # a statement's content
            and head.pos_ == "NOUN"
            and not head.ent_type_
            and head.lemma_.lower() not in HUMAN_NOUNS | _DOERS
            and not self.participants.actor_like(head, actors)
            and not self.participants.parties(head, actors)
            and head.lemma_.lower() not in WEAPON_WORDS
            and head.lemma_.lower() not in self.lex.nouns
            and not self._weaponish(head)
        ):
            return True  # "a parliamentary obstacle threatening final passage": a thing that threatens is a risk
        relative = tok.dep_ == "relcl" and any(
            ch.dep_ == "nsubj" and ch.lower_ in ("which", "that") for ch in tok.children
        )
        doers = [tok.head] if relative else [subj]  # "the war, which threatens the emirate's oil lifeline": the war
        if relative and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
            # "the war on Kuwait's doorstep, which threatens": the clause may hang lower
            doers.append(tok.head.head.head)
        # an event that threatens something is a risk ("the war threatens the lifeline"); a party threatens by will
        return any(
            doer is not None
            and doer.pos_ == "NOUN"
            and doer.ent_type_ in ("", "EVENT")  # "the Iran-Iraq war" is a named event, no one
            and doer.lemma_.lower() not in _DOERS
            and (_a_process(doer, self.lex) or doer.lemma_.lower() in SITUATION_NOUNS)
            for doer in doers
        )

    def _disaster_sentence(self, c: Candidate) -> bool:
        """ "killed by the earthquake", "died in the floods": the agent or cause is a disaster."""
        for ch in c.trigger.children:
            cause = ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in"))
            if cause and any(p.dep_ == "pobj" and self._disaster(p) for p in ch.children):
                return True
        return False

    @staticmethod
    def _disaster(tok) -> bool:
        words = {t.lemma_.lower() for t in tok.subtree}
        if words & {"bomb", "rocket", "missile", "mortar", "grenade", "suicide", "car", "roadside", "ied", "shell"}:
            return False
        return tok.lemma_.lower() in DISASTER_WORDS or bool(
            words & DISASTER_WORDS and tok.lemma_.lower() in {"explosion", "blast", "fire", "collapse"}
        )

    @staticmethod
    def _weaponish(tok) -> bool:
        return any(t.lemma_.lower() in WEAPON_WORDS for t in tok.subtree)


def _welcome_without_a_visit(c: Candidate) -> bool:
    """ "Hong Kong authorities welcome Japanese banks", "he would be warmly welcomed by Labour MPs", "welcome the
    words of Mr Snow": a welcome hosts a visit (CONSULT) when a place or an arrival is said ("welcomed Erdogan at the
    Kremlin", "welcomed the minister to Beijing") or an office-holder is its guest ("welcomed the Japanese foreign
    minister"); else it greets or approves."""
    if c.nominal or c.mode != "host" or c.trigger.lemma_.lower() != "welcome":
        return False
    guests = [ch for ch in c.trigger.children if ch.dep_ in ("dobj", "nsubjpass")]
    if any(g.lemma_.lower() in OFFICE_NOUNS | GUEST_TITLES for g in guests):
        return False
    places = [ch for ch in c.trigger.children if ch.dep_ == "prep" and ch.lower_ in ("to", "at", "in", "on")]
    if places:
        return False
    return not any(
        t.lemma_.lower() in ("visit", "arrival", "arrive", "visitor", "trip", "tour") for t in c.trigger.sent
    )


def _names_a_sale(sent, but=None) -> bool:
    """Whether a sentence names a sale of goods by its marks (`sale_marks`: a tender, a tonnage, a cargo), the word
    `but` aside (the bid "tender" itself)."""
    return any(
        t.lemma_.lower() in SALE_MARKS and t.pos_ in ("NOUN", "PROPN") and (but is None or t.i != but.i) for t in sent
    )


def _bids_at_a_sale(c: Candidate) -> bool:
    """ "the committee rejected all bids for the export of feed wheat at today's weekly tender", "Brazil rejected all
    offers at tonight's wheat tender", "rejected a tender for a cargo of 30,000 tonnes": bids and offers turned down
    where goods are sold by tender, tonnage or cargo are a buyer's or a seller's no, commerce; "rejected Iran's offer
    of talks" and "rejected the bid for membership" refuse a party."""
    obj = c.obj
    if c.nominal or obj is None or obj.lemma_.lower() not in SALE_OFFERS:
        return False
    return _names_a_sale(c.trigger.sent, but=obj)


def _offered_at_a_sale(c: Candidate) -> bool:
    """ "Poland will be offered intervention grain through special tenders", "Chilean material was offered at 345 dlrs
    per tonne": goods offered where they are sold by tender, tonnage or cargo are a sale, no promise and no aid
    ("offered 50,000 tonnes of wheat as food aid" is read as aid by its noun)."""
    if c.nominal or c.trigger.lemma_.lower() != "offer":
        return False
    if any(t.lemma_.lower() in ARRIVING_AID for t in c.trigger.subtree):
        return False
    return _names_a_sale(c.trigger.sent)


def _evacuated_by_no_one(c: Candidate) -> bool:
    """ "About 135,000 people were evacuated after the fire": people moved out of harm's way by no one named is a
    precaution told, no aid given by a party ("the army evacuated 2,000 villagers from the flooded valley" is)."""
    return not c.nominal and c.trigger.lemma_.lower() == "evacuate" and not c.actors


def _prices_let_move(c: Candidate) -> bool:
    """ "is allowing its currency to appreciate slowly", "will not let the dollar fall": letting a price, a rate or a
    currency move is a policy on markets, no concession to anyone and no refusal of anyone ("allowed the private
    sector to import sugar" yields to a party)."""
    tok = c.trigger
    if c.nominal or tok.lemma_.lower() not in ("allow", "let", "permit"):
        return False
    let = [ch for ch in tok.children if ch.dep_ == "dobj"]
    let += [g for ch in tok.children if ch.dep_ in ("ccomp", "xcomp") for g in ch.children if g.dep_ == "nsubj"]
    return any(t.lemma_.lower() in MOVING_PRICES for t in let)


def _closed_its_own(c: Candidate) -> bool:
    """ "its state-run mining company had closed down its liaison office in South Africa", "the paper shut its website":
    closing one's own office, paper or school is one's own affair, no ban on anyone ("police closed the newspaper's
    offices" close what is not theirs, and "the army closed its border" shuts others out)."""
    tok = c.trigger
    if c.nominal or c.mode != "ban" or c.obj is None or tok.lemma_.lower() not in ("close", "shut"):
        return False
    if c.obj.lemma_.lower() in FRONTIERS:
        return False  # "the army closed its border with Syria": a state shuts others out of what it holds
    return any(ch.dep_ == "poss" and ch.lower_ in OWN_POSSESSIVES for ch in c.obj.children)


def _disagreed_with_nothing(c: Candidate) -> bool:
    """ "38% disagreed", "many disagree": disagreeing with no one and nothing named is an opinion polled or held;
    disagreeing with someone or a course ("disagreed with Maureen Reagan about the court martials") turns it down."""
    if c.nominal or c.trigger.lemma_.lower() != "disagree":
        return False
    return not any(ch.dep_ in ("prep", "dobj") for ch in c.trigger.children)


def _contacts_who_speak(c: Candidate) -> bool:
    """ "my contacts at the Legislature tell me it's coming": contacts who say something are people, one's sources,
    not talks ("our contacts with the EC authorities indicate" are talks)."""
    if not c.nominal or c.trigger.lemma_.lower() != "contact" or c.trigger.dep_ != "nsubj":
        return False
    return speech_verb(c.trigger.head) and not any(
        ch.dep_ == "prep" and ch.lower_ == "with" for ch in c.trigger.children
    )


def _wanted_state_of_mind(c: Candidate) -> bool:
    """ "The home secretary wants young people to feel they belong", "we want voters to know the facts": what one
    wishes others to feel, know or understand is a hope, no act asked of them (round 36)."""
    if c.nominal or c.trigger.lemma_.lower() not in WANTING_VERBS:
        return False
    wished = next((ch for ch in c.trigger.children if ch.dep_ in ("xcomp", "ccomp")), None)
    return wished is not None and wished.lemma_.lower() in MENTAL_STATE_VERBS


def _polled_share(c: Candidate) -> bool:
    """What a share of a public wants is a poll's finding, no demand anyone makes ("most MPs want an inquiry" is
    read by who they are)."""
    if c.nominal or c.trigger.lemma_.lower() != "want":
        return False
    subject = next((ch for ch in c.trigger.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in POLLED_SHARES or any(ch.lower_ in POLLED_SHARES for ch in subject.children)
