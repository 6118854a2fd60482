// Proves indexer/index_writer's shards: `helpdex index --shards N` splits the published
// documents by id into N databases, one model for all, and N = 1 keeps the one database.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "indexer/corpus_reader.h"
#include "indexer/index_writer.h"
#include "search/generation.h"
#include "search/schema.h"
#include "support/test_support.h"

using namespace helpdex;
namespace fs = std::filesystem;

namespace {

indexer::Corpus small_corpus() {
    indexer::Diagnostics diagnostics;
    return indexer::read_corpus(test::fixture("small-corpus"), diagnostics);
}

indexer::IndexSummary write_shards(const fs::path& index_dir, size_t shards) {
    indexer::IndexOptions options;
    options.shards = shards;
    return indexer::write_index(small_corpus(), index_dir, test::fixture("small-corpus"), options);
}

// The ids of the documents a database holds (its Q terms).
std::set<std::string> ids_in(const fs::path& database) {
    const Xapian::Database db(database.string());
    std::set<std::string> ids;
    const std::string prefix(schema::kIdPrefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ids.insert((*it).substr(prefix.size()));
    CHECK(ids.size() == db.get_doccount());
    return ids;
}

std::set<std::string> published_ids() {
    std::set<std::string> ids;
    for (const auto& d : small_corpus().documents) {
        if (d.status == "published") ids.insert(d.id);
    }
    return ids;
}

nlohmann::json manifest_of(const fs::path& generation_dir) {
    std::ifstream in(generation_dir / layout::kManifestFile);
    return nlohmann::json::parse(in);
}

}  // namespace

TEST_CASE("three shards hold every published document exactly once, each in the shard its id hashes to", "[index][shards]") {
    test::TempDir dir;
    const auto summary = write_shards(dir / "idx", 3);
    const fs::path generation_dir = dir / "idx" / summary.generation;
    CHECK_FALSE(fs::exists(generation_dir / layout::kXapianDir));
    REQUIRE(summary.shard_documents.size() == 3);

    std::set<std::string> seen;
    for (size_t shard = 0; shard < 3; ++shard) {
        const std::set<std::string> ids = ids_in(generation_dir / "shards" / std::to_string(shard));
        CHECK(ids.size() == summary.shard_documents[shard]);
        for (const std::string& id : ids) {
            CHECK(shard_of(id, 3) == shard);
            CHECK(seen.insert(id).second);  // in no other shard
        }
    }
    CHECK(seen == published_ids());
    CHECK(summary.indexed == seen.size());
}

TEST_CASE("the manifest records the shard count and each shard's documents", "[index][shards]") {
    test::TempDir dir;
    const auto summary = write_shards(dir / "idx", 3);
    const auto manifest = manifest_of(dir / "idx" / summary.generation);
    CHECK(manifest.at("shards").at("count") == 3);
    CHECK(manifest.at("shards").at("documents").get<std::vector<size_t>>() == summary.shard_documents);
    CHECK(manifest.at("documents").get<size_t>() == summary.indexed);
    CHECK(manifest.at("format") == schema::kIndexFormat);  // readable by the same servers as before
}

TEST_CASE("one shard is the single xapian/ database it always was", "[index][shards]") {
    test::TempDir dir;
    const auto summary = write_shards(dir / "idx", 1);
    const fs::path generation_dir = dir / "idx" / summary.generation;
    CHECK_FALSE(fs::exists(generation_dir / layout::kShardsDir));
    CHECK(ids_in(generation_dir / layout::kXapianDir) == published_ids());
    CHECK(summary.shard_documents == std::vector<size_t>{summary.indexed});
    CHECK(manifest_of(generation_dir).at("shards").at("count") == 1);
    // The default is one shard.
    const auto by_default = indexer::write_index(small_corpus(), dir / "idx2", test::fixture("small-corpus"));
    CHECK(fs::is_directory(dir / "idx2" / by_default.generation / layout::kXapianDir));
    CHECK_FALSE(fs::exists(dir / "idx2" / by_default.generation / layout::kShardsDir));
}

TEST_CASE("reindexing puts every document in the same shard again", "[index][shards]") {
    test::TempDir dir;
    const auto first = write_shards(dir / "a", 2);
    const auto second = write_shards(dir / "b", 2);
    for (const char* shard : {"0", "1"}) {
        CHECK(ids_in(dir / "a" / first.generation / "shards" / shard) == ids_in(dir / "b" / second.generation / "shards" / shard));
    }
}

TEST_CASE("a shard count of 0 or over the limit fails before anything is written", "[index][shards]") {
    test::TempDir dir;
    const size_t shards = GENERATE(size_t{0}, indexer::kMaxShards + 1);
    CHECK_THROWS_AS(write_shards(dir / "idx", shards), std::invalid_argument);
    CHECK_FALSE(fs::exists(dir / "idx"));
}

TEST_CASE("one classifier, language model and routing table serve all the shards", "[index][shards]") {
    test::TempDir dir;
    const auto one = write_shards(dir / "one", 1);
    const auto three = write_shards(dir / "three", 3);
    CHECK(three.classifier.examples == one.classifier.examples);
    for (const char* file : {layout::kClassifierFile, layout::kLanguageModelFile, layout::kRoutingFile}) {
        INFO(file);
        CHECK(fs::is_regular_file(dir / "three" / three.generation / file));
    }
}

TEST_CASE("the shards searched as one number the documents in the order one database does", "[index][shards]") {
    // Xapian breaks ties between equal scores by docid: this order is what makes a sharded
    // index rank ties as the single database does.
    test::TempDir dir;
    const size_t shards = GENERATE(size_t{2}, size_t{3}, size_t{5});
    INFO(shards << " shards");
    write_shards(dir / "one", 1);
    write_shards(dir / "many", shards);
    auto ids_in_docid_order = [](const Xapian::Database& db) {
        std::vector<std::string> ids;
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
            ids.push_back(schema::unpack_summary(db.get_document(*it).get_value(schema::kSlotSummary)).id);
        }
        return ids;
    };
    const auto one = ids_in_docid_order(Generation::open_current(dir / "one", Preload::nothing)->open_database());
    const auto many = ids_in_docid_order(Generation::open_current(dir / "many", Preload::nothing)->open_database());
    CHECK(many == one);
}
