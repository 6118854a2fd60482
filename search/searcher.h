// Retrieval over one index generation: search requests, candidate retrieval for the
// suggester, and document look-ups by id.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "search/analysis/analyzer.h"
#include "search/document.h"
#include "search/generation.h"
#include "search/query_builder.h"
#include "search/snippet.h"

namespace helpdex {

struct SearchRequest {
    std::string q;                    // free text; empty lists everything that passes the filters
    std::string lang;                 // filter; also the analysis language when set
    std::vector<std::string> types;   // filter: any of these types
    std::string category;             // filter: this category or any below it
    std::string product;              // filter
    size_t limit = 10;
    size_t offset = 0;
};

// A ranked candidate, read from value slots only (cheap); `document` is loaded for the
// results that are returned.
struct Hit {
    Xapian::docid docid = 0;
    double score = 0.0;
    std::string id, title, type, lang, category, group, product;
    int priority = 1;
    std::vector<std::string> matched_terms;  // the query's words this document contains
    std::string snippet;
    std::shared_ptr<const KbDocument> document;  // set by Searcher::complete
};

struct SearchResponse {
    Xapian::doccount total = 0;  // matching documents (exact up to kExactCountLimit)
    std::vector<Hit> results;
    std::map<std::string, std::map<std::string, Xapian::doccount>> facets;  // "type" → value → count
    std::string query_language;
    double language_confidence = 0.0;
};

inline constexpr Xapian::doccount kExactCountLimit = 10000;

// One per thread (owns a Xapian::Database and an Analyzer). Bound to one generation for
// its lifetime; make a new one when the live generation changes.
class Searcher {
public:
    explicit Searcher(std::shared_ptr<const Generation> generation);

    const Generation& generation() const { return *generation_; }
    const std::shared_ptr<const Generation>& generation_ptr() const { return generation_; }
    analysis::Analyzer& analyzer() { return analyzer_; }

    SearchResponse search(const SearchRequest& request);

    // The best `count` documents for `query` within `filter` (values only: cheap), ranked
    // by `weight` (BM25 with Xapian's defaults when null).
    std::vector<Hit> retrieve(const Xapian::Query& query, const Xapian::Query& filter, size_t count,
                              const Xapian::Weight* weight = nullptr);

    // Relevance feedback: the `count` terms that best tell the documents of `relevant`
    // apart from the rest of the index (Xapian's expand set), unprefixed terms only,
    // leaving out `known`.
    std::vector<std::string> expansion_terms(const std::vector<Xapian::docid>& relevant, size_t count,
                                             const QueryTerms& known);

    // The published document with this id, or nullopt.
    std::optional<KbDocument> find_document(std::string_view id);
    // The member of translation group `group` written in `lang`, as a Hit, or nullopt.
    std::optional<Hit> find_translation(std::string_view group, std::string_view lang);
    // {lang, id} of every member of the group, the original first.
    std::vector<std::pair<std::string, std::string>> translations(std::string_view group);

    // Loads the stored document of a hit to be returned, finds which query terms it
    // contains and makes its snippet.
    void complete(Hit& hit, const QueryTerms& terms);

private:
    Hit hit_from(Xapian::docid docid, double score);
    std::vector<std::string> matched_terms(Xapian::docid docid, const QueryTerms& terms);

    std::shared_ptr<const Generation> generation_;
    Xapian::Database db_;
    analysis::Analyzer analyzer_;
};

// Detects the language of `text`, unless `hint` names one. The result is always a code
// the analysis knows.
analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint);

}  // namespace helpdex
