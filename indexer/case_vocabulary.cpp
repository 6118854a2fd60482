// Linking past cases to the articles that resolve them, and adding the cases' words.
#include "indexer/case_vocabulary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "indexer/xapian_document.h"
#include "search/analysis/analyzer.h"
#include "search/document.h"
#include "search/schema.h"

namespace helpdex::indexer {

namespace {

// How well a case's summary must match an article to be linked to it (Xapian's percentage:
// the share of the summary's terms the article matches, weighted).
constexpr int kLinkFromPercent = 40;

struct Location {
    size_t shard;
    Xapian::docid docid;
};

// Xapian numbers the documents of N combined databases (local - 1) · N + shard + 1.
Location locate(Xapian::docid combined, size_t shards) {
    return {(combined - 1) % shards, static_cast<Xapian::docid>((combined - 1) / shards + 1)};
}

Xapian::Query term_query(std::string_view prefix, std::string_view value) {
    return Xapian::Query(schema::boolean_term(prefix, value));
}

// The solutions a case may be linked to: of its category, in its language.
Xapian::Query solutions_for(const CaseReference& c) {
    std::vector<Xapian::Query> types;
    for (std::string_view type : kSolutionTypes) types.push_back(term_query(schema::kTypePrefix, type));
    const std::vector<Xapian::Query> all = {term_query(schema::kCategoryPrefix, c.category),
                                            term_query(schema::kLangPrefix, c.lang),
                                            Xapian::Query(Xapian::Query::OP_OR, types.begin(), types.end())};
    return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

// The combined docid of the solution the case's summary matches best; 0 for none.
Xapian::docid linked_article(const Xapian::Database& all, const CaseReference& c) {
    if (c.summary_terms.empty() || c.category.empty()) return 0;
    const Xapian::Query words(Xapian::Query::OP_OR, c.summary_terms.begin(), c.summary_terms.end());
    Xapian::Enquire enquire(all);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, words, solutions_for(c)));
    const Xapian::MSet best = enquire.get_mset(0, 1);
    if (best.empty() || best.begin().get_percent() < kLinkFromPercent) return 0;
    return *best.begin();
}

// The words of an article's cases worth adding to it: not its own; from a case's summary, or
// shared by two of its cases; the most shared first, then the rarest.
std::vector<std::string> words_for(const Xapian::Database& all, const std::vector<std::string>& own,
                                   const std::vector<std::vector<std::string>>& case_terms,
                                   const std::set<std::string>& summary) {
    std::map<std::string, size_t> holders;
    for (const auto& terms : case_terms) {
        for (const std::string& term : terms) ++holders[term];
    }
    const double documents = all.get_doccount();
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [term, count] : holders) {
        if (std::binary_search(own.begin(), own.end(), term)) continue;
        if (!summary.contains(term)) continue;
        // Rarity among the documents' own words: the words cases added (kept in other
        // top-level categories by an incremental reindex) do not count.
        const double held = all.get_termfreq(term) - all.get_termfreq(std::string(schema::kCaseWordsPrefix) + term);
        const double idf = std::log((documents + 1.0) / (held + 0.5));
        ranked.emplace_back(static_cast<double>(count) * idf, term);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (ranked.size() > kMaxCaseWords) ranked.resize(kMaxCaseWords);
    std::vector<std::string> words;
    for (auto& [score, term] : ranked) words.push_back(std::move(term));
    return words;
}

// Takes the words its cases added out of a solution; whether it had any. They are words the
// solution lacked, so each goes whole, prefixed and unprefixed.
bool remove_case_words(Xapian::Document& document) {
    const std::vector<std::string> added = terms_with_prefix(document, schema::kCaseWordsPrefix);
    for (const std::string& term : added) {
        document.remove_term(term);
        document.remove_term(term.substr(schema::kCaseWordsPrefix.size()));
    }
    return !added.empty();
}

}  // namespace

CaseReference case_reference(const KbDocument& d, size_t shard, Xapian::docid docid, analysis::Analyzer& analyzer) {
    CaseReference c{shard, docid, d.lang, d.category, {}};
    auto add = [&](const std::string& text) {
        for (const auto& word : analyzer.analyze(text, d.lang)) {
            if (!word.stopword) c.summary_terms.push_back(word.term);
        }
    };
    add(d.title);
    for (const auto& tag : d.tags) add(tag);
    std::sort(c.summary_terms.begin(), c.summary_terms.end());
    c.summary_terms.erase(std::unique(c.summary_terms.begin(), c.summary_terms.end()), c.summary_terms.end());
    return c;
}

CaseVocabularyReport add_case_vocabulary(std::vector<Xapian::WritableDatabase>& shards,
                                         const std::vector<CaseReference>& cases, Xapian::termcount weight) {
    CaseVocabularyReport report;
    if (weight == 0 || shards.empty() || cases.empty()) return report;
    Xapian::Database all;
    for (const Xapian::WritableDatabase& shard : shards) all.add_database(shard);

    std::map<Xapian::docid, std::vector<const CaseReference*>> cases_of;  // combined article docid → its cases
    for (const CaseReference& c : cases) {
        if (const Xapian::docid article = linked_article(all, c)) {
            cases_of[article].push_back(&c);
            ++report.by_root[top_category(c.category)].cases_linked;
        }
    }
    // Every article's words are chosen before any is added, so that the index's statistics,
    // and with them the choice, do not depend on the order of the articles.
    std::vector<std::pair<Location, std::vector<std::string>>> additions;
    for (const auto& [article, linked] : cases_of) {
        const Location at = locate(article, shards.size());
        std::vector<std::vector<std::string>> case_terms;
        std::set<std::string> summary;
        for (const CaseReference* c : linked) {
            case_terms.push_back(text_terms_of(shards[c->shard].get_document(c->docid)));
            summary.insert(c->summary_terms.begin(), c->summary_terms.end());
        }
        auto words = words_for(all, text_terms_of(shards[at.shard].get_document(at.docid)), case_terms, summary);
        if (!words.empty()) additions.emplace_back(at, std::move(words));
    }
    const std::string prefix(schema::kCaseWordsPrefix);
    for (const auto& [at, words] : additions) {
        Xapian::Document document = shards[at.shard].get_document(at.docid);
        for (const std::string& word : words) {
            document.add_term(word, weight);
            document.add_term(prefix + word);
        }
        shards[at.shard].replace_document(at.docid, document);
        CaseVocabularyCounts& counts = report.by_root[top_category(document.get_value(schema::kSlotCategory))];
        ++counts.articles_expanded;
        counts.terms_added += words.size();
    }
    report.sum_roots();
    return report;
}

CaseVocabularyReport relink_case_vocabulary(std::vector<Xapian::WritableDatabase>& shards,
                                            const std::set<std::string>& roots, Xapian::termcount weight) {
    if (weight == 0 || shards.empty() || roots.empty()) return {};
    analysis::Analyzer analyzer;
    std::vector<CaseReference> cases;
    for (size_t shard = 0; shard < shards.size(); ++shard) {
        for (const std::string& root : roots) {
            for (const Xapian::docid docid : postings(shards[shard], schema::boolean_term(schema::kCategoryPrefix, root))) {
                Xapian::Document document = shards[shard].get_document(docid);
                if (document.get_value(schema::kSlotType) == "case") {
                    const KbDocument d = document_from_stored_json(nlohmann::json::parse(document.get_data()));
                    cases.push_back(case_reference(d, shard, docid, analyzer));
                } else if (remove_case_words(document)) {
                    shards[shard].replace_document(docid, document);
                }
            }
        }
    }
    return add_case_vocabulary(shards, cases, weight);
}

void CaseVocabularyReport::sum_roots() {
    static_cast<CaseVocabularyCounts&>(*this) = {};
    for (const auto& [root, counts] : by_root) {
        cases_linked += counts.cases_linked;
        articles_expanded += counts.articles_expanded;
        terms_added += counts.terms_added;
    }
}

std::string top_category(std::string_view category) { return std::string(category.substr(0, category.find('/'))); }

}  // namespace helpdex::indexer
