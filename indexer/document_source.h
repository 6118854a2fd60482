// What write_index reads a corpus through: a catalog of every valid document, and the
// documents themselves, visited in catalog order as often as a step needs them. A small
// corpus is held in memory (Corpus); a large one is read again from its folder on each
// visit (CorpusFolder), since a million documents parsed take about 6 GB.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "indexer/check/corpus_check.h"
#include "indexer/corpus_reader.h"
#include "indexer/diagnostics.h"
#include "search/document.h"
#include "search/routing.h"

namespace helpdex::indexer {

// What the steps that see every document first need of each: a few short strings.
struct CatalogEntry {
    std::string id;
    std::string category;
    std::string status;
    std::string group;  // the translation group (search/document.h KbDocument::group)
    std::string lang;
    std::string type;
    // Of everything the index stores of the document (indexer/content_hash.h): equal
    // hashes, nothing to re-analyse.
    std::string content_hash;
};

class DocumentSource {
public:
    virtual ~DocumentSource() = default;

    // Every valid document, in corpus order.
    virtual const std::vector<CatalogEntry>& catalog() const = 0;
    virtual const RoutingTable& routing() const = 0;
    virtual const Glossary& glossary() const = 0;
    virtual size_t skipped() const = 0;  // documents left out for errors

    // Calls visit(i, document) for the catalog's documents in order, i their position in
    // it. Several threads may visit at once. Throws std::runtime_error when the documents
    // read no longer match the catalog (the folder changed meanwhile).
    virtual void for_each(const std::function<void(size_t, const KbDocument&)>& visit) const = 0;

    // The same for the documents `wanted` marks (by catalog position) only; a source that
    // can skip reading the others does.
    virtual void for_each_of(const std::vector<bool>& wanted, const std::function<void(size_t, const KbDocument&)>& visit) const {
        for_each([&](size_t i, const KbDocument& d) {
            if (wanted[i]) visit(i, d);
        });
    }
};

// A corpus read into memory.
class InMemorySource : public DocumentSource {
public:
    explicit InMemorySource(const Corpus& corpus);
    const std::vector<CatalogEntry>& catalog() const override { return catalog_; }
    const RoutingTable& routing() const override { return corpus_.routing; }
    const Glossary& glossary() const override { return corpus_.glossary; }
    size_t skipped() const override { return corpus_.skipped; }
    void for_each(const std::function<void(size_t, const KbDocument&)>& visit) const override;

private:
    const Corpus& corpus_;
    std::vector<CatalogEntry> catalog_;
};

// A corpus folder, validated once (every diagnostic reported then) and parsed again on
// each visit: memory holds the catalog and one file's documents at a time.
class CorpusFolder : public DocumentSource {
public:
    // Reads and validates the folder, reporting into `diagnostics` as read_corpus does, and,
    // given a `check`, what it finds too (after the rest). Throws std::runtime_error when the
    // folder itself is unusable.
    static CorpusFolder scan(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics, CorpusCheck* check = nullptr);

    const std::vector<CatalogEntry>& catalog() const override { return catalog_; }
    const RoutingTable& routing() const override { return routing_; }
    const Glossary& glossary() const override { return glossary_; }
    size_t skipped() const override { return skipped_; }
    void for_each(const std::function<void(size_t, const KbDocument&)>& visit) const override;
    // Reads only the files holding a wanted document.
    void for_each_of(const std::vector<bool>& wanted, const std::function<void(size_t, const KbDocument&)>& visit) const override;

private:
    // Where a file's documents start in the walk (valid or not) and in the catalog.
    struct FileStart {
        size_t walked = 0, catalogued = 0;
    };
    // Visits the documents of the files `read` accepts (all without it), checking each
    // against the catalog.
    void visit_files(const FileFilter& read, const std::function<void(size_t, const KbDocument&)>& visit) const;

    std::filesystem::path dir_;
    std::map<std::string, FileStart, std::less<>> files_;  // by file, relative to dir_
    std::vector<CatalogEntry> catalog_;
    std::vector<bool> keep_;  // by walk position: whether the cross-checks passed it
    RoutingTable routing_;
    Glossary glossary_;
    size_t skipped_ = 0;
};

}  // namespace helpdex::indexer
