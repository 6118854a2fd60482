// Walking the corpus folder and cross-document checks (unique ids, translation groups).
#include "indexer/corpus_reader.h"

#include <algorithm>
#include <deque>
#include <map>
#include <sstream>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "common/files.h"
#include "indexer/check/did_you_mean.h"
#include "indexer/check/translation_check.h"
#include "indexer/document_parser.h"
#include "indexer/front_matter.h"
#include "indexer/synonyms_check.h"

namespace helpdex::indexer {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kRoutingKeys[] = {"default", "categories"};
constexpr std::string_view kRouteKeys[] = {"team", "path", "sla"};

bool is_hidden(const fs::path& relative) {
    return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
        const std::string name = part.string();
        return !name.empty() && (name[0] == '.' || name[0] == '_');
    });
}

// Files under `dir` with `extension`, sorted so runs are reproducible.
std::vector<fs::path> files_with_extension(const fs::path& corpus_dir, const fs::path& dir, std::string_view extension,
                                           bool recursive) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    auto consider = [&](const fs::directory_entry& entry) {
        if (entry.is_regular_file() && entry.path().extension() == extension &&
            !is_hidden(fs::relative(entry.path(), corpus_dir))) {
            files.push_back(entry.path());
        }
    };
    if (recursive) {
        for (const auto& entry : fs::recursive_directory_iterator(dir)) consider(entry);
    } else {
        for (const auto& entry : fs::directory_iterator(dir)) consider(entry);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<Route> parse_route(const YAML::Node& node, const std::string& key, const std::string& file,
                                 Diagnostics& diagnostics) {
    const size_t line = static_cast<size_t>(node.Mark().line) + 1;
    const std::string where = key.empty() ? "default" : "categories." + key;
    if (!node.IsMap()) {
        diagnostics.error("invalid-routing", file, line, where, "must be a mapping with team, path and sla");
        return std::nullopt;
    }
    Route route;
    route.category = key;
    bool ok = true;
    for (const auto& entry : node) {
        const std::string field = entry.first.as<std::string>();
        const size_t field_line = static_cast<size_t>(entry.first.Mark().line) + 1;
        if (field == "team" && entry.second.IsScalar()) {
            route.team = entry.second.Scalar();
        } else if (field == "path" && entry.second.IsSequence()) {
            for (const auto& tier : entry.second) {
                if (!tier.IsScalar() || tier.Scalar().empty()) {
                    diagnostics.error("invalid-routing", file, field_line, where + ".path", "tiers must be non-empty names");
                    ok = false;
                } else {
                    route.path.push_back(tier.Scalar());
                }
            }
        } else if (field == "sla" && entry.second.IsMap()) {
            for (const auto& sla : entry.second) {
                const std::string urgency = sla.first.as<std::string>();
                const std::string duration = sla.second.IsScalar() ? sla.second.Scalar() : "";
                if (priority_rank(urgency) < 0) {
                    diagnostics.error("invalid-routing", file, field_line, where + ".sla", "\"" + urgency + "\" is not one of low, normal, high, urgent");
                    ok = false;
                } else if (!is_duration(duration)) {
                    diagnostics.error("invalid-routing", file, field_line, where + ".sla." + urgency, "\"" + duration + "\" is not a duration such as 30m, 4h, 1d or 2w");
                    ok = false;
                } else {
                    route.sla[urgency] = duration;
                }
            }
        } else if (field == "team" || field == "path" || field == "sla") {
            diagnostics.error("invalid-routing", file, field_line, where + "." + field,
                              "has the wrong shape (team: name, path: [tiers], sla: {urgency: duration})");
            ok = false;
        } else {
            diagnostics.error("unknown-key", file, field_line, where + "." + field,
                              unknown_name_message(field, kRouteKeys, "unknown key", "unknown key (expected team, path, sla)"));
            ok = false;
        }
    }
    if (route.team.empty()) {
        diagnostics.error("invalid-routing", file, line, where + ".team", "is required");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return route;
}

DocumentKey key_of(const KbDocument& document, const RawRecord& record, const std::string& file) {
    auto line_of = [&](const char* key) {
        auto it = record.fields.find(key);
        return it == record.fields.end() ? record.line : it->second.line;
    };
    DocumentKey key{document.id, document.translation_of, document.source, file, document.lang, document.status};
    key.is_article = document.type != "case";
    key.id_line = line_of("id");
    key.translation_line = line_of("translation_of");
    key.lang_line = line_of("lang");
    key.category_line = line_of("category");
    key.updated_line = line_of("updated");
    key.body_line = record.body_line;
    return key;
}

}  // namespace

std::optional<RoutingTable> parse_routing(std::string_view yaml, const std::string& file, Diagnostics& diagnostics) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        diagnostics.error("invalid-routing", file, e.mark.line >= 0 ? static_cast<size_t>(e.mark.line) + 1 : 0, "", "not valid YAML: " + e.msg);
        return std::nullopt;
    }
    if (!root.IsMap()) {
        diagnostics.error("invalid-routing", file, 1, "", "must be a mapping with 'default' and 'categories'");
        return std::nullopt;
    }
    RoutingTable table;
    const size_t errors_before = diagnostics.error_count();
    for (const auto& entry : root) {
        const std::string key = entry.first.as<std::string>();
        const size_t line = static_cast<size_t>(entry.first.Mark().line) + 1;
        if (key == "default") {
            if (auto route = parse_route(entry.second, "", file, diagnostics)) table.set_default(std::move(*route));
        } else if (key == "categories") {
            if (!entry.second.IsMap()) {
                diagnostics.error("invalid-routing", file, line, "categories", "must map category paths to routes");
                continue;
            }
            for (const auto& category : entry.second) {
                const std::string path = category.first.as<std::string>();
                if (!is_category_path(path)) {
                    diagnostics.error("invalid-routing", file, static_cast<size_t>(category.first.Mark().line) + 1, "categories." + path,
                                      "is not a category path such as billing/refunds");
                    continue;
                }
                if (auto route = parse_route(category.second, path, file, diagnostics)) table.add(std::move(*route));
            }
        } else {
            diagnostics.error("unknown-key", file, line, key,
                              unknown_name_message(key, kRoutingKeys, "unknown key", "unknown key (expected default, categories)"));
        }
    }
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    return table;
}

size_t walk_corpus(const fs::path& corpus_dir, Diagnostics& diagnostics, const DocumentVisitor& visit, const FileFilter& read) {
    if (!fs::is_directory(corpus_dir)) throw std::runtime_error(corpus_dir.string() + " is not a folder");
    size_t skipped = 0;
    for (const auto& path : files_with_extension(corpus_dir, corpus_dir / "articles", ".md", true)) {
        const std::string file = fs::relative(path, corpus_dir).generic_string();
        if (read && !read(file)) continue;
        auto record = parse_article(read_file(path), file, diagnostics);
        std::optional<KbDocument> document = record ? parse_document(*record, SourceKind::article, file, diagnostics) : std::nullopt;
        if (document) visit(std::move(*document), key_of(*document, *record, file));
        else ++skipped;
    }
    for (const auto& path : files_with_extension(corpus_dir, corpus_dir / "cases", ".jsonl", false)) {
        const std::string file = fs::relative(path, corpus_dir).generic_string();
        if (read && !read(file)) continue;
        std::istringstream lines(read_file(path));
        std::string line;
        for (size_t number = 1; std::getline(lines, line); ++number) {
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            auto record = parse_case_line(line, file, number, diagnostics);
            std::optional<KbDocument> document = record ? parse_document(*record, SourceKind::case_record, file, diagnostics) : std::nullopt;
            if (document) visit(std::move(*document), key_of(*document, *record, file));
            else ++skipped;
        }
    }
    return skipped;
}

std::vector<bool> cross_check(const std::vector<DocumentKey>& keys, Diagnostics& diagnostics) {
    std::vector<bool> keep = check_unique_ids(keys, diagnostics);
    check_translation_targets(keys, keep, diagnostics);
    check_group_languages(keys, keep, diagnostics);
    return keep;
}

RoutingTable read_routing(const fs::path& corpus_dir, Diagnostics& diagnostics) {
    const fs::path routing_path = corpus_dir / "routing.yaml";
    if (!fs::exists(routing_path)) {
        diagnostics.warning("no-routing-table", "routing.yaml", 0, "", "no routing table: escalation paths come only from documents");
        return {};
    }
    auto table = parse_routing(read_file(routing_path), "routing.yaml", diagnostics);
    return table ? std::move(*table) : RoutingTable{};
}

Corpus read_corpus(const fs::path& corpus_dir, Diagnostics& diagnostics) {
    Corpus corpus;
    // A deque grows without copying what it holds nor doubling its size.
    std::deque<KbDocument> parsed;
    std::vector<DocumentKey> keys;
    corpus.skipped = walk_corpus(corpus_dir, diagnostics, [&](KbDocument&& document, DocumentKey&& key) {
        parsed.push_back(std::move(document));
        keys.push_back(std::move(key));
    });
    const std::vector<bool> keep = cross_check(keys, diagnostics);
    corpus.documents.reserve(static_cast<size_t>(std::count(keep.begin(), keep.end(), true)));
    for (size_t i = 0; !parsed.empty(); ++i, parsed.pop_front()) {
        if (keep[i]) corpus.documents.push_back(std::move(parsed.front()));
        else ++corpus.skipped;
    }
    corpus.routing = read_routing(corpus_dir, diagnostics);
    corpus.glossary = read_glossary(corpus_dir, diagnostics);
    check_synonyms(corpus_dir, diagnostics);
    return corpus;
}

}  // namespace helpdex::indexer
