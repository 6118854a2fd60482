#!/usr/bin/env python3
"""Split a labelled case set (CSV: id,text,category) for parameter tuning.

Writes OUT/corpus (a helpdex corpus of the training part: cases/cases.jsonl and
routing.yaml) and OUT/heldout.tsv (text<TAB>category of the held-out part), so that
bench_tune_ranking can choose parameters without ever seeing the query set a bench reports.

    bench/split_cases.py ../shared/data/banking77/kb.csv /tmp/kbsplit   # 80/20, seed 77
    build/release/helpdex index /tmp/kbsplit/corpus --db /tmp/kbsplit/index
    build/release/bench_tune_ranking --db /tmp/kbsplit/index --queries /tmp/kbsplit/heldout.tsv
"""
import argparse
import csv
import json
import pathlib
import random
import re


def category_path(category):
    # The same cleaning as bench_relevance: lower case, anything else becomes '_'.
    return re.sub(r"[^a-z0-9_/-]", "_", category.lower())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases")
    parser.add_argument("out")
    parser.add_argument("--heldout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=77)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()

    with open(args.cases, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    random.Random(args.seed).shuffle(rows)
    cut = int(len(rows) * (1 - args.heldout))
    train, heldout = rows[:cut], rows[cut:]

    out = pathlib.Path(args.out)
    (out / "corpus" / "cases").mkdir(parents=True, exist_ok=True)
    categories = sorted({category_path(r["category"]) for r in train})
    with open(out / "corpus" / "cases" / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in train:
            f.write(json.dumps({"id": re.sub(r"[^A-Za-z0-9._-]", "_", r["id"]), "type": "case",
                                "title": r["text"][:80], "lang": args.lang,
                                "category": category_path(r["category"]), "body": r["text"]},
                               ensure_ascii=False) + "\n")
    with open(out / "corpus" / "routing.yaml", "w", encoding="utf-8") as f:
        f.write("default:\n  team: Support Desk\n  path: [L1, L2, L3]\n"
                "  sla: {urgent: 1h, high: 4h, normal: 1d, low: 3d}\ncategories:\n")
        for c in categories:
            f.write(f"  {c}:\n    team: \"{c} team\"\n    path: [L1, L2, L3]\n"
                    "    sla: {urgent: 1h, high: 4h, normal: 1d, low: 3d}\n")
    with open(out / "heldout.tsv", "w", encoding="utf-8") as f:
        for r in heldout:
            text = " ".join(r["text"].split())
            f.write(f"{text}\t{category_path(r['category'])}\n")
    print(f"{len(train)} training cases in {out / 'corpus'}, {len(heldout)} held out in {out / 'heldout.tsv'}")


if __name__ == "__main__":
    main()
