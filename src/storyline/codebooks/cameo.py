"""What a CAMEO code says: the country and sector of an actor code, the PLOVER type of an event code."""

from __future__ import annotations

# CAMEO role segments that name an agent's sector; storyline keeps PLOVER's sector codes
SECTORS = {
    "GOV": "GOV",
    "ELI": "GOV",  # elites: in office or about to be
    "MIL": "MIL",
    "REB": "REB",
    "INS": "REB",
    "SEP": "REB",
    "OPP": "OPP",
    "COP": "COP",
    "JUD": "JUD",
    "LEG": "LEG",
    "SPY": "SPY",
    "MED": "MED",
    "BUS": "BUS",
    "MNC": "BUS",
    "EDU": "EDU",
    "CVL": "CVL",
    "REF": "REF",
    "LAB": "LAB",
    "HLH": "HLH",
    "CRM": "CRM",
    "PTY": "PTY",
    "IGO": "IGO",
    "NGO": "NGO",
    "NGM": "NGO",
    "REL": "REL",
    "UAF": "REB",  # unidentified armed forces
}

# CAMEO event roots (two digits) and the PLOVER type each maps to (PLOVER's crosswalk)
ROOTS = {
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
# finer CAMEO codes that PLOVER files elsewhere than their root
CODES = {"057": "AGREE", "087": "RETREAT", "0871": "RETREAT", "0873": "RETREAT", "0874": "RETREAT"}
# and the mode storyline records with them
MODES = {"057": "sign", "10": "demand", "09": "investigate", "0871": "ceasefire", "0874": "withdraw", "19": "military"}


def event_type(code: str) -> tuple[str, str | None] | None:
    """(PLOVER type, mode) for a CAMEO event code ("112", "0874", "190"); None for no event
    ("---", "010" statements, "000")."""
    code = code.strip().split(":")[0]
    if not code.isdigit() or len(code) < 2:
        return None
    for n in (4, 3):
        if code[:n] in CODES:
            return CODES[code[:n]], MODES.get(code[:n]) or MODES.get(code[:2])
    plover = ROOTS.get(code[:2])
    return (plover, MODES.get(code[:2])) if plover else None


def actor_code(code: str, is_country) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO actor code: "USAGOV" -> (USA, GOV), "IGOUNO" -> (None, IGO),
    "RUSMILREB" -> (RUS, MIL). `is_country(iso3)` says whether three letters are a country code;
    a code that is not (a user's own codebook) keeps its own letters as its country, so that the
    actor is found under its code and never takes an ISO country's name."""
    code = code.strip().upper().lstrip("~")
    head, rest = code[:3], code[3:]
    if head in SECTORS and not is_country(head):
        return None, SECTORS[head]
    country = head if len(head) == 3 else None
    sector = None
    for i in range(0, len(rest), 3):
        if rest[i : i + 3] in SECTORS:
            sector = SECTORS[rest[i : i + 3]]
            break
    return country, sector
