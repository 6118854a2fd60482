// Document → Xapian terms and values; generation build, verification and swap.
#include "indexer/index_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/build_id.h"
#include "common/files.h"
#include "indexer/bridge_units.h"
#include "indexer/case_vocabulary.h"
#include "indexer/classifier_reuse.h"
#include "indexer/incremental_update.h"
#include "indexer/learnt_state.h"
#include "indexer/xapian_document.h"
#include "search/generation.h"
#include "search/schema.h"

namespace helpdex::indexer {

namespace fs = std::filesystem;

namespace {

// Holds an exclusive flock for the life of the object.
class DirectoryLock {
public:
    explicit DirectoryLock(const fs::path& dir) {
        const std::string path = (dir / ".lock").string();
        fd_ = ::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
        if (fd_ < 0) throw std::runtime_error("cannot create " + path);
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw std::runtime_error("another indexer is writing " + dir.string() + " (lock " + path + " is held)");
        }
    }
    ~DirectoryLock() {
        ::flock(fd_, LOCK_UN);
        ::close(fd_);
    }
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

private:
    int fd_ = -1;
};

// Unique per run: UTC time to the millisecond, the process, and a per-process counter.
std::string generation_name() {
    static std::atomic<unsigned> counter{0};
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[48];
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &utc);
    char name[96];
    std::snprintf(name, sizeof name, "gen-%s.%03dZ-%d-%u", stamp, static_cast<int>(millis), static_cast<int>(::getpid()), ++counter);
    return name;
}

// The generation CURRENT names, or "" when there is none or it is unreadable: a broken
// pointer must not stop the run that replaces it.
std::string current_name(const fs::path& index_dir) {
    try {
        return read_current_name(index_dir).value_or("");
    } catch (const IndexError&) {
        return "";
    }
}

// The generation a reindex starts from, when it can start from one; else `report` says why not.
std::optional<BaseGeneration> base_for(const fs::path& index_dir, const std::string& previous, const IndexOptions& options,
                                       ReindexReport& report) {
    if (options.full) {
        report.full_reason = "a full reindex was asked for";
    } else if (previous.empty()) {
        report.full_reason = "there is no generation to start from";
    } else if (auto base = open_base(index_dir / previous, options, report.full_reason)) {
        return base;
    } else {
        report.full_reason = "the generation it replaces cannot be the start: " + report.full_reason;
    }
    return std::nullopt;
}

// Picks each document's docid within its shard so that the shards, searched as one, number
// the documents in the order one database would. Xapian numbers the documents of N combined
// databases (local - 1) · N + shard + 1, so that order is by (local docid, shard); and Xapian
// breaks ties between equal scores by docid, so the sharded index then ranks ties as one
// database does. A document takes the previous one's local docid when its shard comes later,
// else the next: docids grow sparse, at most one per document.
class ShardDocids {
public:
    Xapian::docid next(size_t shard) {
        if (!started_ || shard <= previous_shard_) ++local_;
        started_ = true;
        previous_shard_ = shard;
        return local_;
    }

private:
    bool started_ = false;
    size_t previous_shard_ = 0;
    Xapian::docid local_ = 0;
};

// Writes every published document into the shard its id hashes to (one database: xapian/),
// in one visit of the source that also trains the language model.
void write_shards(const fs::path& generation_dir, const DocumentSource& source, size_t published,
                  const IndexOptions& options, IndexSummary& summary, LearntFromDocuments& learnt) {
    const std::vector<fs::path> paths = shard_databases(generation_dir, options.shards);
    if (paths.size() > 1) fs::create_directories(generation_dir / layout::kShardsDir);
    std::vector<Xapian::WritableDatabase> shards;
    for (const fs::path& path : paths) shards.emplace_back(path.string(), Xapian::DB_CREATE);
    summary.shard_documents.assign(shards.size(), 0);
    analysis::Analyzer analyzer;
    ShardDocids docids;
    const std::unordered_set<std::string> translated = translated_groups(source.catalog());
    const GroupLanguages languages_of = group_languages(source.catalog());
    std::vector<CaseReference> cases;
    source.for_each([&](size_t i, const KbDocument& d) {
        if (d.status != "published") return;
        const size_t shard = shard_of(d.id, shards.size());
        const Xapian::Document document =
            to_xapian(d, source.catalog()[i].content_hash, languages_of.missing_in(d.group()), analyzer, options.field_weights);
        Xapian::docid docid = 0;
        if (shards.size() == 1) docid = shards[0].replace_document(schema::boolean_term(schema::kIdPrefix, d.id), document);
        else shards[shard].replace_document(docid = docids.next(shard), document);
        if (d.type == "case") cases.push_back(case_reference(d, shard, docid, analyzer));
        learn_from(d, translated.contains(d.group()), analyzer, learnt);
        ++summary.shard_documents[shard];
        ++summary.indexed;
        ++summary.by_type[d.type];
        ++summary.by_lang[d.lang];
        if (options.progress) options.progress(summary.indexed, published);
    });
    summary.case_vocabulary = add_case_vocabulary(shards, cases, options.field_weights.cases);
    for (Xapian::WritableDatabase& shard : shards) {
        // Commit explicitly: the destructor would commit too, but swallow any error.
        shard.commit();
        shard.close();
    }
}

// Before anyone can see it: every shard opens and holds its documents, and together every
// document.
void verify_shards(const fs::path& generation_dir, const IndexSummary& summary) {
    const std::vector<fs::path> paths = shard_databases(generation_dir, summary.shard_documents.size());
    Xapian::doccount total = 0;
    for (size_t shard = 0; shard < paths.size(); ++shard) {
        const Xapian::doccount held = Xapian::Database(paths[shard].string()).get_doccount();
        if (held != summary.shard_documents[shard]) {
            throw std::runtime_error("verification failed: " + paths[shard].string() + " holds " + std::to_string(held) +
                                     " documents, not " + std::to_string(summary.shard_documents[shard]));
        }
        total += held;
    }
    if (total != summary.indexed) {
        throw std::runtime_error("verification failed: the new index does not hold every document");
    }
}

nlohmann::json counts_json(const CaseVocabularyCounts& counts) {
    return {{"cases_linked", counts.cases_linked},
            {"articles_expanded", counts.articles_expanded},
            {"words_added", counts.terms_added}};
}

nlohmann::json case_vocabulary_json(const CaseVocabularyReport& report) {
    nlohmann::json json = counts_json(report);
    json["by_root"] = nlohmann::json::object();
    for (const auto& [root, counts] : report.by_root) json["by_root"][root] = counts_json(counts);
    return json;
}

nlohmann::json reindex_json(const ReindexReport& report) {
    return {{"incremental", report.incremental},
            {"full_reason", report.full_reason},
            {"added", report.added},
            {"changed", report.changed},
            {"removed", report.removed},
            {"unchanged", report.unchanged},
            {"regrouped", report.regrouped},
            {"groups_realigned", report.groups_realigned},
            {"categories_relinked", report.categories_relinked}};
}

// manifest.json: what the generation was built from and holds (readers use languages, by_type, shards).
nlohmann::json manifest_json(const IndexSummary& summary, const fs::path& corpus_dir, const IndexOptions& options) {
    nlohmann::json manifest = {
        {"format", schema::kIndexFormat},
        {"generation", summary.generation},
        {"corpus", fs::absolute(corpus_dir).string()},
        {"created_unix", static_cast<long long>(std::time(nullptr))},
        {"build", build_id()},
        {"documents", summary.indexed},
        {"shards", {{"count", summary.shard_documents.size()}, {"documents", summary.shard_documents}}},
        {"by_type", summary.by_type},
        {"by_lang", summary.by_lang},
        {"languages", nlohmann::json::array()},
        {"field_weights", to_json(options.field_weights)},
        {"classifier", to_manifest_json(summary.classifier, summary.reindex)},
        {"case_vocabulary", case_vocabulary_json(summary.case_vocabulary)},
        {"reindex", reindex_json(summary.reindex)},
    };
    for (const auto& [lang, count] : summary.by_lang) manifest["languages"].push_back(lang);
    return manifest;
}

}  // namespace

std::error_code remove_tree(const fs::path& path) {
    std::error_code error;
    fs::remove_all(path, error);
    return error;
}

std::vector<std::string> prune_generations(const fs::path& index_dir, const std::vector<std::string>& keep,
                                           const RemoveTree& remove) {
    std::vector<std::string> warnings;
    std::error_code listing;
    for (fs::directory_iterator it(index_dir, listing); !listing && it != fs::directory_iterator(); it.increment(listing)) {
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        if (!name.starts_with("gen-") || std::find(keep.begin(), keep.end(), name) != keep.end()) continue;
        std::error_code inspecting;
        const fs::file_status status = it->status(inspecting);
        // A dangling link is not_found, not a failure: it is no generation, as before.
        if (status.type() == fs::file_type::none) {
            warnings.push_back(path.string() + ": not removed: cannot tell whether it is an old generation: " +
                               inspecting.message());
        } else if (fs::is_directory(status)) {
            if (const std::error_code error = remove(path)) {
                warnings.push_back(path.string() + ": old generation not removed: " + error.message());
            }
        }
    }
    if (listing) warnings.push_back(index_dir.string() + ": old generations not removed: cannot list: " + listing.message());
    return warnings;
}

IndexSummary write_index(const Corpus& corpus, const fs::path& index_dir, const fs::path& corpus_dir,
                         const IndexOptions& options) {
    return write_index(InMemorySource(corpus), index_dir, corpus_dir, options);
}

IndexSummary write_index(const DocumentSource& source, const fs::path& index_dir, const fs::path& corpus_dir,
                         const IndexOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    if (options.shards < 1 || options.shards > kMaxShards) {
        throw std::invalid_argument("the shard count must be between 1 and " + std::to_string(kMaxShards) + ", not " +
                                    std::to_string(options.shards));
    }
    fs::create_directories(index_dir);
    DirectoryLock lock(index_dir);

    IndexSummary summary;
    summary.skipped = source.skipped();
    for (const CatalogEntry& entry : source.catalog()) ++summary.by_status[entry.status];
    const size_t published = summary.by_status.contains("published") ? summary.by_status.at("published") : 0;
    if (published == 0) throw std::runtime_error("the corpus has no published documents: nothing to index");

    summary.generation = generation_name();
    const fs::path generation_dir = index_dir / summary.generation;
    const std::string previous = current_name(index_dir);
    try {
        fs::create_directories(generation_dir);
        std::optional<BaseGeneration> base = base_for(index_dir, previous, options, summary.reindex);
        ClassifierStep classifier(source, base ? &*base : nullptr, options.full, summary.reindex);
        LearntFromDocuments learnt;
        bool updated = false;
        if (base) {
            learnt = std::move(base->learnt);
            updated = update_generation(*base, source, generation_dir, options, summary, learnt);
        }
        if (!updated) {
            learnt = {};
            write_shards(generation_dir, source, published, options, summary, learnt);
        }
        save_learnt(learnt, generation_dir);
        write_models(std::move(learnt), source.glossary(), generation_dir, updated ? &base->dictionary : nullptr);
        write_file_synced(generation_dir / layout::kRoutingFile, source.routing().to_json().dump(2));
        classifier.finish(generation_dir, summary.classifier);
        write_file_synced(generation_dir / layout::kManifestFile, manifest_json(summary, corpus_dir, options).dump(2));
        sync_directory(generation_dir);

        verify_shards(generation_dir, summary);

        const fs::path pending = index_dir / (std::string(layout::kCurrentFile) + ".tmp");
        write_file_synced(pending, summary.generation + "\n");
        fs::rename(pending, index_dir / layout::kCurrentFile);
        sync_directory(index_dir);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(generation_dir, ignored);
        throw;
    }
    // Keeps the new generation and the one it replaced (a server may still be reading it).
    summary.warnings = prune_generations(index_dir, {summary.generation, previous});
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    return summary;
}

}  // namespace helpdex::indexer
