MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

qMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

[MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

KMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

UMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

PMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

FMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

UMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

VMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

BMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

YMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

HMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

]MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

BMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

YMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

:MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

'MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

BMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

;MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

HMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

5MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

3MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

2MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

BMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

8MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

;MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

'MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

`MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

`MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

UMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

PMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

2MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

4MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

*MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

3MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

6MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

JMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

XMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

VMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

5MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

jMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

4MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

jMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

:MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

KMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

HMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

KMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

2MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

KMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

/MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

4MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

JMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

'MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

pMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

HMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

KMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

WMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

AMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

FMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

UMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

LMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

CMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

NMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

=MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

6MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

OMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

SMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

IMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

GMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

TMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

EMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

RMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

MMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

gMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

;MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

'MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

wMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

hMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

_MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

:MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

>MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

:MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

BMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

kMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

yMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

bMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

:MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

2MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

4MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

cMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

sMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

3MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

.MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

"MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

uMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

fMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

oMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

tMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

nMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

3MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

2MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

*MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

*MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

mMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

aMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

xMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

(MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

0MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

,MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

lMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

iMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

vMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

rMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

eMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

dMAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

-MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

 MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

1MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

)MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""


MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

