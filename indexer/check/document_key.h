// What the cross-document checks know of each valid document: its id, its place in a
// translation group, and where its fields stand in its file, for reports.
#pragma once

#include <cstddef>
#include <string>

namespace helpdex::indexer {

// A few short strings and line numbers (~250 bytes), so the keys of a million documents
// fit where their texts would not.
struct DocumentKey {
    std::string id;
    std::string translation_of;
    std::string source;     // file, or file:line for a case
    std::string file;
    std::string lang;
    std::string status;
    bool is_article = true;  // false for a case of cases/*.jsonl
    size_t id_line = 0;
    size_t translation_line = 0;
    size_t lang_line = 0;
    size_t category_line = 0;
    size_t updated_line = 0;
    size_t body_line = 0;    // an article's first line after its front matter; a case's line

    bool published() const { return status == "published"; }
    // The translation group: the original's id.
    const std::string& group() const { return translation_of.empty() ? id : translation_of; }
};

}  // namespace helpdex::indexer
