// A knowledge-base document, an article or a past case, and its stored form in the index.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace helpdex {

// Who to hand an inquiry to when the first contact cannot solve it.
struct Escalation {
    std::string team;
    std::string tier;
    std::string sla;      // a duration: "30m", "4h", "1d"
    std::string when;     // the condition, in the document's words
    std::string contact;
};

struct KbDocument {
    std::string id;
    std::string type;            // one of kDocumentTypes
    std::string title;
    std::string lang;
    std::string category;        // slash path
    std::string translation_of;  // id of the original, empty for originals
    std::string product;
    std::vector<std::string> tags;
    std::vector<std::string> symptoms;
    std::string priority = "normal";  // one of kPriorities
    std::optional<Escalation> escalation;
    std::string status = "published";
    std::string updated;              // YYYY-MM-DD or empty

    std::string body_markdown;
    std::string body_html;
    std::string body_text;            // plain text, for snippets (not stored in the document data)
    std::vector<std::string> steps;   // the resolution steps, in order
    std::string resolution;           // cases: how it ended (its `resolution`, or its outcome line)
    std::string source;               // "articles/x.md" or "cases/y.jsonl:12"

    // The translation group: the original's id.
    const std::string& group() const { return translation_of.empty() ? id : translation_of; }
    // The text a hit's snippet is cut from: the body, or the title of a document without one.
    const std::string& snippet_source() const { return body_text.empty() ? title : body_text; }
};

inline constexpr std::string_view kDocumentTypes[] = {"known-issue", "troubleshooting", "sop", "faq", "case"};
inline constexpr std::string_view kSolutionTypes[] = {"known-issue", "troubleshooting", "sop", "faq"};
inline constexpr std::string_view kSimilarIssueTypes[] = {"case", "known-issue"};
inline constexpr std::string_view kPriorities[] = {"low", "normal", "high", "urgent"};
inline constexpr std::string_view kStatuses[] = {"published", "draft", "archived"};

bool is_document_type(std::string_view type);
// 0 for "low" … 3 for "urgent"; -1 for anything else.
int priority_rank(std::string_view priority);
std::string_view priority_name(int rank);

// The stored form inside the index (Xapian document data): every field but the plain body
// text (a shown hit's text is in search/shown_document.h), for GET /v1/documents to
// rebuild the document. Not an API shape (api/json_views.h has those).
nlohmann::json to_stored_json(const KbDocument& document);
// Throws nlohmann::json::exception when a required field is missing or mistyped.
KbDocument document_from_stored_json(const nlohmann::json& stored);
nlohmann::json to_json(const Escalation& escalation);

}  // namespace helpdex
