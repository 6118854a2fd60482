// Retrieval over one index generation for one thread: ranked candidates, relevance
// feedback terms, and look-ups of documents, translations and terms by id.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "search/analysis/analyzer.h"
#include "search/document.h"
#include "search/generation.h"
#include "search/hit.h"
#include "search/query_terms.h"
#include "search/shown_document.h"
#include "search/wording/spelling.h"

namespace helpdex {

// One per thread (owns a Xapian::Database and an Analyzer). Bound to one generation for
// its lifetime; make a new one when the live generation changes.
class Searcher {
public:
    explicit Searcher(std::shared_ptr<const Generation> generation);

    const Generation& generation() const { return *generation_; }
    const std::shared_ptr<const Generation>& generation_ptr() const { return generation_; }
    analysis::Analyzer& analyzer() { return analyzer_; }

    // The best `count` documents for `query` within `filter` (values only: cheap), ranked
    // by `weight` (BM25 with Xapian's defaults when null).
    std::vector<Hit> retrieve(const Xapian::Query& query, const Xapian::Query& filter, size_t count,
                              const Xapian::Weight* weight = nullptr);

    // The whole `query` ranked (`sort_newest_first`: by the updated date instead), from
    // `offset`, with the type, category and language counts of its matches: exact when it
    // has at most `exact_up_to` matches, else those of the matches Xapian looked at (at
    // least `exact_up_to`) scaled up to the estimated total.
    struct Page {
        Xapian::doccount total = 0;  // estimated; exact up to `exact_up_to` matches
        std::vector<Hit> hits;
        std::map<std::string, std::map<std::string, Xapian::doccount>> facets;
    };
    Page page(const Xapian::Query& query, bool sort_newest_first, size_t offset, size_t limit,
              Xapian::doccount exact_up_to);

    // Relevance feedback: the `count` terms that best tell the documents of `relevant`
    // apart from the rest of the index (search/feedback_terms.h), leaving out `known`. Reads
    // the relevant documents' shown terms and a frequency per shared term: Xapian's expand
    // set read their whole termlists and a frequency for every term in them.
    std::vector<std::string> expansion_terms(const std::vector<Xapian::docid>& relevant, size_t count,
                                             const QueryTerms& known);

    // Corrects the words of `words` (analysed in `lang`) the index does not know to the
    // nearest word its documents use (search/wording/spelling.h).
    std::vector<wording::Correction> correct_spelling(std::vector<analysis::AnalyzedWord>& words, const std::string& lang);

    // How many documents hold `term`, and how many there are: for a term's idf.
    Xapian::doccount term_frequency(const std::string& term) const { return db_.get_termfreq(term); }
    Xapian::doccount document_count() const { return db_.get_doccount(); }

    // The published document with this id, or nullopt.
    std::optional<KbDocument> find_document(std::string_view id);
    // The member of translation group `group` written in `lang`, as a Hit, or nullopt.
    std::optional<Hit> find_translation(std::string_view group, std::string_view lang);
    // {lang, id} of every member of the group, the original first.
    std::vector<std::pair<std::string, std::string>> translations(std::string_view group);

    // What a returned hit shows of a candidate's document, unpacked from the generation's
    // cache when it keeps it, else from one value read.
    std::shared_ptr<const ShownDocument> shown(Xapian::docid docid);

private:
    Hit hit_from(Xapian::docid docid, double score);

    std::shared_ptr<const Generation> generation_;
    Xapian::Database db_;
    analysis::Analyzer analyzer_;
    wording::SpellingCorrector spelling_;
};

}  // namespace helpdex
