// Opening generations and swapping the live one.
#include "search/generation.h"

#include <algorithm>
#include <fstream>

#include "search/schema.h"
#include <sstream>

namespace helpdex {

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IndexError("cannot read " + path.string());
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

nlohmann::json read_json(const fs::path& path) {
    try {
        return nlohmann::json::parse(read_file(path));
    } catch (const nlohmann::json::exception& e) {
        throw IndexError(path.string() + ": " + e.what());
    }
}

std::string read_current_name(const fs::path& index_dir) {
    const fs::path current = index_dir / layout::kCurrentFile;
    if (!fs::exists(current)) {
        throw IndexError("no index at " + index_dir.string() + " (run `helpdex index CORPUS --db " +
                         index_dir.string() + "` first)");
    }
    std::string name = read_file(current);
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r' || name.back() == ' ')) name.pop_back();
    if (name.empty() || name.find('/') != std::string::npos || name.starts_with(".")) {
        throw IndexError(current.string() + " does not name a generation");
    }
    return name;
}

// Parses every stored document into generation.documents, with its distinct text terms
// and (up to the word budget) its snippet text analysed, unless together the documents are
// larger than the byte budget (then none: the searchers read them from the database).
void cache_documents(const Xapian::Database& db, Generation& generation) {
    size_t bytes = 0, snippet_words = 0;
    analysis::Analyzer analyzer;
    std::vector<Generation::PreloadedDocument> documents(db.get_lastdocid() + 1);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const std::string data = db.get_document(*it).get_data();
        bytes += data.size();
        if (bytes > Generation::kMaxCachedDocumentBytes) {
            generation.snippet_terms = TermIds{};  // none preloaded: nothing to look up
            return;
        }
        Generation::PreloadedDocument& preloaded = documents[*it];
        preloaded.parsed = std::make_shared<const KbDocument>(document_from_json(nlohmann::json::parse(data)));
        preloaded.text_terms.push_back('\n');
        for (auto term = db.termlist_begin(*it); term != db.termlist_end(*it); ++term) {
            if (!schema::is_text_term(*term)) continue;
            preloaded.text_terms += *term;
            preloaded.text_terms += '\n';
        }
        if (snippet_words < Generation::kMaxPreloadedSnippetWords) {
            const KbDocument& d = *preloaded.parsed;
            preloaded.snippet_words = analyse_for_snippet(d.snippet_source(), d.lang, analyzer, generation.snippet_terms);
            snippet_words += preloaded.snippet_words->size();
        }
    }
    generation.documents = std::move(documents);
}

}  // namespace

Xapian::Database Generation::open_database() const {
    return Xapian::Database((dir / layout::kXapianDir).string());
}

bool Generation::holds_any_type(std::span<const std::string_view> types) const {
    const auto by_type = manifest.find("by_type");
    if (by_type == manifest.end()) return true;  // unknown: search rather than miss
    for (std::string_view type : types) {
        if (by_type->contains(type)) return true;
    }
    return false;
}

bool Generation::holds_only_types(std::span<const std::string_view> types) const {
    const auto by_type = manifest.find("by_type");
    if (by_type == manifest.end()) return false;  // unknown: filter rather than mix
    for (const auto& [type, count] : by_type->items()) {
        if (std::find(types.begin(), types.end(), type) == types.end()) return false;
    }
    return true;
}

std::shared_ptr<const Generation> open_current_generation(const fs::path& index_dir, Preload preload) {
    auto generation = std::make_shared<Generation>();
    generation->name = read_current_name(index_dir);
    generation->dir = index_dir / generation->name;
    try {
        generation->routing = RoutingTable::from_json(read_json(generation->dir / layout::kRoutingFile));
        generation->detector =
            analysis::LanguageDetector::from_json(read_json(generation->dir / layout::kLanguageModelFile));
        generation->manifest = read_json(generation->dir / layout::kManifestFile);
        generation->languages = generation->manifest.at("languages").get<std::vector<std::string>>();
        const fs::path classifier = generation->dir / layout::kClassifierFile;
        if (fs::exists(classifier)) generation->classifier = classifier::CategoryClassifier::load(classifier);
        // Open once here so a broken database fails now, not on the first request.
        const Xapian::Database db = generation->open_database();
        if (preload == Preload::for_serving && db.get_doccount() <= Generation::kMaxCachedSummaries) {
            generation->summaries.resize(db.get_lastdocid() + 1);
            for (auto it = db.valuestream_begin(schema::kSlotSummary); it != db.valuestream_end(schema::kSlotSummary); ++it) {
                generation->summaries[it.get_docid()] = *it;
            }
            cache_documents(db, *generation);
        }
    } catch (const Xapian::Error& e) {
        throw IndexError(generation->dir.string() + ": " + e.get_description());
    } catch (const nlohmann::json::exception& e) {
        throw IndexError(generation->dir.string() + ": malformed generation: " + e.what());
    } catch (const std::runtime_error& e) {
        if (dynamic_cast<const IndexError*>(&e)) throw;
        throw IndexError(generation->dir.string() + ": " + e.what());
    }
    return generation;
}

LiveIndex::LiveIndex(fs::path index_dir) : index_dir_(std::move(index_dir)), current_(open_current_generation(index_dir_)) {}

std::shared_ptr<const Generation> LiveIndex::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

bool LiveIndex::refresh() {
    const std::string name = read_current_name(index_dir_);
    if (name == current()->name) return false;
    auto next = open_current_generation(index_dir_);
    std::lock_guard lock(mutex_);
    current_ = std::move(next);
    return true;
}

}  // namespace helpdex
