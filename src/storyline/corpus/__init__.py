"""corpus: the stages that read the whole pile, one idea per module, all their SQL in store/.

    duplicates.py  exact and near copies, grouped under their original (MinHash bands in the store)
    dating.py      dates for undated articles from their most similar dated neighbours
    stories.py     articles about one event grouped into stories, incrementally
    actors.py      canonical actors: person keys merged across articles, attributes by majority
    references.py  dates by cross-reference: undated articles dated by the events they share with the pile
    rewrites.py    articles another outlet reworded or edited: same facts, same sentences' content
    events.py      mentions of one real-world event merged across sentences, articles and outlets
    conflicts.py   facts that independent sources of one story or event state differently

They run over the store, after the per-record stages, in the order the stage registry
(storyline.pipeline) gives; each is incremental or rebuilt from aggregated SQL, never by holding
the corpus in memory.
"""

# code versions of the corpus stages: bump one when its logic changes
VERSIONS = {
    "duplicates": "1",
    "dating": "1",
    "stories": "4",
    "actors": "3",
    "references": "1",
    "events": "2",
    "conflicts": "2",
    "rewrites": "2",
}
