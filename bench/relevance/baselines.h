// The two lexical baselines (plain Xapian BM25, SQLite FTS5) and the answers drawn from them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bench_types.h"

namespace relbench {

struct ScoredCase {
    std::string category;
    double score = 0;  // higher is better
};

// The top cases one baseline returned for one query, and how long the search took.
struct RankedCases {
    std::vector<ScoredCase> cases;  // best first, at most 10
    double latency_ms = 0;
};

struct BaselineResult {
    std::vector<RankedCases> per_query;
    double index_seconds = 0;
};

// Xapian with default settings: TermGenerator + QueryParser (English stemmer, STEM_SOME,
// default OR and flags) and BM25Weight; the database lives in db_dir. The warm-up texts are
// searched first and not measured, as for helpdex.
BaselineResult run_xapian_bm25(const std::vector<LabelledText>& cases, const std::vector<LabelledText>& warmup,
                               const std::vector<LabelledText>& queries, const std::filesystem::path& db_dir);

// In-memory SQLite FTS5 with the porter tokenizer, bm25() order, queries as OR of quoted tokens.
BaselineResult run_sqlite_fts5(const std::vector<LabelledText>& cases, const std::vector<LabelledText>& warmup,
                               const std::vector<LabelledText>& queries);

// The category of the best case, with confidence 1 (nearest-neighbour has no other estimate).
Answer top1_answer(const RankedCases& ranked);

// The category with the largest summed score over the top cases; confidence is its share.
Answer vote_answer(const RankedCases& ranked);

// Both rows of one baseline.
std::vector<SystemRun> baseline_runs(const std::string& name, const BaselineResult& result);

}  // namespace relbench
