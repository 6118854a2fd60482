// The corpus held in memory, or read again from its folder on each visit.
#include "indexer/document_source.h"
#include "indexer/synonyms_check.h"

#include <stdexcept>

namespace helpdex::indexer {

namespace {

CatalogEntry entry_of(const KbDocument& d) { return {d.id, d.category, d.status, d.group(), d.lang}; }

}  // namespace

InMemorySource::InMemorySource(const Corpus& corpus) : corpus_(corpus) {
    catalog_.reserve(corpus.documents.size());
    for (const KbDocument& d : corpus.documents) catalog_.push_back(entry_of(d));
}

void InMemorySource::for_each(const std::function<void(size_t, const KbDocument&)>& visit) const {
    for (size_t i = 0; i < corpus_.documents.size(); ++i) visit(i, corpus_.documents[i]);
}

CorpusFolder CorpusFolder::scan(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics, CorpusCheck* check) {
    CorpusFolder folder;
    folder.dir_ = corpus_dir;
    std::vector<DocumentKey> keys;
    std::vector<CatalogEntry> entries;
    folder.skipped_ = walk_corpus(corpus_dir, diagnostics, [&](KbDocument&& document, DocumentKey&& key) {
        if (check) check->add(document, key);
        entries.push_back(entry_of(document));
        keys.push_back(std::move(key));
    });
    folder.keep_ = cross_check(keys, diagnostics);
    for (size_t i = 0; i < entries.size(); ++i) {
        if (folder.keep_[i]) folder.catalog_.push_back(std::move(entries[i]));
        else ++folder.skipped_;
    }
    folder.routing_ = read_routing(corpus_dir, diagnostics);
    folder.glossary_ = read_glossary(corpus_dir, diagnostics);
    check_synonyms(corpus_dir, diagnostics);
    if (check) check->finish(keys, folder.keep_, folder.routing_, diagnostics);
    return folder;
}

void CorpusFolder::for_each(const std::function<void(size_t, const KbDocument&)>& visit) const {
    Diagnostics again;  // everything was reported by scan()
    size_t position = 0, next = 0;
    walk_corpus(dir_, again, [&](KbDocument&& document, DocumentKey&&) {
        const size_t walked = position++;
        if (walked >= keep_.size() || !keep_[walked]) return;
        if (next >= catalog_.size() || catalog_[next].id != document.id) {
            throw std::runtime_error(dir_.string() + ": the corpus changed while it was being indexed (at \"" + document.id +
                                     "\"); run the indexer again");
        }
        visit(next++, document);
    });
    if (position != keep_.size() || next != catalog_.size()) {
        throw std::runtime_error(dir_.string() + ": the corpus changed while it was being indexed; run the indexer again");
    }
}

}  // namespace helpdex::indexer
