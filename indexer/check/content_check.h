// What one article's own content should have: text, resolution steps where its type is
// about them, and a recent `updated` date.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "indexer/check/article_outline.h"
#include "indexer/check/check_options.h"
#include "indexer/check/document_key.h"
#include "indexer/diagnostics.h"
#include "search/document.h"

namespace helpdex::indexer {

// Warnings for a published article (cases and unpublished documents have none):
// empty-article (no text besides headings), missing-steps (a troubleshooting guide or SOP
// without a numbered list of steps), stale-article (`updated` more than max_age_days before
// options.today); and the notice steps-without-heading (a guide or SOP whose steps are its
// first numbered list, no section being headed as its resolution).
void check_article_content(const KbDocument& document, const DocumentKey& key, const ArticleOutline& outline,
                           const CheckOptions& options, Diagnostics& diagnostics);

// The day of a "YYYY-MM-DD" date; nullopt when it is not a day of the calendar ("2026-02-30").
std::optional<std::chrono::sys_days> calendar_day(std::string_view date);

}  // namespace helpdex::indexer
