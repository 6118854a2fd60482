// Gathering what the checks need as the corpus is walked, and judging it at the end.
#include "indexer/check/corpus_check.h"

#include <algorithm>
#include <cstdio>

#include "indexer/check/article_outline.h"
#include "indexer/check/content_check.h"
#include "indexer/check/translation_check.h"
#include "search/analysis/tokenizer.h"

namespace helpdex::indexer {

CorpusCheck::CorpusCheck(CheckOptions options)
    : options_(options), near_duplicates_(options.near_duplicate_similarity), tokenizer_(std::make_unique<analysis::Tokenizer>()) {}

CorpusCheck::~CorpusCheck() = default;

void CorpusCheck::add(const KbDocument& document, const DocumentKey& key) {
    const size_t position = added_++;
    if (key.published()) categories_.add(document.category, position);
    if (!key.is_article) return;
    ArticleOutline outline = outline_article(document.body_markdown);
    check_article_content(document, key, outline, options_, found_);
    if (!outline.links.empty()) {
        for (MarkdownLink& link : outline.links) link.line += key.body_line - 1;
        links_.push_back({position, std::move(outline.links)});
    }
    if (key.published() && outline.has_text) near_duplicates_.add(position, document.lang, word_shingles(document.body_text, *tokenizer_));
}

void CorpusCheck::finish(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep, const RoutingTable& routing,
                         Diagnostics& diagnostics) const {
    for (const Diagnostic& d : found_.all()) diagnostics.add(d);
    categories_.check_routes(routing, keys, keep, diagnostics);
    check_links(links_, keys, keep, diagnostics);
    report_near_duplicates(keys, keep, diagnostics);
    report_missing_translations(keys, keep, diagnostics);
}

void CorpusCheck::report_near_duplicates(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep,
                                         Diagnostics& diagnostics) const {
    for (const NearDuplicate& pair : near_duplicates_.find()) {
        if (!keep[pair.document] || !keep[pair.original]) continue;
        char figures[64];
        std::snprintf(figures, sizeof figures, "%.2f, at least %.2f", pair.similarity, options_.near_duplicate_similarity);
        const DocumentKey& original = keys[pair.original];
        diagnostics.warning("near-duplicate", keys[pair.document].file, 0, "",
                            "near-duplicate of \"" + original.id + "\" (" + original.file + "): word 3-shingle similarity " +
                                figures + "; merge them or tell them apart");
    }
}

std::vector<Diagnostic> by_place(std::vector<Diagnostic> diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    return diagnostics;
}

}  // namespace helpdex::indexer
