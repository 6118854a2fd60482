#!/usr/bin/env python3
"""The multilingual bench: helpdex on the bundled corpus, asked inquiries in every language.

    python3 bench/multilingual/run.py                       # both splits, prints the tables
    python3 bench/multilingual/run.py --split dev --json /tmp/ml.json

Indexes the corpus, serves it on a free loopback port and sends every inquiry of
bench/multilingual/queries/*.jsonl to POST /v1/suggest without a language hint. Each inquiry
was written with its expected answers (translation groups) before it was ever run; see
bench/multilingual/README.md for the set, the judging and the targets.
"""

import argparse
import json
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "bench" / "perf"))
sys.path.insert(0, str(HERE))
import measure  # noqa: E402
import judging  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(description="helpdex multilingual bench on the bundled corpus")
    p.add_argument("--split", choices=("dev", "test", "all"), default="all", help="which half of the set (default all)")
    p.add_argument("--queries", type=Path, default=HERE / "queries", help="folder of <lang>.jsonl query files")
    p.add_argument("--corpus", type=Path, default=REPO / "corpus", help="the corpus to index (default: the bundled one)")
    p.add_argument("--helpdex", type=Path, default=REPO / "build" / "release" / "helpdex", help="the helpdex binary")
    p.add_argument("--index-args", default="", help="more `helpdex index` options, e.g. \"--field-weights cases=0\"")
    p.add_argument("--serve-args", default="", help="more `helpdex serve` options, e.g. \"--bridge-weight 1\"")
    p.add_argument("--json", type=Path, help="write every figure and every answer here")
    p.add_argument("--show", choices=("misses", "all"), help="print each missed (or every) inquiry with its answer")
    return p.parse_args(argv)


def load_queries(folder, split):
    queries = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                query = json.loads(line)
            except json.JSONDecodeError as e:
                raise measure.BenchError(f"{path}:{number}: {e}") from e
            if split in ("all", query["split"]):
                queries.append(query)
    return queries


def post_json(url, body, timeout=30):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def ask(port, query):
    body = {"text": query["text"], "subject": query.get("subject", ""), "limit": 5}
    started = time.perf_counter()
    status, answer = post_json(f"http://127.0.0.1:{port}/v1/suggest", body)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if status != 200:
        # Judged as no answer at all, and counted: a refused inquiry is a failure to answer.
        print(f"{query['id']}: HTTP {status}: {answer}", file=sys.stderr)
        return {"inquiry": {"language": None}, "solutions": [], "similar_issues": [], "answered": False,
                "error": status}, elapsed_ms
    return answer, elapsed_ms


def run(args):
    groups = judging.CorpusGroups.read(args.corpus)
    queries = load_queries(args.queries, args.split)
    judging.check_expectations(queries, groups)
    with tempfile.TemporaryDirectory(prefix="helpdex-multilingual-") as work:
        work = Path(work)
        measure.run_checked([str(args.helpdex), "index", str(args.corpus), "--db", str(work / "index"), "-q"]
                            + args.index_args.split())
        port = measure.free_loopback_port()
        argv = measure.helpdex_serve_argv(str(args.helpdex), work / "index", port, threads=2) + args.serve_args.split()
        with measure.running_server(argv, port, work / "serve.log", ready_path="/readyz"):
            answers = [ask(port, query) for query in queries]
    judged = [judging.judge(query, answer, ms, groups) for query, (answer, ms) in zip(queries, answers)]
    figures = judging.summarise(judged)
    print(judging.render(figures, args.split))
    if args.show:
        print(judging.render_inquiries(judged, misses_only=args.show == "misses"))
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "figures": figures, "inquiries": judged},
                                        ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv):
    args = parse_args(argv)
    try:
        run(args)
    except measure.BenchError as e:
        print(f"bench/multilingual: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
