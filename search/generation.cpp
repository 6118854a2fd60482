// Opening generations and swapping the live one.
#include "search/generation.h"

#include <algorithm>

#include "common/files.h"
#include "search/schema.h"
#include "search/wording/lexicon.h"

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

// How long a remote shard may take to accept a connection, and to answer once connected
// (Xapian::Remote::open takes milliseconds).
constexpr useconds_t kRemoteConnectTimeoutMs = 2000;
constexpr useconds_t kRemoteTimeoutMs = 10000;

Xapian::Database open_remote(const RemoteShard& shard) {
    return Xapian::Remote::open(shard.host, shard.port, kRemoteTimeoutMs, kRemoteConnectTimeoutMs);
}

// Nothing at all: a remote shard's summaries and documents stay on its machine.
constexpr PreloadBudget kNoPreload{.max_summaries = 0, .max_shown_bytes = 0};

}  // namespace

std::shared_ptr<const Generation> Generation::open_current(const fs::path& index_dir, Preload preload,
                                                           std::vector<RemoteShard> remote_shards) {
    std::shared_ptr<Generation> generation(new Generation());
    generation->remote_shards_ = std::move(remote_shards);
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

fs::path Generation::corpus_synonyms() const {
    const auto corpus = manifest_.find("corpus");
    if (corpus == manifest_.end() || !corpus->is_string()) return {};
    return fs::path(corpus->get<std::string>()) / "synonyms.yaml";
}

void Generation::load(Preload preload) {
    manifest_ = read_json(dir_ / layout::kManifestFile);
    check_format(manifest_, dir_);
    languages_ = manifest_.at("languages").get<std::vector<std::string>>();
    routing_ = RoutingTable::from_json(read_json(dir_ / layout::kRoutingFile));
    detector_ = analysis::LanguageDetector::from_json(read_json(dir_ / layout::kLanguageModelFile));
    bridge_ = bridge::TermBridge::from_json(read_json(dir_ / layout::kTermBridgeFile));
    const fs::path classifier = dir_ / layout::kClassifierFile;
    if (fs::exists(classifier)) classifier_ = classifier::CategoryClassifier::load(classifier);
    if (remote_shards_.empty()) databases_ = shard_databases(dir_, shard_count());
    // Open once here so a broken database fails now, not on the first request.
    const Xapian::Database db = remote_shards_.empty() ? open_database() : open_checked_remote_shards();
    if (preload == Preload::for_serving) {
        cache_ = DocumentCache::load(db, remote_shards_.empty() ? PreloadBudget{} : kNoPreload);
        // Read once per process: the first inquiry with a typo should not wait for them.
        for (const std::string& lang : languages_) wording::Lexicon::of(lang);
    }
}

// Each remote shard reached (an unreachable one named), and all of them holding the documents
// the generation's manifest counts.
Xapian::Database Generation::open_checked_remote_shards() const {
    Xapian::Database combined;
    for (const RemoteShard& shard : remote_shards_) {
        try {
            combined.add_database(open_remote(shard));
        } catch (const Xapian::Error& e) {
            throw IndexError("remote shard " + shard.url() + ": " + e.get_description());
        }
    }
    if (combined.get_doccount() != document_count()) {
        throw IndexError("the remote shards hold " + std::to_string(combined.get_doccount()) + " documents, generation " +
                         name_ + " holds " + std::to_string(document_count()) +
                         ": they do not serve this generation's index (or not all of it)");
    }
    return combined;
}

Xapian::Database Generation::open_database() const {
    Xapian::Database combined;
    for (const RemoteShard& shard : remote_shards_) combined.add_database(open_remote(shard));
    for (const fs::path& database : databases_) combined.add_database(Xapian::Database(database.string()));
    return combined;
}

size_t Generation::shard_count() const {
    const auto shards = manifest_.find("shards");
    if (shards == manifest_.end()) return 1;  // indexed before shards existed: one database
    const size_t count = shards->at("count").get<size_t>();
    if (count == 0) throw IndexError(dir_.string() + ": the manifest counts 0 shards");
    return count;
}

size_t Generation::document_count() const {
    return manifest_.value("documents", size_t{0});
}

size_t Generation::classifier_examples() const {
    const auto stats = manifest_.find("classifier");
    return stats != manifest_.end() ? stats->value("examples", size_t{0}) : 0;
}

double Generation::type_share(std::span<const std::string_view> types) const {
    const auto by_type = manifest_.find("by_type");
    if (by_type == manifest_.end() || !by_type->is_object()) return 1.0;
    double all = 0, of_types = 0;
    for (const auto& [type, count] : by_type->items()) {
        const double n = count.is_number() ? count.get<double>() : 0.0;
        all += n;
        if (std::find(types.begin(), types.end(), type) != types.end()) of_types += n;
    }
    return all > 0 ? of_types / all : 0.0;
}

LiveIndex::LiveIndex(fs::path index_dir, std::vector<RemoteShard> remote_shards)
    : index_dir_(std::move(index_dir)),
      remote_shards_(std::move(remote_shards)),
      current_(Generation::open_current(index_dir_, Preload::for_serving, remote_shards_)) {}

std::shared_ptr<const Generation> LiveIndex::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

bool LiveIndex::refresh() {
    const std::string name = required_current_name(index_dir_);
    if (name == current()->name()) return false;
    auto next = Generation::open_current(index_dir_, Preload::for_serving, remote_shards_);
    std::lock_guard lock(mutex_);
    current_ = std::move(next);
    return true;
}

}  // namespace helpdex
