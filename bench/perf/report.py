"""The performance bench's report: floors, per-size tables, cost growth and targets, as Markdown.

Used by run.py; stdlib only. Works on the results dict run.py builds (see README.md); a
figure that was not measured shows as "-".
"""

CONCURRENCY = ("1", "16", "64")
TARGET_MIN_SIZE = 100_000


def ms(us):
    return "-" if us is None else f"{us / 1000:.2f} ms"


def mib(kb):
    return "-" if kb is None else f"{kb / 1024:.0f} MiB"


def num(x, digits=0):
    return "-" if x is None else f"{x:,.{digits}f}"


def ratio(a, b, digits=2):
    return "-" if a is None or not b else f"{a / b:.{digits}f}×"


def dig(d, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def compute_floors(size_result):
    """Floor latency per mode and concurrency: raw Xapian's 1-thread query p50/p99 + the bare
    HTTP server's p50/p99 at that concurrency."""
    raw = dig(size_result, "raw_xapian", "latency")
    bare = dig(size_result, "bare_http", "wrk")
    floors = {}
    if not raw or not bare:
        return floors
    for mode, runs in bare.items():
        floors[mode] = {c: {"p50_us": raw["p50_us"] + r["latency_us"]["p50"], "p99_us": raw["p99_us"] + r["latency_us"]["p99"]}
                        for c, r in runs.items()}
    return floors


def markdown_table(header, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def size_rows(s):
    """helpdex | floor | ratio rows for one size."""
    index, raw = s.get("index") or {}, s.get("raw_xapian") or {}
    raw_index = raw.get("index") or {}
    rows = [
        ["index throughput (docs/s)", num(index.get("docs_per_s")), f"{num(raw_index.get('docs_per_s'))} raw Xapian",
         ratio(index.get("docs_per_s"), raw_index.get("docs_per_s"))],
        ["index wall time", f"{num(index.get('wall_s'), 1)} s", f"{num(raw_index.get('seconds'), 1)} s", ""],
        ["classifier training", f"{num(index.get('classifier_training_ms'))} ms", "", ""],
        ["index peak RSS", mib(index.get("peak_rss_kb")), "", ""],
        ["index on disk per document", f"{num(index.get('bytes_per_doc'))} B",
         f"{num(raw_index.get('disk_bytes') / raw_index['documents'] if raw_index.get('documents') else None)} B",
         ratio(index.get("bytes_per_doc"), raw_index.get("disk_bytes") / raw_index["documents"] if raw_index.get("documents") else None)],
    ]
    floors = s.get("floors") or {}
    for mode in ("suggest", "search"):
        for c in CONCURRENCY:
            run, bare = dig(s, "serve", "wrk", mode, c), dig(s, "bare_http", "wrk", mode, c)
            floor = dig(floors, mode, c) or {}
            for p in ("p50", "p99"):
                mine = dig(run, "latency_us", p)
                rows.append([f"{mode} {p}, {c} conn", ms(mine), ms(floor.get(f"{p}_us")), ratio(mine, floor.get(f"{p}_us"))])
            rows.append([f"{mode} requests/s, {c} conn", num(dig(run, "requests_per_s")),
                         f"{num(dig(bare, 'requests_per_s'))} bare HTTP", ratio(dig(run, "requests_per_s"), dig(bare, "requests_per_s"))])
            rows.append([f"{mode} failed (errors + non-2xx), {c} conn", num(dig(run, "failed")), num(dig(bare, "failed")), ""])
    two = dig(s, "search_2_threads", "wrk")
    raw_qps = dig(raw, "throughput", "qps")
    rows.append(["search qps, --threads 2, 2 conn", num(dig(two, "requests_per_s")), f"{num(raw_qps)} raw Xapian 2 threads",
                 ratio(dig(two, "requests_per_s"), raw_qps)])
    rss = dig(s, "serve", "rss") or {}
    rows.append(["serve RSS peak (VmHWM) / steady", f"{mib(rss.get('peak_hwm_kb'))} / {mib(rss.get('steady_rss_kb'))}", "", ""])
    return rows


def growth_rows(results):
    sizes = sorted(results["sizes"], key=int)
    def row(label, f):
        return [label] + [f(results["sizes"][n]) for n in sizes]
    rows = [
        row("index throughput (docs/s)", lambda s: num(dig(s, "index", "docs_per_s"))),
        row("index peak RSS", lambda s: mib(dig(s, "index", "peak_rss_kb"))),
        row("index bytes/doc", lambda s: num(dig(s, "index", "bytes_per_doc"))),
        row("suggest p50, 1 conn", lambda s: ms(dig(s, "serve", "wrk", "suggest", "1", "latency_us", "p50"))),
        row("suggest p99, 1 conn", lambda s: ms(dig(s, "serve", "wrk", "suggest", "1", "latency_us", "p99"))),
        row("suggest p99, 64 conn", lambda s: ms(dig(s, "serve", "wrk", "suggest", "64", "latency_us", "p99"))),
        row("search qps, --threads 2", lambda s: num(dig(s, "search_2_threads", "wrk", "requests_per_s"))),
        row("serve RSS peak", lambda s: mib(dig(s, "serve", "rss", "peak_hwm_kb"))),
        row("serve RSS steady", lambda s: mib(dig(s, "serve", "rss", "steady_rss_kb"))),
    ]
    return ["measure"] + [f"{int(n):,} docs" for n in sizes], rows


def target_size(results):
    """The size the targets are judged at: the largest run of at least 100k, else the largest."""
    sizes = sorted((int(n) for n in results["sizes"] if dig(results["sizes"][n], "index", "ok")), reverse=True)
    if not sizes:
        return None, "no size was indexed"
    large = [n for n in sizes if n >= TARGET_MIN_SIZE]
    if large:
        return str(large[0]), ""
    return str(sizes[0]), f"judged at {sizes[0]:,} documents: no size of at least {TARGET_MIN_SIZE:,} ran"


def verdict(met):
    return "not run" if met is None else ("met" if met else "NOT met")


def evaluate_targets(results):
    size, note = target_size(results)
    s = results["sizes"].get(size, {}) if size else {}
    floors = s.get("floors") or {}
    targets = []

    def add(name, met, figures):
        targets.append({"target": name, "status": verdict(met), "figures": figures + (f" ({note})" if note and size else "")})

    million = results["sizes"].get("1000000")
    if million is None:
        targets.append({"target": "1M documents indexed in one run, peak RSS < 8 GB", "status": "not run",
                        "figures": "1M was not run (--full runs it)"})
    else:
        ok, rss = dig(million, "index", "ok"), dig(million, "index", "peak_rss_kb")
        targets.append({"target": "1M documents indexed in one run, peak RSS < 8 GB",
                        "status": verdict(bool(ok) and rss is not None and rss * 1024 < 8e9),
                        "figures": f"indexed: {bool(ok)}, peak RSS {mib(rss)}" + ("" if ok else f" ({dig(million, 'index', 'reason')})")})

    mine, raw = dig(s, "index", "docs_per_s"), dig(s, "raw_xapian", "index", "docs_per_s")
    add("index build throughput ≥ 0.5× raw Xapian's docs/s", None if not mine or not raw else mine >= 0.5 * raw,
        f"{num(mine)} vs {num(raw)} docs/s = {ratio(mine, raw)} at {num(int(size)) if size else '-'} docs")

    for p, factor in (("p50", 1.5), ("p99", 3)):
        mine, floor = dig(s, "serve", "wrk", "suggest", "1", "latency_us", p), dig(floors, "suggest", "1", f"{p}_us")
        add(f"suggest {p} ≤ {factor}× its floor (1 connection)", None if mine is None or not floor else mine <= factor * floor,
            f"{ms(mine)} vs floor {ms(floor)} = {ratio(mine, floor)}")

    parts, met = [], None
    for mode in ("suggest", "search"):
        run, floor = dig(s, "serve", "wrk", mode, "64"), dig(floors, mode, "64", "p99_us")
        if run is None or not floor:
            continue
        ok = run["failed"] == 0 and run["latency_us"]["p99"] <= 3 * floor
        met = ok if met is None else (met and ok)
        e = run["errors"]
        parts.append(f"{mode}: {run['failed']} failed (connect {e['connect']}, read {e['read']}, write {e['write']}, "
                     f"timeout {e['timeout']}, non-2xx {run['non2xx']}), p99 {ms(run['latency_us']['p99'])} vs 3× floor {ms(3 * floor)}")
    add("64 keep-alive connections: zero failed or timed-out requests, p99 ≤ 3× the floor's p99", met, "; ".join(parts) or "-")

    mine, raw = dig(s, "search_2_threads", "wrk", "requests_per_s"), dig(s, "raw_xapian", "throughput", "qps")
    add("search qps at --threads 2 ≥ 0.7× raw Xapian's 2-thread qps", None if not mine or not raw else mine >= 0.7 * raw,
        f"{num(mine)} vs {num(raw)} qps = {ratio(mine, raw)}")

    targets.append(rss_target(results, s, note))
    return targets


def rss_target(results, s, note):
    """Flat: over the soak's second half (the first fills each worker's caches: stems, ICU,
    malloc arenas), RSS moves by at most 2%. Without a soak, over the bench's own runs, from
    the value after warm-up, flagged so."""
    soak = results.get("soak")
    if soak:
        name = "server RSS flat under load: within 2% over the soak's second half"
        rss = [sample[1] for sample in soak["samples"] if sample[1] is not None]
        if len(rss) < 2:
            return {"target": name, "status": "not run", "figures": "no RSS samples"}
        first, middle, last = soak["after_warmup_rss_kb"], rss[len(rss) // 2], rss[-1]
        change = (last - middle) / middle
        return {"target": name, "status": verdict(abs(change) <= 0.02),
                "figures": f"after warm-up {mib(first)}, at half time {mib(middle)}, last {mib(last)} "
                           f"({change:+.1%} over the second half), max {mib(max(rss))}; soak of {soak['seconds']} s "
                           f"of suggest load at {soak['connections']} conn over {num(int(soak['size']))} docs"}
    name = "server RSS steady within 10% of its value after warm-up"
    rss = dig(s, "serve", "rss") or {}
    first, last, peak = rss.get("after_warmup_rss_kb"), rss.get("steady_rss_kb"), rss.get("max_rss_kb")
    source = "no --soak: over the bench's own wrk runs only; --soak 600 is the real check"
    if not first or last is None:
        return {"target": name, "status": "not run", "figures": source}
    change = (last - first) / first
    return {"target": name, "status": verdict(abs(change) <= 0.10),
            "figures": f"after warm-up {mib(first)}, last {mib(last)} ({change:+.1%}), max {mib(peak)}; {source}"}


def shard_rows(s):
    """1 local index | 2 remote shards | ratio rows for a size that ran --shards-at."""
    local, remote = s.get("index") or {}, dig(s, "remote_shards", "index") or {}
    rows = [["index wall time", f"{num(local.get('wall_s'), 1)} s", f"{num(remote.get('wall_s'), 1)} s",
             ratio(remote.get("wall_s"), local.get("wall_s"))],
            ["index peak RSS", mib(local.get("peak_rss_kb")), mib(remote.get("peak_rss_kb")), ""]]
    for mode in ("suggest", "search"):
        for c in CONCURRENCY:
            one, two = dig(s, "serve", "wrk", mode, c), dig(s, "remote_shards", "wrk", mode, c)
            for p in ("p50", "p99"):
                a, b = dig(one, "latency_us", p), dig(two, "latency_us", p)
                rows.append([f"{mode} {p}, {c} conn", ms(a), ms(b), ratio(b, a)])
            rows.append([f"{mode} requests/s, {c} conn", num(dig(one, "requests_per_s")), num(dig(two, "requests_per_s")),
                         ratio(dig(two, "requests_per_s"), dig(one, "requests_per_s"))])
            rows.append([f"{mode} failed, {c} conn", num(dig(one, "failed")), num(dig(two, "failed")), ""])
    rows.append(["serve steady RSS", mib(dig(s, "serve", "rss", "steady_rss_kb")),
                 mib(dig(s, "remote_shards", "rss", "steady_rss_kb")), ""])
    return rows


def render(results):
    """The whole report as Markdown: per-size tables, cost growth, targets."""
    out = []
    for n in sorted(results["sizes"], key=int):
        s = results["sizes"][n]
        out.append(f"### {int(n):,} documents\n")
        if not dig(s, "index", "ok"):
            out.append(f"helpdex index did not complete: {dig(s, 'index', 'reason')}\n")
        out.append(markdown_table(["measure", "helpdex", "floor", "ratio"], size_rows(s)) + "\n")
        if s.get("remote_shards"):
            out.append(f"#### {int(n):,} documents: 1 local index against 2 remote shards (xapian-tcpsrv on loopback)\n")
            out.append(markdown_table(["measure", "1 local index", "2 remote shards", "remote ÷ local"], shard_rows(s)) + "\n")
    header, rows = growth_rows(results)
    out.append("### Cost growth\n")
    out.append(markdown_table(header, rows) + "\n")
    out.append("### Targets\n")
    out.append(markdown_table(["target", "status", "figures"],
                              [[t["target"], t["status"], t["figures"]] for t in results["targets"]]) + "\n")
    c = results["config"]
    load = lambda key: f"{c[key][0]:.1f}" if c.get(key) else "-"
    out.append(f"Machine: {c['cpus']} CPUs; helpdex serve --threads {c['threads']}; wrk -t2 (-t1 at 1 connection), "
               f"{c['duration_s']} s per run, 2 s timeout; latency floor = raw Xapian 1-thread query + bare "
               f"cpp-httplib round trip at the same concurrency. Load average (1 min) at start "
               f"{load('load_average_at_start')}, at end {load('load_average_at_end')}: other work on the "
               f"machine shares its CPUs.\n")
    return "\n".join(out)
