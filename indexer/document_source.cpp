// The corpus held in memory, or read again from its folder on each visit.
#include "indexer/document_source.h"
#include "indexer/content_hash.h"
#include "indexer/synonyms_check.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string_view>

namespace helpdex::indexer {

namespace {

CatalogEntry entry_of(const KbDocument& d) {
    return {d.id, d.category, d.status, d.group(), d.lang, d.type, content_hash(d)};
}

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
    std::vector<std::pair<std::string, size_t>> starts;  // each file, and the walk position of its first document
    folder.skipped_ = walk_corpus(corpus_dir, diagnostics, [&](KbDocument&& document, DocumentKey&& key) {
        if (starts.empty() || starts.back().first != key.file) starts.emplace_back(key.file, entries.size());
        if (check) check->add(document, key);
        entries.push_back(entry_of(document));
        keys.push_back(std::move(key));
    });
    folder.keep_ = cross_check(keys, diagnostics);
    auto start = starts.begin();
    for (size_t i = 0; i <= entries.size(); ++i) {
        for (; start != starts.end() && start->second == i; ++start) {
            folder.files_[start->first] = {i, folder.catalog_.size()};
        }
        if (i == entries.size()) break;
        if (folder.keep_[i]) folder.catalog_.push_back(std::move(entries[i]));
        else ++folder.skipped_;
    }
    folder.routing_ = read_routing(corpus_dir, diagnostics);
    folder.glossary_ = read_glossary(corpus_dir, diagnostics);
    check_synonyms(corpus_dir, diagnostics);
    if (check) check->finish(keys, folder.keep_, folder.routing_, diagnostics);
    return folder;
}

void CorpusFolder::for_each(const std::function<void(size_t, const KbDocument&)>& visit) const { visit_files({}, visit); }

void CorpusFolder::for_each_of(const std::vector<bool>& wanted,
                               const std::function<void(size_t, const KbDocument&)>& visit) const {
    // Each file's first catalog position, in walk order: a wanted position is in the last
    // file starting at or before it.
    std::vector<std::pair<FileStart, std::string_view>> order;
    for (const auto& [file, start] : files_) order.emplace_back(start, file);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first.walked < b.first.walked; });
    std::set<std::string_view, std::less<>> needed;
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (!wanted[i]) continue;
        const auto after = std::upper_bound(order.begin(), order.end(), i,
                                            [](size_t position, const auto& file) { return position < file.first.catalogued; });
        if (after != order.begin()) needed.insert(std::prev(after)->second);
    }
    visit_files([&](const std::string& file) { return needed.contains(file); },
                [&](size_t i, const KbDocument& d) {
                    if (wanted[i]) visit(i, d);
                });
}

void CorpusFolder::visit_files(const FileFilter& read, const std::function<void(size_t, const KbDocument&)>& visit) const {
    const auto changed = [&](const std::string& at) {
        return std::runtime_error(dir_.string() + ": the corpus changed while it was being indexed (at \"" + at +
                                  "\"); run the indexer again");
    };
    Diagnostics again;  // everything was reported by scan()
    size_t position = 0, next = 0;
    std::string current;
    walk_corpus(
        dir_, again,
        [&](KbDocument&& document, DocumentKey&& key) {
            if (key.file != current) {
                const auto start = files_.find(key.file);
                // Read whole, the files must follow each other as they did.
                if (start == files_.end() || (!read && start->second.walked != position)) throw changed(document.id);
                current = key.file;
                position = start->second.walked;
                next = start->second.catalogued;
            }
            const size_t walked = position++;
            if (walked >= keep_.size() || !keep_[walked]) return;
            if (next >= catalog_.size() || catalog_[next].id != document.id) throw changed(document.id);
            visit(next++, document);
        },
        read);
    if (!read && (position != keep_.size() || next != catalog_.size())) {
        throw std::runtime_error(dir_.string() + ": the corpus changed while it was being indexed; run the indexer again");
    }
}

}  // namespace helpdex::indexer
