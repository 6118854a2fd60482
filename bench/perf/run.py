#!/usr/bin/env python3
"""helpdex's performance bench: one command that prints every figure (see bench/perf/README.md).

    python3 bench/perf/run.py --sizes 10000,100000 --out /tmp/perf
    python3 bench/perf/run.py --quick --out /tmp/perf-quick     # CI: 2,000 docs, 3 s runs

For each size: generate the synthetic corpus, `helpdex index` it under /usr/bin/time -v, serve
it and load it with wrk (suggest and search at 1, 16 and 64 connections), then measure the
floors on the same corpus and queries (bench_raw_xapian, bench_bare_http). Prints the tables
and targets, and writes DIR/results.json and DIR/results.md.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402
import report  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
MODES = ("suggest", "search")


def parse_args(argv):
    p = argparse.ArgumentParser(description="helpdex performance bench: every figure in one run")
    p.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma list (default 10000,100000)")
    p.add_argument("--full", action="store_true", help="add 1,000,000 documents")
    p.add_argument("--quick", action="store_true", help="CI: one 2,000-document size, 3 s wrk runs")
    p.add_argument("--out", type=Path, help="work folder: corpora, indexes, logs, results.json/.md")
    p.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    p.add_argument("--connections", default="1,16,64", help="wrk connection counts (default 1,16,64)")
    p.add_argument("--threads", type=int, default=16, help="helpdex serve --threads and bench_bare_http --threads")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument("--query-count", type=int, default=2000, help="inquiries generated (default 2000)")
    p.add_argument("--shards-at", type=int, default=None, metavar="SIZE",
                   help="at this size also index 2 shards, serve them through 2 xapian-tcpsrv and load them "
                        "(default: 1000000 with --full, else none)")
    p.add_argument("--soak", type=int, default=0, metavar="SECONDS",
                   help="after the sizes, run suggest load this long at the target size sampling RSS (600 for the real check)")
    p.add_argument("--index-timeout", type=int, default=None,
                   help="stop helpdex index (and raw Xapian indexing) after this many seconds "
                        "(default: 900, or 10 ms per document when that is longer: 10,000 s at 1M)")
    p.add_argument("--index-max-rss", type=int, default=12288, metavar="MIB",
                   help="stop helpdex index when its RSS passes this many MiB (default 12288; 0: no limit)")
    p.add_argument("--render", type=Path, metavar="RESULTS_JSON",
                   help="measure nothing: print the tables and targets of an earlier run's results.json")
    p.add_argument("--build-dir", type=Path, default=REPO / "build" / "release", help="where helpdex and bench_* are built")
    args = p.parse_args(argv)
    if args.out is None and args.render is None:
        p.error("--out is required")
    if args.quick:
        args.sizes, args.duration = "2000", 3
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    if args.full and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    args.size_list = sorted(sizes)
    if args.shards_at is None and args.full:
        args.shards_at = 1_000_000
    args.connection_list = [int(c) for c in args.connections.split(",")]
    args.warmup = 1 if args.quick else 5
    return args


def binaries(build_dir):
    found = {name: build_dir / name for name in ("helpdex", "bench_gen_corpus", "bench_raw_xapian", "bench_bare_http")}
    missing = [str(path) for path in found.values() if not path.exists()]
    if missing:
        raise measure.BenchError(f"not built: {', '.join(missing)} (cmake --build {build_dir} -j2)")
    return {name: str(path) for name, path in found.items()}


def progress(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def serve_and_load(args, bins, db_dir, queries, logs):
    """helpdex serve at --threads under wrk, RSS sampled throughout; then at --threads 2 for search qps."""
    port = measure.free_loopback_port()
    argv = measure.helpdex_serve_argv(bins["helpdex"], db_dir, port, args.threads)
    with measure.running_server(argv, port, logs / f"{db_dir.name}.serve.log", ready_path="/readyz") as pid:
        with measure.RssSampler(pid) as sampler:
            for mode in MODES:
                measure.run_wrk(port, mode, 16, args.warmup, queries)
            after_warmup = sampler.read()[1]
            runs = measure.run_wrk_matrix(port, MODES, args.connection_list, args.duration, queries)
        rss = sampler.summary() | {"after_warmup_rss_kb": after_warmup}
    port = measure.free_loopback_port()
    argv = measure.helpdex_serve_argv(bins["helpdex"], db_dir, port, 2)
    with measure.running_server(argv, port, logs / f"{db_dir.name}.serve2.log", ready_path="/readyz"):
        measure.run_wrk(port, "search", 2, args.warmup, queries)
        two = measure.run_wrk(port, "search", 2, args.duration, queries)
    return {"wrk": runs, "rss": rss}, {"wrk": two}


def bare_http_load(args, bins, queries, logs):
    port = measure.free_loopback_port()
    argv = measure.bare_http_argv(bins["bench_bare_http"], port, args.threads)
    with measure.running_server(argv, port, logs / "bare_http.log"):
        for mode in MODES:
            measure.run_wrk(port, mode, 16, args.warmup, queries)
        return {"wrk": measure.run_wrk_matrix(port, MODES, args.connection_list, args.duration, queries)}


def index_timeout(args, n):
    """Seconds an index run of n documents may take: a 1M run takes about 55 min here."""
    return args.index_timeout if args.index_timeout is not None else max(900, n // 100)


def remote_shards_load(args, bins, n, corpus_dir, queries, logs):
    """The corpus indexed into 2 shards, each served by its own xapian-tcpsrv on loopback, and
    helpdex serve over both under the same wrk runs as the local index."""
    db_dir = args.out / f"index-{n}-shards2"
    index = measure.run_index(bins["helpdex"], corpus_dir, db_dir, logs, index_timeout(args, n),
                              args.index_max_rss * 1024, shards=2)
    if not index["ok"]:
        return {"index": index}
    shard_dirs = sorted((Path(index["generation_dir"]) / "shards").iterdir(), key=lambda p: int(p.name))
    with measure.remote_shards(shard_dirs, logs) as addresses:
        port = measure.free_loopback_port()
        argv = measure.helpdex_serve_argv(bins["helpdex"], db_dir, port, args.threads, addresses)
        with measure.running_server(argv, port, logs / f"{db_dir.name}.serve.log", ready_path="/readyz") as pid:
            with measure.RssSampler(pid) as sampler:
                for mode in MODES:
                    measure.run_wrk(port, mode, 16, args.warmup, queries)
                runs = measure.run_wrk_matrix(port, MODES, args.connection_list, args.duration, queries)
    return {"index": index, "wrk": runs, "rss": sampler.summary()}


def bench_size(args, bins, n, corpus_root, logs):
    corpus_dir, queries = corpus_root / f"corpus-{n}", corpus_root / f"queries-{n}.tsv"
    db_dir = args.out / f"index-{n}"
    result = {"documents": n}
    progress(f"{n:,}: generating the corpus")
    result["corpus"] = measure.generate_corpus(bins["bench_gen_corpus"], n, args.seed, corpus_dir, queries, args.query_count)
    progress(f"{n:,}: helpdex index")
    result["index"] = measure.run_index(bins["helpdex"], corpus_dir, db_dir, logs, index_timeout(args, n),
                                        args.index_max_rss * 1024)
    if result["index"]["ok"]:
        progress(f"{n:,}: indexed in {result['index']['wall_s']:.1f} s; serving under wrk")
        result["serve"], result["search_2_threads"] = serve_and_load(args, bins, db_dir, queries, logs)
        if n == args.shards_at:
            progress(f"{n:,}: 2 shards behind xapian-tcpsrv")
            result["remote_shards"] = remote_shards_load(args, bins, n, corpus_dir, queries, logs)
    else:
        progress(f"{n:,}: {result['index']['reason']}")
    progress(f"{n:,}: raw Xapian floor")
    result["raw_xapian"] = measure.run_raw_xapian(bins["bench_raw_xapian"], corpus_dir, queries, args.out / f"raw-xapian-{n}",
                                                  max(2, args.duration // 2), index_timeout(args, n))
    progress(f"{n:,}: bare HTTP floor")
    result["bare_http"] = bare_http_load(args, bins, queries, logs)
    result["floors"] = report.compute_floors(result)
    return result


def soak(args, bins, size, logs, connections=16):
    """Suggest load for --soak seconds at the target size, RSS sampled every few seconds."""
    db_dir, queries = args.out / f"index-{size}", args.out / "corpora" / f"queries-{size}.tsv"
    port = measure.free_loopback_port()
    argv = measure.helpdex_serve_argv(bins["helpdex"], db_dir, port, args.threads)
    progress(f"soak: {args.soak} s of suggest load at {int(size):,} documents")
    with measure.running_server(argv, port, logs / "soak.serve.log", ready_path="/readyz") as pid:
        measure.run_wrk(port, "suggest", connections, max(args.warmup, 10), queries)
        with measure.RssSampler(pid, interval_s=min(5.0, max(1.0, args.soak / 20))) as sampler:
            load = measure.run_wrk(port, "suggest", connections, args.soak, queries)
    rss = [s[1] for s in sampler.samples if s[1] is not None]
    return {"size": size, "seconds": args.soak, "connections": connections, "wrk": load, "samples": sampler.samples,
            "after_warmup_rss_kb": rss[0], "last_rss_kb": rss[-1], "max_rss_kb": max(rss)}


def render_only(results_json):
    results = json.loads(results_json.read_text())
    results["targets"] = report.evaluate_targets(results)
    print(report.render(results))
    return 0


def main(argv):
    args = parse_args(argv)
    if args.render:
        return render_only(args.render)
    bins = binaries(args.build_dir)
    measure.require_tool("wrk", "wrk")
    measure.require_tool("/usr/bin/time", "time")
    args.out.mkdir(parents=True, exist_ok=True)
    logs, corpus_root = args.out / "logs", args.out / "corpora"
    logs.mkdir(exist_ok=True)
    corpus_root.mkdir(exist_ok=True)
    results = {"config": {"sizes": args.size_list, "duration_s": args.duration, "connections": args.connection_list,
                          "threads": args.threads, "seed": args.seed, "quick": args.quick, "cpus": os.cpu_count(),
                          "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "load_average_at_start": os.getloadavg()},
               "sizes": {}}
    for n in args.size_list:
        results["sizes"][str(n)] = bench_size(args, bins, n, corpus_root, logs)
        (args.out / "results.json").write_text(json.dumps(results, indent=2))  # partial results survive a failure
    size, _ = report.target_size(results)
    if args.soak and size:
        results["soak"] = soak(args, bins, size, logs)
    results["config"]["load_average_at_end"] = os.getloadavg()
    results["targets"] = report.evaluate_targets(results)
    markdown = report.render(results)
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    (args.out / "results.md").write_text(markdown)
    print(markdown)
    print(f"results: {args.out / 'results.json'}, {args.out / 'results.md'}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except measure.BenchError as e:
        print(f"run.py: {e}", file=sys.stderr)
        sys.exit(1)
