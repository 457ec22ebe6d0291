-- storyline store, schema version 1. Documented table by table in README.md ("Store").
-- Every statement is idempotent: opening a store runs this file.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id     INTEGER PRIMARY KEY,
    started    TIMESTAMP,
    finished   TIMESTAMP,
    command    VARCHAR,
    status     VARCHAR,          -- running | finished | interrupted
    summary    VARCHAR           -- JSON: the run summary the CLI printed
);

-- one row per input file (or "-" for standard input): what decides whether it is new
CREATE TABLE IF NOT EXISTS inputs (
    path       VARCHAR PRIMARY KEY,
    format     VARCHAR,          -- html | text | json | jsonl | csv | tsv | warc | feed | binary | unknown
    compressed BOOLEAN,
    size       BIGINT,
    sha256     VARCHAR,
    encoding   VARCHAR,
    records    INTEGER,          -- records read (articles + problems)
    articles   INTEGER,
    problems   INTEGER,
    skipped    INTEGER,          -- records that are not articles by nature (WARC requests, images)
    status     VARCHAR,          -- done: every record is stored; a re-run skips the file while sha256 matches
    run_id     INTEGER,
    seen_at    TIMESTAMP
);

CREATE TABLE IF NOT EXISTS articles (
    id                   VARCHAR PRIMARY KEY,  -- the record's id, else the path (or URL); never rewritten
    url                  VARCHAR,
    source               VARCHAR,              -- outlet or site
    title                VARCHAR,
    author               VARCHAR,
    published            DATE,                 -- truncated to its precision (2023-10-01 with precision month)
    published_precision  VARCHAR,              -- day | month | year | unknown
    published_from       VARCHAR,              -- metadata | header | content | crawl | corpus | none
    published_evidence   VARCHAR,              -- the string or reason the date was read from
    language             VARCHAR,              -- ISO 639-1
    language_score       DOUBLE,
    text                 VARCHAR,              -- clean article text; all character offsets refer to it
    input_path           VARCHAR,
    input_record         INTEGER,
    format               VARCHAR,
    content_hash         VARCHAR,
    removed_lines        INTEGER,              -- debris lines the text cleaner dropped
    extra                VARCHAR,              -- JSON: fields of the input record storyline does not use
    nlp_version          VARCHAR,              -- version of the language stages that coded it (NULL: not yet)
    nlp_note             VARCHAR,              -- why the language stages skipped it, if they did
    sentences            INTEGER,
    run_id               INTEGER,
    added_at             TIMESTAMP
);

-- key terms of each article (weights sum to 1): what corpus stages compare articles by
CREATE TABLE IF NOT EXISTS article_terms (
    article_id VARCHAR,
    term       VARCHAR,
    weight     DOUBLE
);

CREATE TABLE IF NOT EXISTS problems (
    path      VARCHAR,
    record    INTEGER,      -- 1-based record number inside the input (NULL: the whole input)
    stage     VARCHAR,      -- ingest | extract | annotate
    reason    VARCHAR,      -- short stable code: binary, empty, bad_json, truncated, ...
    detail    VARCHAR,
    severity  VARCHAR,      -- error: nothing was kept; warning: recovered what could be read
    run_id    INTEGER,
    logged_at TIMESTAMP
);

-- actors as the text names them, one row per mention
CREATE TABLE IF NOT EXISTS entity_mentions (
    article_id     VARCHAR,
    sentence_index INTEGER,
    start          INTEGER,     -- character offsets in articles.text
    "end"          INTEGER,
    text           VARCHAR,
    label          VARCHAR,     -- spaCy label (PERSON, ORG, GPE, NORP, ...) or NOUN for "protesters"
    key            VARCHAR,     -- actor key inside the article: country:RUS, person:sergei lavrov, ...
    kind           VARCHAR,
    country        VARCHAR,
    sector         VARCHAR,
    role           VARCHAR,
    role_evidence  VARCHAR
);

-- canonical actors across the corpus (rebuilt by the corpus stage after every run)
CREATE TABLE IF NOT EXISTS entities (
    entity_id      VARCHAR PRIMARY KEY,
    name           VARCHAR,
    kind           VARCHAR,     -- country | person | org | group | place
    country        VARCHAR,     -- ISO 3166 alpha-3
    sector         VARCHAR,     -- GOV, MIL, REB, BUS, MED, ... (CAMEO/PLOVER agent types)
    role           VARCHAR,     -- latest role the text gives ("foreign minister")
    role_date      DATE,        -- date of the article that gave that role
    role_article   VARCHAR,
    role_sentence  VARCHAR,
    aliases        VARCHAR,     -- JSON list of the names used
    mentions       INTEGER,
    articles       INTEGER
);

CREATE TABLE IF NOT EXISTS actor_keys (
    key        VARCHAR PRIMARY KEY,
    entity_id  VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id        VARCHAR,
    sentence_index    INTEGER,
    sentence          VARCHAR,
    sentence_start    INTEGER,
    type              VARCHAR,   -- PLOVER event type
    mode              VARCHAR,
    trigger           VARCHAR,
    trigger_start     INTEGER,
    trigger_end       INTEGER,
    actors            VARCHAR,   -- JSON list of {text, key, name, country, sector, start, end}
    recipients        VARCHAR,   -- JSON list, same shape
    status            VARCHAR,   -- happened | ongoing | planned | hypothetical | negated
    negated           BOOLEAN,
    date              DATE,
    date_precision    VARCHAR,
    date_text         VARCHAR,   -- the expression the date was resolved from (NULL: the article's date)
    attributed_to     VARCHAR,
    attribution_key   VARCHAR,
    location          VARCHAR,
    location_country  VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    cameo_root        VARCHAR,
    quad_class        INTEGER,
    score             DOUBLE,
    rule              VARCHAR,   -- the pattern or construction that made the row
    background        BOOLEAN    -- named in passing ("after the clashes"), not the sentence's news
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id      VARCHAR,
    sentence_index  INTEGER,
    speaker         VARCHAR,
    speaker_key     VARCHAR,
    text            VARCHAR,
    start           INTEGER,
    "end"           INTEGER,
    kind            VARCHAR,     -- direct | reported
    cue             VARCHAR
);
