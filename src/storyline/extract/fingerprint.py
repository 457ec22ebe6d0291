"""Fingerprints of an article's text for the duplicates stage: an exact hash and a MinHash signature.

Computed per article in the extract stage (no corpus needed) and stored, so the corpus stage finds
copies with a join on signature bands instead of comparing texts. Both are taken over a normalised
text (lower case, letters and digits only, spaces folded), so a copy that differs only in spacing,
punctuation or quotes is exact; MinHash (datasketch) over word 5-shingles estimates the share of
wording two texts have in common, which survives an added debris line, a dropped last paragraph or
a new title.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

from datasketch import MinHash

NUM_PERM = 64  # signature length; 16 bands of 4 rows find pairs above about 0.5 Jaccard
SHINGLE = 5  # words per shingle
SEED = 1  # fixed, so signatures are comparable across runs and machines
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def text_hash(text: str) -> str:
    """What makes two texts the same text: their normalised form."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def _crc32(data: bytes) -> int:
    """A 32-bit hash that is the same in every process (Python's own hash() is salted per process)
    and costs a tenth of datasketch's default SHA-1."""
    return zlib.crc32(data)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """Building the permutations costs more than hashing an article: make them once per process."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32)


def minhash(text: str) -> list[int]:
    """The MinHash signature of the text's word 5-shingles (one shingle for very short texts)."""
    words = normalise(text).split()
    shingles = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    template = _template()
    m = MinHash(
        num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32, permutations=template.permutations, scheme=template.scheme
    )
    m.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in m.hashvalues]
