// A corpus document as the index holds it: its terms (boolean filters, and each field's
// words unprefixed and with the field's prefix), its value slots and its stored data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "indexer/field_weights.h"
#include "search/analysis/analyzer.h"
#include "search/document.h"

namespace helpdex::indexer {

// `d` (whose content hash is `content_hash`) as a Xapian document; `missing_in` are the
// languages of the index its translation group has no version in.
Xapian::Document to_xapian(const KbDocument& d, const std::string& content_hash, const std::vector<std::string>& missing_in,
                           analysis::Analyzer& analyzer, const FieldWeights& weights);

// The document's distinct free-text terms (schema::is_text_term), in termlist order.
std::vector<std::string> text_terms_of(const Xapian::Document& document);
// The document's terms that start with `prefix`, in termlist order.
std::vector<std::string> terms_with_prefix(const Xapian::Document& document, std::string_view prefix);
// The documents of `db` holding `term`, read at once (so that they may be replaced after).
std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term);

// Replaces the document's "missing in" terms by `missing_in`; whether they changed.
bool set_missing_in(Xapian::Document& document, const std::vector<std::string>& missing_in);

// What schema::kSlotContentHash holds: the content hash, then the id.
std::string content_hash_value(const std::string& content_hash, const std::string& id);
struct HashedId {
    std::string content_hash, id;
};
// The inverse of content_hash_value(); nullopt for a value that is not one.
std::optional<HashedId> parse_content_hash_value(const std::string& value);

// A document read back from the index: its stored data, with the plain body text the index
// does not store rendered again from its Markdown, as the parser renders it. Throws
// nlohmann::json::exception for data that is not a stored document.
KbDocument document_of(const Xapian::Document& document);

}  // namespace helpdex::indexer
