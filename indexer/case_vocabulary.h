// The customers' words reaching the articles: each past case is linked to the solution
// article of its category and language that its own summary matches best, and the words of
// an article's cases that the article lacks are added to it (document expansion), so that
// an inquiry worded as customers word it finds the article that resolves it.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/analysis/analyzer.h"
#include "search/document.h"

namespace helpdex::indexer {

// A published case as the expansion needs it: where it was written and what it is about.
struct CaseReference {
    size_t shard = 0;
    Xapian::docid docid = 0;  // within its shard
    std::string lang, category;
    // The terms of its title and tags: the agent's summary, which finds its article and
    // whose words are always worth adding (the body's only when two of the article's cases
    // share them: one case's body is full of names, numbers and one-off detail).
    std::vector<std::string> summary_terms;
};

// A published case's reference, its summary read by `analyzer` as indexing reads it.
CaseReference case_reference(const KbDocument& d, size_t shard, Xapian::docid docid, analysis::Analyzer& analyzer);

struct CaseVocabularyCounts {
    size_t cases_linked = 0;
    size_t articles_expanded = 0;
    size_t terms_added = 0;
};

struct CaseVocabularyReport : CaseVocabularyCounts {
    // The same by top-level category: a case links only within its own, so an incremental
    // reindex relinks the top-level categories its changes touch and keeps the others' counts.
    std::map<std::string, CaseVocabularyCounts> by_root;

    // Sets the totals to the sum of by_root.
    void sum_roots();
};

// The top-level category of a category path ("billing" of "billing/refunds").
std::string top_category(std::string_view category);

// At most this many words are added to one article: the most shared among its cases,
// then the rarest in the index.
inline constexpr size_t kMaxCaseWords = 16;

// Links `cases` (written into `shards`, not yet committed) and adds to every linked article
// its cases' words it lacks, each unprefixed with wdf `weight` and once with
// schema::kCaseWordsPrefix. A weight of 0 adds nothing. The shards, searched together,
// number documents as write_shards does, so a sharded index links as one database would.
CaseVocabularyReport add_case_vocabulary(std::vector<Xapian::WritableDatabase>& shards,
                                         const std::vector<CaseReference>& cases, Xapian::termcount weight);

// For an incremental reindex: takes the case words out of every solution under each of
// `roots` (top-level categories), then links the published cases under them again as
// add_case_vocabulary() does, reading them from the shards. What it reports is of `roots`.
CaseVocabularyReport relink_case_vocabulary(std::vector<Xapian::WritableDatabase>& shards,
                                            const std::set<std::string>& roots, Xapian::termcount weight);

}  // namespace helpdex::indexer
