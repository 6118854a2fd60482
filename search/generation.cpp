// Opening generations and swapping the live one.
#include "search/generation.h"

#include <algorithm>

#include "common/files.h"
#include "search/schema.h"

namespace helpdex {

namespace fs = std::filesystem;

namespace {

nlohmann::json read_json(const fs::path& path) {
    try {
        return nlohmann::json::parse(read_file(path));
    } catch (const nlohmann::json::exception& e) {
        throw IndexError(path.string() + ": " + e.what());
    }
}

std::string required_current_name(const fs::path& index_dir) {
    auto name = read_current_name(index_dir);
    if (!name) {
        throw IndexError("no index at " + index_dir.string() + " (run `helpdex index CORPUS --db " + index_dir.string() +
                         "` first)");
    }
    return *name;
}

void check_format(const nlohmann::json& manifest, const fs::path& dir) {
    const std::string format = manifest.value("format", "");
    if (format != schema::kIndexFormat) {
        throw IndexError(dir.string() + ": index format \"" + format + "\" is not this helpdex's \"" +
                         std::string(schema::kIndexFormat) + "\": rebuild it with `helpdex index`");
    }
}

}  // namespace

std::shared_ptr<const Generation> Generation::open_current(const fs::path& index_dir, Preload preload) {
    std::shared_ptr<Generation> generation(new Generation());
    generation->name_ = required_current_name(index_dir);
    generation->dir_ = index_dir / generation->name_;
    try {
        generation->load(preload);
    } catch (const Xapian::Error& e) {
        throw IndexError(generation->dir_.string() + ": " + e.get_description());
    } catch (const nlohmann::json::exception& e) {
        throw IndexError(generation->dir_.string() + ": malformed generation: " + e.what());
    } catch (const IndexError&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw IndexError(generation->dir_.string() + ": " + e.what());
    }
    return generation;
}

void Generation::load(Preload preload) {
    manifest_ = read_json(dir_ / layout::kManifestFile);
    check_format(manifest_, dir_);
    languages_ = manifest_.at("languages").get<std::vector<std::string>>();
    routing_ = RoutingTable::from_json(read_json(dir_ / layout::kRoutingFile));
    detector_ = analysis::LanguageDetector::from_json(read_json(dir_ / layout::kLanguageModelFile));
    const fs::path classifier = dir_ / layout::kClassifierFile;
    if (fs::exists(classifier)) classifier_ = classifier::CategoryClassifier::load(classifier);
    databases_ = {dir_ / layout::kXapianDir};
    // Open once here so a broken database fails now, not on the first request.
    const Xapian::Database db = open_database();
    if (preload == Preload::for_serving) cache_ = DocumentCache::load(db);
}

Xapian::Database Generation::open_database() const {
    Xapian::Database combined;
    for (const fs::path& database : databases_) combined.add_database(Xapian::Database(database.string()));
    return combined;
}

size_t Generation::document_count() const {
    return manifest_.value("documents", size_t{0});
}

size_t Generation::classifier_examples() const {
    const auto stats = manifest_.find("classifier");
    return stats != manifest_.end() ? stats->value("examples", size_t{0}) : 0;
}

bool Generation::holds_any_type(std::span<const std::string_view> types) const {
    const auto by_type = manifest_.find("by_type");
    if (by_type == manifest_.end()) return true;  // unknown: search rather than miss
    for (std::string_view type : types) {
        if (by_type->contains(type)) return true;
    }
    return false;
}

bool Generation::holds_only_types(std::span<const std::string_view> types) const {
    const auto by_type = manifest_.find("by_type");
    if (by_type == manifest_.end()) return false;  // unknown: filter rather than mix
    for (const auto& [type, count] : by_type->items()) {
        if (std::find(types.begin(), types.end(), type) == types.end()) return false;
    }
    return true;
}

LiveIndex::LiveIndex(fs::path index_dir)
    : index_dir_(std::move(index_dir)), current_(Generation::open_current(index_dir_)) {}

std::shared_ptr<const Generation> LiveIndex::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

bool LiveIndex::refresh() {
    const std::string name = required_current_name(index_dir_);
    if (name == current()->name()) return false;
    auto next = Generation::open_current(index_dir_);
    std::lock_guard lock(mutex_);
    current_ = std::move(next);
    return true;
}

}  // namespace helpdex
