// Field-by-field validation of documents.
#include "indexer/document_parser.h"

#include <algorithm>
#include <span>

#include "indexer/case_outcome.h"
#include "indexer/check/did_you_mean.h"
#include "indexer/markdown.h"
#include "search/analysis/language.h"
#include "search/analysis/normalizer.h"
#include "search/routing.h"

namespace helpdex::indexer {

namespace {

constexpr std::string_view kArticleKeys[] = {
    "id", "type", "title", "lang", "category", "translation_of", "product", "tags",
    "symptoms", "priority", "escalation", "status", "updated"};
// A case carries its body and outcome as fields too.
constexpr std::string_view kCaseKeys[] = {
    "id", "type", "title", "lang", "category", "translation_of", "product", "tags",
    "symptoms", "priority", "escalation", "status", "updated", "body", "resolution"};
constexpr std::string_view kEscalationKeys[] = {"team", "tier", "sla", "when", "contact"};

bool is_one_of(std::string_view name, std::span<const std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string join(std::span<const std::string_view> values) {
    std::string out;
    for (auto v : values) out += (out.empty() ? "" : ", ") + std::string(v);
    return out;
}

// Reads fields one by one, reporting problems under the record's file.
class FieldReader {
public:
    FieldReader(const RawRecord& record, const std::string& file, Diagnostics& diagnostics)
        : record_(record), file_(file), diagnostics_(diagnostics) {}

    size_t line_of(const std::string& key) const {
        auto it = record_.fields.find(key);
        return it == record_.fields.end() ? record_.line : it->second.line;
    }

    void fail(const std::string& key, const std::string& message, std::string code = "invalid-value") {
        diagnostics_.error(std::move(code), file_, line_of(key), key, message);
        ok_ = false;
    }

    // A non-empty single-line string, or "" after reporting (when required) its absence.
    std::string string(const std::string& key, bool required) {
        auto it = record_.fields.find(key);
        if (it == record_.fields.end() || it->second.value.is_null()) {
            if (required) fail(key, "is required", "missing-field");
            return "";
        }
        if (!it->second.value.is_string()) {
            fail(key, "must be a string, not " + std::string(it->second.value.type_name()));
            return "";
        }
        std::string value = it->second.value.get<std::string>();
        if (!analysis::is_valid_utf8(value)) {
            fail(key, "is not valid UTF-8");
            return "";
        }
        const auto first = value.find_first_not_of(" \t\r\n");
        value = first == std::string::npos ? "" : value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
        if (value.empty() && required) fail(key, "must not be empty");
        return value;
    }

    std::vector<std::string> string_list(const std::string& key) {
        std::vector<std::string> out;
        auto it = record_.fields.find(key);
        if (it == record_.fields.end() || it->second.value.is_null()) return out;
        const auto& value = it->second.value;
        if (!value.is_array()) {
            fail(key, "must be a list of strings");
            return out;
        }
        for (const auto& item : value) {
            if (!item.is_string() || item.get<std::string>().empty()) {
                fail(key, "must be a list of non-empty strings");
                return {};
            }
            if (!analysis::is_valid_utf8(item.get<std::string>())) {
                fail(key, "is not valid UTF-8");
                return {};
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    const RawField* raw(const std::string& key) const {
        auto it = record_.fields.find(key);
        return it == record_.fields.end() ? nullptr : &it->second;
    }

    bool ok() const { return ok_; }

private:
    const RawRecord& record_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    bool ok_ = true;
};

std::optional<Escalation> read_escalation(FieldReader& reader) {
    const RawField* field = reader.raw("escalation");
    if (!field || field->value.is_null()) return std::nullopt;
    if (!field->value.is_object()) {
        reader.fail("escalation", "must be a mapping with team, tier, sla, when, contact");
        return std::nullopt;
    }
    Escalation escalation;
    bool well_formed = true;
    for (const auto& [key, value] : field->value.items()) {
        if (!is_one_of(key, kEscalationKeys)) {
            const std::string unknown = "unknown key '" + key + "'";
            reader.fail("escalation",
                        unknown_name_message(key, kEscalationKeys, unknown, unknown + " (expected team, tier, sla, when, contact)"),
                        "unknown-key");
            well_formed = false;
            continue;
        }
        if (!value.is_string()) {
            reader.fail("escalation", "'" + key + "' must be a string");
            continue;
        }
        const std::string text = value.get<std::string>();
        if (key == "team") escalation.team = text;
        else if (key == "tier") escalation.tier = text;
        else if (key == "sla") escalation.sla = text;
        else if (key == "when") escalation.when = text;
        else escalation.contact = text;
    }
    if (well_formed && escalation.team.empty() && escalation.tier.empty() && escalation.contact.empty()) {
        reader.fail("escalation", "needs at least a team, a tier or a contact");
    }
    if (!escalation.sla.empty() && !is_duration(escalation.sla)) {
        reader.fail("escalation", "sla \"" + escalation.sla + "\" is not a duration such as 30m, 4h, 1d or 2w");
    }
    return escalation;
}

}  // namespace

bool is_document_id(std::string_view id) {
    if (id.empty() || id.size() > 128) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

bool is_iso_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    const int day = (date[8] - '0') * 10 + (date[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::optional<KbDocument> parse_document(const RawRecord& record, SourceKind kind, const std::string& file,
                                         Diagnostics& diagnostics) {
    FieldReader reader(record, file, diagnostics);
    const std::span<const std::string_view> known_keys =
        kind == SourceKind::article ? std::span<const std::string_view>(kArticleKeys) : std::span<const std::string_view>(kCaseKeys);
    bool unknown_fields = false;
    for (const auto& [key, field] : record.fields) {
        if (is_one_of(key, known_keys)) continue;
        unknown_fields = true;
        diagnostics.error("unknown-key", file, field.line, key,
                          kind == SourceKind::article && key == "body"
                              ? "articles carry their body after the front matter, not as a field"
                              : unknown_name_message(key, known_keys, "unknown field",
                                                     "unknown field (check its spelling; see docs/corpus-format.md)"));
    }

    KbDocument d;
    d.id = reader.string("id", true);
    if (!d.id.empty() && !is_document_id(d.id)) reader.fail("id", "\"" + d.id + "\" must match [A-Za-z0-9._-]+ (at most 128 characters)");

    d.type = reader.string("type", true);
    if (!d.type.empty()) {
        if (!is_document_type(d.type)) {
            reader.fail("type", "\"" + d.type + "\" is not one of " + join(kDocumentTypes));
        } else if (kind == SourceKind::case_record && d.type != "case") {
            reader.fail("type", "must be \"case\" in cases/*.jsonl, not \"" + d.type + "\"");
        } else if (kind == SourceKind::article && d.type == "case") {
            reader.fail("type", "\"case\" documents belong in cases/*.jsonl");
        }
    }

    d.title = reader.string("title", true);
    if (d.title.find('\n') != std::string::npos) reader.fail("title", "must be a single line");

    d.lang = reader.string("lang", true);
    if (!d.lang.empty() && !analysis::find_language(d.lang)) {
        reader.fail("lang", "\"" + d.lang + "\" is not a supported language (use a lower-case ISO 639-1 code such as en, nl, de, fr, es, ja)");
    }

    d.category = reader.string("category", true);
    if (!d.category.empty() && !is_category_path(d.category)) {
        reader.fail("category", "\"" + d.category + "\" must be a slash path of lower-case segments such as billing/refunds");
    }

    d.translation_of = reader.string("translation_of", false);
    if (!d.translation_of.empty() && !is_document_id(d.translation_of)) reader.fail("translation_of", "is not a document id");
    if (!d.translation_of.empty() && d.translation_of == d.id) reader.fail("translation_of", "a document cannot translate itself", "translation-cycle");

    d.product = reader.string("product", false);
    d.tags = reader.string_list("tags");
    d.symptoms = reader.string_list("symptoms");

    const std::string priority = reader.string("priority", false);
    if (!priority.empty()) {
        if (priority_rank(priority) < 0) reader.fail("priority", "\"" + priority + "\" is not one of " + join(kPriorities));
        else d.priority = priority;
    }

    d.escalation = read_escalation(reader);

    const std::string status = reader.string("status", false);
    if (!status.empty()) {
        if (std::find(std::begin(kStatuses), std::end(kStatuses), status) == std::end(kStatuses)) {
            reader.fail("status", "\"" + status + "\" is not one of " + join(kStatuses));
        } else {
            d.status = status;
        }
    }

    d.updated = reader.string("updated", false);
    if (!d.updated.empty() && !is_iso_date(d.updated)) reader.fail("updated", "\"" + d.updated + "\" is not a date YYYY-MM-DD");

    if (kind == SourceKind::case_record) {
        d.body_markdown = reader.string("body", true);
        d.resolution = reader.string("resolution", false);
        d.source = file + ":" + std::to_string(record.line);
    } else {
        d.body_markdown = record.body;
        if (!analysis::is_valid_utf8(d.body_markdown)) reader.fail("body", "is not valid UTF-8");
        d.source = file;
    }

    if (!reader.ok() || unknown_fields) return std::nullopt;
    MarkdownBody body = render_markdown(d.body_markdown);
    d.body_html = std::move(body.html);
    d.body_text = std::move(body.text);
    d.steps = std::move(body.steps);
    if (kind == SourceKind::case_record && d.resolution.empty()) d.resolution = case_outcome(d.body_text);
    // Rendering appends, which leaves up to twice the text's size allocated; a corpus of a
    // million documents is held in memory while it is indexed.
    d.body_html.shrink_to_fit();
    d.body_text.shrink_to_fit();
    return d;
}

}  // namespace helpdex::indexer
