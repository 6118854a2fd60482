// Document → Xapian terms and values, and back.
#include "indexer/xapian_document.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "indexer/content_hash.h"
#include "indexer/markdown.h"
#include "search/analysis/normalizer.h"
#include "search/routing.h"
#include "search/schema.h"
#include "search/shown_document.h"

namespace helpdex::indexer {

namespace {

// A field's words, each unprefixed with the field's weight as wdf and once with the field's prefix.
void add_text(Xapian::Document& document, const std::vector<analysis::AnalyzedWord>& words, std::string_view prefix,
              Xapian::termcount weight) {
    for (const auto& word : words) {
        if (word.stopword) continue;
        document.add_term(word.term, weight);
        document.add_term(std::string(prefix) + word.term);
    }
}

void add_boolean_terms(Xapian::Document& document, const KbDocument& d) {
    using namespace schema;
    document.add_boolean_term(boolean_term(kIdPrefix, d.id));
    document.add_boolean_term(boolean_term(kLangPrefix, d.lang));
    document.add_boolean_term(boolean_term(kTypePrefix, d.type));
    for (const auto& path : category_ancestors(d.category)) document.add_boolean_term(boolean_term(kCategoryPrefix, path));
    if (!d.product.empty()) document.add_boolean_term(boolean_term(kProductPrefix, d.product));
    document.add_boolean_term(boolean_term(kGroupPrefix, d.group()));
    for (const auto& tag : d.tags) document.add_boolean_term(boolean_term(kTagPrefix, analysis::normalize(tag)));
}

}  // namespace

Xapian::Document to_xapian(const KbDocument& d, const std::string& content_hash, const std::vector<std::string>& missing_in,
                           analysis::Analyzer& analyzer, const FieldWeights& weights) {
    using namespace schema;
    Xapian::Document document;
    add_boolean_terms(document, d);
    set_missing_in(document, missing_in);

    const auto title_words = analyzer.analyze(d.title, d.lang);
    const auto body_words = analyzer.analyze(d.body_text, d.lang);
    add_text(document, title_words, kTitlePrefix, weights.title);
    for (const auto& symptom : d.symptoms) add_text(document, analyzer.analyze(symptom, d.lang), kSymptomPrefix, weights.symptoms);
    for (const auto& tag : d.tags) add_text(document, analyzer.analyze(tag, d.lang), kTagTextPrefix, weights.tags);
    for (const auto& step : d.steps) add_text(document, analyzer.analyze(step, d.lang), kStepPrefix, weights.steps);
    add_text(document, body_words, kBodyPrefix, weights.body);

    document.add_value(kSlotType, d.type);
    document.add_value(kSlotCategory, d.category);
    document.add_value(kSlotLang, d.lang);
    document.add_value(kSlotUpdated, d.updated);
    document.add_value(kSlotSummary, pack_summary({d.id, d.title, d.type, d.lang, d.category, d.group(), d.product,
                                                   priority_rank(d.priority)}));
    // The snippet source is the body, or the title of a document without one.
    const auto& snippet_words = d.body_text.empty() ? title_words : body_words;
    document.add_value(kSlotShown, pack_shown(make_shown_document(d, snippet_words, text_terms_of(document))));
    document.add_value(kSlotContentHash, content_hash_value(content_hash, d.id));
    document.set_data(to_stored_json(d).dump());
    return document;
}

std::vector<std::string> text_terms_of(const Xapian::Document& document) {
    std::vector<std::string> terms;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        if (schema::is_text_term(*it)) terms.push_back(*it);
    }
    return terms;
}

std::vector<std::string> terms_with_prefix(const Xapian::Document& document, std::string_view prefix) {
    std::vector<std::string> terms;
    auto it = document.termlist_begin();
    for (it.skip_to(std::string(prefix)); it != document.termlist_end() && (*it).starts_with(prefix); ++it) {
        terms.push_back(*it);
    }
    return terms;
}

std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term) {
    std::vector<Xapian::docid> docids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) docids.push_back(*it);
    return docids;
}

bool set_missing_in(Xapian::Document& document, const std::vector<std::string>& missing_in) {
    const std::vector<std::string> had = terms_with_prefix(document, schema::kMissingInPrefix);
    std::vector<std::string> wanted;
    for (const std::string& lang : missing_in) wanted.push_back(schema::boolean_term(schema::kMissingInPrefix, lang));
    std::sort(wanted.begin(), wanted.end());
    if (had == wanted) return false;
    for (const std::string& term : had) document.remove_term(term);
    for (const std::string& term : wanted) document.add_boolean_term(term);
    return true;
}

std::string content_hash_value(const std::string& content_hash, const std::string& id) { return content_hash + id; }

std::optional<HashedId> parse_content_hash_value(const std::string& value) {
    if (value.size() <= kContentHashChars) return std::nullopt;
    return HashedId{value.substr(0, kContentHashChars), value.substr(kContentHashChars)};
}

KbDocument document_of(const Xapian::Document& document) {
    KbDocument d = document_from_stored_json(nlohmann::json::parse(document.get_data()));
    d.body_text = render_markdown(d.body_markdown).text;
    return d;
}

}  // namespace helpdex::indexer
