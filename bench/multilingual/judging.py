"""Judging helpdex's answers against the expectations written with each inquiry, and the figures.

A solution is *right* when its translation group is one of the inquiry's `expect`, and
*irrelevant* when it is in neither `expect` nor `acceptable` (for an out-of-scope inquiry every
solution shown is irrelevant). Groups come from the corpus itself: an article's group is its
`translation_of`, else its own id.
"""

import re
from collections import defaultdict
from pathlib import Path

BUNDLED = ("en", "nl", "de", "fr", "es", "ja")
TARGETS = {
    "hit@3 per bundled language": (">=", 0.90),
    "hit@1 per bundled language": (">=", 0.80),
    "other-language topics hit@3": (">=", 0.80),
    "out-of-scope answered:false": (">=", 0.80),
    "answerable answered:true": (">=", 0.95),
    "irrelevant among top-3 solutions": ("<=", 0.10),
    "confidence ECE (solutions)": ("<=", 0.05),
}


class CorpusGroups:
    """Article id → translation group, and the languages each group exists in."""

    def __init__(self):
        self.group_of = {}
        self.languages = defaultdict(set)
        self.category = {}

    @classmethod
    def read(cls, corpus):
        groups = cls()
        for path in sorted(Path(corpus, "articles").rglob("*.md")):
            front = path.read_text(encoding="utf-8").split("---")[1]
            fields = dict(re.findall(r"^(\w+):[ \t]*(.*?)[ \t]*$", front, re.M))
            group = fields.get("translation_of") or fields["id"]
            groups.group_of[fields["id"]] = group
            groups.languages[group].add(fields["lang"])
            groups.category[group] = fields["category"]
        return groups


def check_expectations(queries, groups):
    for query in queries:
        for group in query["expect"] + query.get("acceptable", []):
            if group not in groups.languages:
                raise ValueError(f"{query['id']}: expected group {group} is not in the corpus")


def is_cross_language(query, groups):
    """Answerable, in a bundled language, and no expected group exists in that language."""
    return (query["lang"] in BUNDLED and bool(query["expect"])
            and all(query["lang"] not in groups.languages[g] for g in query["expect"]))


def judge(query, answer, elapsed_ms, groups):
    expect, acceptable = set(query["expect"]), set(query.get("acceptable", []))
    solutions = []
    for hit in answer.get("solutions", []):
        group = groups.group_of.get(hit["id"], hit["id"])
        solutions.append({"id": hit["id"], "lang": hit["lang"], "group": group, "right": group in expect,
                          "irrelevant": group not in expect | acceptable, "confidence": hit.get("confidence")})
    expected_categories = {groups.category[g] for g in expect}
    similar = [{"id": h["id"], "right": h["category"] in expected_categories, "confidence": h.get("confidence")}
               for h in answer.get("similar_issues", [])]
    inquiry = answer["inquiry"]
    top = [s["right"] for s in solutions]
    return {
        "id": query["id"], "lang": query["lang"], "kind": query["kind"], "split": query["split"],
        "text": (query.get("subject", "") + " | " + query["text"]).strip(" |"),
        "answerable": bool(expect), "cross_language": is_cross_language(query, groups),
        "expect": sorted(expect), "solutions": solutions, "similar_issues": similar,
        "hit1": any(top[:1]), "hit3": any(top[:3]),
        "answered": answer.get("answered", True),
        "language": inquiry["language"], "language_in_index": inquiry.get("language_in_index", True),
        "category": inquiry.get("category"), "urgency": inquiry.get("urgency"),
        "expected_urgency": query.get("urgency"), "ms": round(elapsed_ms, 2), "error": answer.get("error"),
    }


def share(items, test):
    items = list(items)
    return (sum(1 for i in items if test(i)) / len(items)) if items else None


def expected_calibration_error(pairs, bins=10):
    """Σ over equal-width confidence bins of |bin| / n × |accuracy − mean confidence|."""
    pairs = [(c, r) for c, r in pairs if c is not None]
    if not pairs:
        return None
    binned = defaultdict(list)
    for confidence, right in pairs:
        binned[min(int(confidence * bins), bins - 1)].append((confidence, right))
    error = 0.0
    for members in binned.values():
        accuracy = sum(r for _, r in members) / len(members)
        mean_confidence = sum(c for c, _ in members) / len(members)
        error += len(members) / len(pairs) * abs(accuracy - mean_confidence)
    return error


def language_figures(judged):
    answerable = [j for j in judged if j["answerable"]]
    out_of_scope = [j for j in judged if not j["answerable"]]
    shown = [s for j in judged for s in j["solutions"][:3]]
    return {
        "inquiries": len(judged),
        "refused (HTTP error)": sum(1 for j in judged if j["error"]),
        "answerable": len(answerable),
        "hit@1": share(answerable, lambda j: j["hit1"]),
        "hit@3": share(answerable, lambda j: j["hit3"]),
        "cross-language hit@3": share([j for j in answerable if j["cross_language"]], lambda j: j["hit3"]),
        "answerable answered:true": share(answerable, lambda j: j["answered"]),
        "out-of-scope answered:false": share(out_of_scope, lambda j: not j["answered"]),
        "irrelevant top-3": share(shown, lambda s: s["irrelevant"]),
        "top-3 shown per inquiry": len(shown) / len(judged) if judged else None,
        "language identified": share(judged, lambda j: j["language"] == j["lang"]),
        "urgency as expected": share([j for j in judged if j["expected_urgency"]],
                                     lambda j: j["urgency"] == j["expected_urgency"]),
    }


def summarise(judged):
    by_language = defaultdict(list)
    for j in judged:
        by_language[j["lang"] if j["lang"] in BUNDLED else "other"].append(j)
    figures = {"languages": {lang: language_figures(items) for lang, items in sorted(by_language.items())},
               "all": language_figures(judged)}
    figures["all"]["solution ECE"] = expected_calibration_error(
        (s["confidence"], s["right"]) for j in judged for s in j["solutions"])
    figures["all"]["similar-issue ECE"] = expected_calibration_error(
        (s["confidence"], s["right"]) for j in judged for s in j["similar_issues"])
    figures["by kind"] = {kind: share([j for j in judged if j["kind"] == kind and j["answerable"]], lambda j: j["hit3"])
                          for kind in sorted({j["kind"] for j in judged})}
    figures["targets"] = evaluate_targets(figures, judged)
    latencies = sorted(j["ms"] for j in judged)
    figures["all"]["p50 ms"] = latencies[len(latencies) // 2] if latencies else None
    return figures


def evaluate_targets(figures, judged):
    bundled = [figures["languages"][l] for l in BUNDLED if l in figures["languages"]]
    cross = [j for j in judged if j["cross_language"]]
    measured = {
        "hit@3 per bundled language": min((f["hit@3"] for f in bundled if f["hit@3"] is not None), default=None),
        "hit@1 per bundled language": min((f["hit@1"] for f in bundled if f["hit@1"] is not None), default=None),
        "other-language topics hit@3": share(cross, lambda j: j["hit3"]),
        "out-of-scope answered:false": figures["all"]["out-of-scope answered:false"],
        "answerable answered:true": figures["all"]["answerable answered:true"],
        "irrelevant among top-3 solutions": figures["all"]["irrelevant top-3"],
        "confidence ECE (solutions)": figures["all"]["solution ECE"],
    }
    results = {}
    for name, (sense, bound) in TARGETS.items():
        value = measured[name]
        met = value is not None and (value >= bound if sense == ">=" else value <= bound)
        results[name] = {"value": value, "target": f"{sense} {bound}", "met": met}
    return results


def cell(value):
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


COLUMNS = ("inquiries", "refused (HTTP error)", "hit@1", "hit@3", "cross-language hit@3", "answerable answered:true",
           "out-of-scope answered:false", "irrelevant top-3", "language identified", "urgency as expected")


def render(figures, split):
    lines = [f"## helpdex on the bundled corpus, multilingual set ({split})", "",
             "| language | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    rows = list(figures["languages"].items()) + [("all", figures["all"])]
    for lang, f in rows:
        lines.append(f"| {lang} | " + " | ".join(cell(f[c]) for c in COLUMNS) + " |")
    lines += ["", "hit@3 by kind: " + ", ".join(f"{k} {cell(v)}" for k, v in figures["by kind"].items()),
              f"ECE: solutions {cell(figures['all']['solution ECE'])}, similar issues "
              f"{cell(figures['all']['similar-issue ECE'])}; p50 {cell(figures['all']['p50 ms'])} ms", "",
              "| target | value | goal | |", "|---|---|---|---|"]
    for name, t in figures["targets"].items():
        lines.append(f"| {name} | {cell(t['value'])} | {t['target']} | {'met' if t['met'] else 'NOT met'} |")
    return "\n".join(lines)


def shown_solution(solution):
    confidence = "" if solution["confidence"] is None else f" {solution['confidence']:.2f}"
    return f"{solution['group'].removeprefix('kb-')}/{solution['lang']}{confidence}"


def render_inquiries(judged, misses_only):
    lines = []
    for j in judged:
        missed = (j["answerable"] and not j["hit3"]) or (not j["answerable"] and j["answered"])
        if misses_only and not missed:
            continue
        shown = ", ".join(shown_solution(s) for s in j["solutions"][:3])
        lines.append(f"{j['id']} [{j['kind']}] lang={j['language']} answered={j['answered']} "
                     f"expect={','.join(g.removeprefix('kb-') for g in j['expect']) or '-'}\n    {j['text'][:140]!r}\n    → {shown}")
    return "\n".join(lines)
