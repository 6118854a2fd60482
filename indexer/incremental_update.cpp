// Copy the base generation's databases, then apply the corpus's changes to them.
#include "indexer/incremental_update.h"

#include <set>
#include <unordered_set>

#include "common/build_id.h"
#include "common/files.h"
#include "indexer/bridge_units.h"
#include "indexer/case_vocabulary.h"
#include "indexer/xapian_document.h"
#include "search/index_layout.h"
#include "search/schema.h"

namespace helpdex::indexer {

namespace fs = std::filesystem;

namespace {

// More changes than this share of the documents, and the whole build is about as quick and
// leaves the index's statistics exact.
constexpr size_t kMaxChangedQuarter = 4;

std::set<std::string> manifest_languages(const nlohmann::json& manifest) {
    std::set<std::string> languages;
    for (const auto& lang : manifest.value("languages", nlohmann::json::array())) {
        if (lang.is_string()) languages.insert(lang.get<std::string>());
    }
    return languages;
}

// Reads every document's content hash and id from the base's databases.
std::optional<std::string> read_documents(const std::vector<fs::path>& databases, BaseGeneration& base) {
    for (size_t shard = 0; shard < databases.size(); ++shard) {
        const Xapian::Database db(databases[shard].string());
        size_t hashed = 0;
        for (auto it = db.valuestream_begin(schema::kSlotContentHash); it != db.valuestream_end(schema::kSlotContentHash); ++it) {
            const auto hashed_id = parse_content_hash_value(*it);
            if (!hashed_id) return "a document's content hash is malformed";
            base.documents[hashed_id->id] = {hashed_id->content_hash, shard, it.get_docid()};
            ++hashed;
        }
        if (hashed != db.get_doccount()) return "some of its documents have no content hash";
    }
    return std::nullopt;
}

// What changed between the base and the catalog.
struct Changes {
    std::vector<bool> write;  // by catalog position: a published document added or edited
    struct Old {
        IndexedDocument where;
        bool removed = false;  // else edited: replaced by its new version
    };
    std::vector<Old> old_versions;  // of the edited and removed documents
    size_t added = 0, changed = 0, removed = 0, unchanged = 0;
};

Changes compare(const std::vector<CatalogEntry>& catalog, const BaseGeneration& base) {
    Changes changes;
    changes.write.assign(catalog.size(), false);
    std::unordered_set<std::string_view> published;
    for (size_t i = 0; i < catalog.size(); ++i) {
        const CatalogEntry& entry = catalog[i];
        if (entry.status != "published") continue;
        published.insert(entry.id);
        const auto it = base.documents.find(entry.id);
        if (it == base.documents.end()) {
            changes.write[i] = true;
            ++changes.added;
        } else if (it->second.content_hash != entry.content_hash) {
            changes.write[i] = true;
            changes.old_versions.push_back({it->second, false});
            ++changes.changed;
        } else {
            ++changes.unchanged;
        }
    }
    for (const auto& [id, where] : base.documents) {
        if (published.contains(id)) continue;
        changes.old_versions.push_back({where, true});
        ++changes.removed;
    }
    return changes;
}

void copy_databases(const fs::path& from, const fs::path& to, size_t shards) {
    const std::vector<fs::path> sources = shard_databases(from, shards);
    const std::vector<fs::path> targets = shard_databases(to, shards);
    if (shards > 1) fs::create_directories(to / layout::kShardsDir);
    for (size_t i = 0; i < shards; ++i) fs::copy(sources[i], targets[i], fs::copy_options::recursive);
}

// Each touched group's members get the languages it now misses, and its aligned units are
// made again from its articles (when it is still translated).
void realign_groups(std::vector<Xapian::WritableDatabase>& shards, const std::set<std::string>& groups,
                    const std::vector<CatalogEntry>& catalog, const GroupLanguages& languages_of,
                    LearntFromDocuments& learnt, ReindexReport& report) {
    const std::unordered_set<std::string> translated = translated_groups(catalog);
    analysis::Analyzer analyzer;
    for (const std::string& group : groups) {
        const std::vector<std::string> missing = languages_of.missing_in(group);
        std::vector<KbDocument> articles;
        for (Xapian::WritableDatabase& shard : shards) {
            for (const Xapian::docid docid : postings(shard, schema::boolean_term(schema::kGroupPrefix, group))) {
                Xapian::Document document = shard.get_document(docid);
                // Documents written in this run already miss the right languages.
                if (set_missing_in(document, missing)) {
                    shard.replace_document(docid, document);
                    ++report.regrouped;
                }
                if (translated.contains(group) && document.get_value(schema::kSlotType) != "case") {
                    articles.push_back(document_of(document));
                }
            }
        }
        learnt.aligned.remove_group(group);
        for (const KbDocument& article : articles) add_aligned_units(article, analyzer, learnt.aligned);
        ++report.groups_realigned;
    }
}

// The base's case vocabulary counts by top-level category, with `relinked`'s in place of
// those of the categories it relinked.
CaseVocabularyReport merge_case_vocabulary(const nlohmann::json& manifest, const std::set<std::string>& roots,
                                           CaseVocabularyReport relinked) {
    const auto by_root = manifest.value("/case_vocabulary/by_root"_json_pointer, nlohmann::json::object());
    for (const auto& [root, counts] : by_root.items()) {
        if (roots.contains(root) || !counts.is_object()) continue;
        relinked.by_root[root] = {counts.value("cases_linked", size_t{0}), counts.value("articles_expanded", size_t{0}),
                                  counts.value("words_added", size_t{0})};
    }
    relinked.sum_roots();
    return relinked;
}

// The counts a summary gives, from the catalog: the index holds its published documents.
void count_documents(const std::vector<CatalogEntry>& catalog, size_t shards, IndexSummary& summary) {
    summary.shard_documents.assign(shards, 0);
    for (const CatalogEntry& entry : catalog) {
        if (entry.status != "published") continue;
        ++summary.shard_documents[shard_of(entry.id, shards)];
        ++summary.indexed;
        ++summary.by_type[entry.type];
        ++summary.by_lang[entry.lang];
    }
}

}  // namespace

std::optional<BaseGeneration> open_base(const fs::path& dir, const IndexOptions& options, std::string& obstacle) {
    BaseGeneration base;
    base.dir = dir;
    try {
        base.manifest = nlohmann::json::parse(read_file(dir / layout::kManifestFile));
        if (base.manifest.value("format", "") != schema::kIndexFormat) {
            obstacle = "it is of another index format";
        } else if (base.manifest.value("build", "") != build_id()) {
            // Its unchanged documents were analysed by other code, which may read text otherwise.
            obstacle = "it was written by another build of helpdex";
        } else if (base.manifest.value("/shards/count"_json_pointer, size_t{0}) != options.shards) {
            obstacle = "the shard count changed";
        } else if (base.manifest.value("field_weights", nlohmann::json()) != to_json(options.field_weights)) {
            obstacle = "the field weights changed";
        } else if (auto learnt = load_learnt(dir); !learnt) {
            obstacle = "it keeps no learnt counts (written by an older helpdex)";
        } else if (auto dictionary = load_dictionary_base(dir, *learnt); !dictionary) {
            obstacle = "it keeps no learnt counts (written by an older helpdex)";
        } else {
            base.learnt = std::move(*learnt);
            base.dictionary = std::move(*dictionary);
            if (auto problem = read_documents(shard_databases(dir, options.shards), base)) obstacle = *problem;
        }
    } catch (const nlohmann::json::exception&) {
        obstacle = "its manifest cannot be read";
    } catch (const Xapian::Error& error) {
        obstacle = "its index cannot be read: " + error.get_msg();
    } catch (const std::runtime_error& error) {
        obstacle = error.what();
    }
    if (!obstacle.empty()) return std::nullopt;
    return base;
}

bool update_generation(const BaseGeneration& base, const DocumentSource& source, const fs::path& generation_dir,
                       const IndexOptions& options, IndexSummary& summary, LearntFromDocuments& learnt) {
    const std::vector<CatalogEntry>& catalog = source.catalog();
    const Changes changes = compare(catalog, base);
    ReindexReport& report = summary.reindex;
    const size_t touched = changes.added + changes.changed + changes.removed;
    const size_t published = changes.added + changes.changed + changes.unchanged;
    if (touched * kMaxChangedQuarter > published) {
        report.full_reason = std::to_string(touched) + " of " + std::to_string(published) +
                             " documents changed: a whole build is as quick";
        return false;
    }
    const GroupLanguages languages_of = group_languages(catalog);
    if (languages_of.all != manifest_languages(base.manifest)) {
        report.full_reason = "the corpus's languages changed, and with them every document's";
        return false;
    }
    report.incremental = true;
    report.added = changes.added;
    report.changed = changes.changed;
    report.removed = changes.removed;
    report.unchanged = changes.unchanged;

    copy_databases(base.dir, generation_dir, options.shards);
    std::vector<Xapian::WritableDatabase> shards;
    for (const fs::path& path : shard_databases(generation_dir, options.shards)) shards.emplace_back(path.string(), Xapian::DB_OPEN);
    analysis::Analyzer analyzer;
    std::set<std::string> groups, roots;
    const auto touch = [&](const KbDocument& d) {
        groups.insert(d.group());
        roots.insert(top_category(d.category));
    };
    for (const Changes::Old& old : changes.old_versions) {
        const KbDocument d = document_of(shards[old.where.shard].get_document(old.where.docid));
        unlearn(d, analyzer, learnt);
        touch(d);
        if (old.removed) shards[old.where.shard].delete_document(old.where.docid);
    }
    size_t written = 0;
    source.for_each_of(changes.write, [&](size_t i, const KbDocument& d) {
        const Xapian::Document document =
            to_xapian(d, catalog[i].content_hash, languages_of.missing_in(d.group()), analyzer, options.field_weights);
        shards[shard_of(d.id, shards.size())].replace_document(schema::boolean_term(schema::kIdPrefix, d.id), document);
        learn_from(d, false, analyzer, learnt);  // aligned units: by group, below
        touch(d);
        if (options.progress) options.progress(++written, changes.added + changes.changed);
    });
    realign_groups(shards, groups, catalog, languages_of, learnt, report);
    summary.case_vocabulary =
        merge_case_vocabulary(base.manifest, roots, relink_case_vocabulary(shards, roots, options.field_weights.cases));
    report.categories_relinked.assign(roots.begin(), roots.end());
    for (Xapian::WritableDatabase& shard : shards) {
        shard.commit();
        shard.close();
    }
    count_documents(catalog, options.shards, summary);
    return true;
}

}  // namespace helpdex::indexer
