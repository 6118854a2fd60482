// Document → Xapian terms and values; generation build, verification and swap.
#include "indexer/index_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <future>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "indexer/bridge_units.h"
#include "indexer/case_vocabulary.h"
#include "indexer/classifier_training.h"
#include "search/analysis/analyzer.h"
#include "search/analysis/language_detector.h"
#include "search/analysis/normalizer.h"
#include "search/generation.h"
#include "search/schema.h"
#include "search/shown_document.h"
#include "search/wording/spelling.h"

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

// A field's words, each unprefixed with the field's weight as wdf and once with the field's prefix.
void add_text(Xapian::Document& document, const std::vector<analysis::AnalyzedWord>& words, std::string_view prefix,
              Xapian::termcount weight) {
    for (const auto& word : words) {
        if (word.stopword) continue;
        document.add_term(word.term, weight);
        document.add_term(std::string(prefix) + word.term);
    }
}

// The document's distinct free-text terms, in the sorted order of its termlist.
std::vector<std::string> text_terms_of(const Xapian::Document& document) {
    std::vector<std::string> terms;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        if (schema::is_text_term(*it)) terms.push_back(*it);
    }
    return terms;
}

Xapian::Document to_xapian(const KbDocument& d, analysis::Analyzer& analyzer, const FieldWeights& weights) {
    using namespace schema;
    Xapian::Document document;
    document.add_boolean_term(boolean_term(kIdPrefix, d.id));
    document.add_boolean_term(boolean_term(kLangPrefix, d.lang));
    document.add_boolean_term(boolean_term(kTypePrefix, d.type));
    for (const auto& path : category_ancestors(d.category)) document.add_boolean_term(boolean_term(kCategoryPrefix, path));
    if (!d.product.empty()) document.add_boolean_term(boolean_term(kProductPrefix, d.product));
    document.add_boolean_term(boolean_term(kGroupPrefix, d.group()));
    for (const auto& tag : d.tags) document.add_boolean_term(boolean_term(kTagPrefix, analysis::normalize(tag)));

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
    document.set_data(to_stored_json(d).dump());
    return document;
}

void sync_file(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void write_file_synced(const fs::path& path, const std::string& content) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + path.string());
        out << content;
        out.flush();
        if (!out) throw std::runtime_error("cannot write " + path.string());
    }
    sync_file(path);
}

void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

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

// What the indexer learns from the documents as they stream past, besides the index.
struct LearntFromDocuments {
    analysis::LanguageDetector::Trainer languages;
    bridge::AlignedUnits aligned;
    wording::SpellingDictionaryWriter spelling;
};

void learn_from(const KbDocument& d, bool translated, analysis::Analyzer& analyzer, LearntFromDocuments& learnt) {
    learnt.languages.add(d.lang, d.title);
    for (const auto& symptom : d.symptoms) learnt.languages.add(d.lang, symptom);
    learnt.languages.add(d.lang, d.body_text);
    if (d.type != "case" && translated) add_aligned_units(d, analyzer, learnt.aligned);
    if (wording::corrects_spelling(d.lang)) {
        learnt.spelling.add(d.lang, analyzer.analyze(d.title, d.lang));
        for (const auto& tag : d.tags) learnt.spelling.add(d.lang, analyzer.analyze(tag, d.lang));
        for (const auto& symptom : d.symptoms) learnt.spelling.add(d.lang, analyzer.analyze(symptom, d.lang));
        learnt.spelling.add(d.lang, analyzer.analyze(d.body_text, d.lang));
    }
}

// The editor's key concepts are words customers use: each is a correction target however
// rarely the documents write it (counted twice, past the dictionary's once-seen cut).
void add_glossary_words(const Glossary& glossary, wording::SpellingDictionaryWriter& spelling) {
    analysis::Analyzer analyzer;
    for (const GlossaryConcept& concept_ : glossary.concepts) {
        for (const auto& [lang, phrases] : concept_.phrases) {
            for (const std::string& phrase : phrases) {
                const auto words = analyzer.analyze(phrase, lang);
                spelling.add(lang, words);
                spelling.add(lang, words);
            }
        }
    }
}

// What the translations taught, then the editor's glossary over it.
bridge::TermBridge term_bridge(const bridge::AlignedUnits& aligned, const Glossary& glossary) {
    bridge::TermBridge bridge = aligned.learn();
    analysis::Analyzer analyzer;
    apply_glossary(glossary, analyzer, bridge);
    return bridge;
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
    source.for_each([&](size_t, const KbDocument& d) {
        if (d.status != "published") return;
        const size_t shard = shard_of(d.id, shards.size());
        Xapian::Document document = to_xapian(d, analyzer, options.field_weights);
        for (const std::string& lang : languages_of.missing_in(d.group())) {
            document.add_boolean_term(schema::boolean_term(schema::kMissingInPrefix, lang));
        }
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

// manifest.json: what the generation was built from and holds (readers use languages, by_type, shards).
nlohmann::json manifest_json(const IndexSummary& summary, const fs::path& corpus_dir, const IndexOptions& options) {
    nlohmann::json manifest = {
        {"format", schema::kIndexFormat},
        {"generation", summary.generation},
        {"corpus", fs::absolute(corpus_dir).string()},
        {"created_unix", static_cast<long long>(std::time(nullptr))},
        {"documents", summary.indexed},
        {"shards", {{"count", summary.shard_documents.size()}, {"documents", summary.shard_documents}}},
        {"by_type", summary.by_type},
        {"by_lang", summary.by_lang},
        {"languages", nlohmann::json::array()},
        {"field_weights", to_json(options.field_weights)},
        {"classifier",
         {{"examples", summary.classifier.examples},
          {"categories", summary.classifier.classes},
          {"features", summary.classifier.features},
          {"temperature", summary.classifier.temperature},
          {"holdout_accuracy", summary.classifier.holdout_accuracy},
          {"training_ms", summary.classifier.elapsed.count()}}},
        {"case_vocabulary",
         {{"cases_linked", summary.case_vocabulary.cases_linked},
          {"articles_expanded", summary.case_vocabulary.articles_expanded},
          {"words_added", summary.case_vocabulary.terms_added}}},
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
        // The classifier learns on threads of its own while the documents are written: the
        // run takes about the longer of the two, not their sum. (A failure of either is
        // reported once both have ended.)
        classifier::TrainingReport training_report;
        auto training = std::async(std::launch::async, [&] { return train_classifier(source, training_report); });
        LearntFromDocuments learnt;
        write_shards(generation_dir, source, published, options, summary, learnt);
        write_file_synced(generation_dir / layout::kTermBridgeFile,
                          term_bridge(learnt.aligned, source.glossary()).to_json().dump());
        write_file_synced(generation_dir / layout::kRoutingFile, source.routing().to_json().dump(2));
        write_file_synced(generation_dir / layout::kLanguageModelFile, learnt.languages.finish().to_json().dump());
        add_glossary_words(source.glossary(), learnt.spelling);
        learnt.spelling.write(generation_dir);
        const classifier::CategoryClassifier category_classifier = training.get();
        summary.classifier = training_report;
        if (!category_classifier.empty()) {
            category_classifier.save(generation_dir / layout::kClassifierFile);
            sync_file(generation_dir / layout::kClassifierFile);
        }
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
