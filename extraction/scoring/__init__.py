"""The extraction scorer of GOLD_FORMAT.md, as pure functions: gold lines + GraphDocs -> Report.

One module per section: `entities`, `timexes`, `recall_lists` (claims, events, effects,
quantities), `attributions` (PolNeAR), `causal` (Causal News Corpus), `toponyms` (GeoWebNews) and
`clusters` (cross-document coreference, MEANTIME); `report` runs the per-line sections under the
absent-key rule. Cross-article resolution plugs into the clusters scorer as
`score_clusters(..., resolve=...)` (see `clusters`). Each module's docstring states the contract's rules it implements and the choices
the contract leaves open. Nothing here loads spaCy or touches a server.
"""

from chronicle.extraction.scoring.attributions import AttributionReport, speaker_matches
from chronicle.extraction.scoring.causal import CausalReport
from chronicle.extraction.scoring.clusters import ClusterReport, Resolve, score_clusters
from chronicle.extraction.scoring.common import PRF, ArticleDetail, names_match, norm_name
from chronicle.extraction.scoring.entities import EntityReport
from chronicle.extraction.scoring.recall_lists import ClaimReport, EventReport, RecallReport
from chronicle.extraction.scoring.report import Report, score
from chronicle.extraction.scoring.timexes import (
    TimexReport,
    finish_timexes,
    match_timexes,
    place_gold_timexes,
    same_date,
    score_timexes,
)
from chronicle.extraction.scoring.toponyms import ToponymReport

__all__ = [
    "PRF",
    "ArticleDetail",
    "AttributionReport",
    "CausalReport",
    "ClaimReport",
    "ClusterReport",
    "EntityReport",
    "EventReport",
    "RecallReport",
    "Report",
    "Resolve",
    "TimexReport",
    "ToponymReport",
    "finish_timexes",
    "match_timexes",
    "names_match",
    "norm_name",
    "place_gold_timexes",
    "same_date",
    "score",
    "score_clusters",
    "score_timexes",
    "speaker_matches",
]
