"""POST /extract at its size limit through a real server: the issue's "under 2 s on any text".

Real report text (the evaluation set's dev passages, one after another as paragraphs) and the
repeated phrases that once made the extractor quadratic, each cut to the limit (200,000
characters) and to a quarter of it: the slowest text's time, and how it grows with the size.
"""

import json
import statistics
import time

from extraction_eval import records

from bench import harness
from bench.measures import Config, Results, Row, fresh_database

PHRASES = (  # each once slow: a place per figure, speakers, quotes, paragraphs naming no place
    "about 1,000 people fled ",
    "At least 12 were killed in Mosul on Tuesday, officials said. ",
    "Fighting in Raqqa continued. The toll rose to 12, the governor said. He said 40 fled. ",
    "The mayor of Mosul, Ali Hassan, said on Tuesday that 300 families were displaced.\n\n"
    "They had fled. Another 20 were killed, he said.\n\n",
    "“We counted 1,000 dead,” said the spokesman. “Thousands more fled,” he added. "
    "Officials in Idlib said ",
    "UNICEF has reached 3,500 children in Gaza.\n\nThe agency said 12 schools were hit.\n\n",
    # the densest found since (2026-12-01): a figure and a place every few words
    "12 killed in Sana'a; 14 in Aden; 16 in Taiz. ",
    "between 300 and 500 people fled from Mosul to Erbil. ",
    "on the Turkish side 40 fled. ",
)


def _report_text() -> str:
    """The dev passages of the evaluation set as one long report, paragraph after paragraph."""
    return "\n\n".join(record["text"] for record in records("dev"))


def _cut(seed: str, size: int) -> str:
    return (seed * (size // len(seed) + 1))[:size]


def extract_at_limit(cfg: Config, results: Results) -> None:
    """The slowest of the texts at cfg.extract_size (median of cfg.extract_runs posts each), and
    how it grows from a quarter of that size."""
    size, runs = cfg.extract_size, cfg.extract_runs
    path = cfg.work / "extract.db"
    token = fresh_database(path)
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    seeds = {"real reports": _report_text(), **{repr(p[:40]): p for p in PHRASES}}
    timings: dict[str, dict[int, float]] = {}
    with harness.Server(path, cfg.work / "gunicorn-extract.log") as server:

        def took(text: str) -> float:
            body = json.dumps({"text": text, "published_on": "2020-01-01"})
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                status, answer = harness.call(server.port, "POST", "/extract", body, headers)
                times.append(time.perf_counter() - started)
                assert status == 200, answer[:300]
            return statistics.median(times)

        for name, seed in seeds.items():
            timings[name] = {n: took(_cut(seed, n)) for n in (size // 4, size)}
            cfg.log(f"/extract {name}: {timings[name][size]:.2f} s at {size:,} characters")
    slowest = max(timings, key=lambda name: timings[name][size])
    worst = timings[slowest][size]
    growth = max(t[size] / t[size // 4] for t in timings.values())
    results.rows.append(
        Row(
            "7. Extract",
            f"POST /extract of {size:,} characters (the size limit), the slowest of "
            f"{len(seeds)} texts (real reports joined, and repeated phrases; median of {runs})",
            f"{worst:.2f} s ({slowest})",
            f"the same texts at {size // 4:,} characters: at most {growth:.1f}x as long "
            "for 4x the text",
            growth,
            "< 2 s (and about 4x: linear)",
            worst < 2.0,
            [worst, growth],
        )
    )
