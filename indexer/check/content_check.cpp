// Empty articles, guides without steps, and articles nobody reviewed for too long.
#include "indexer/check/content_check.h"

#include <charconv>
#include <string>

namespace helpdex::indexer {

namespace {

bool needs_steps(std::string_view type) { return type == "troubleshooting" || type == "sop"; }

std::string type_name(std::string_view type) { return type == "sop" ? "an SOP" : "a troubleshooting guide"; }

void check_age(const KbDocument& document, const DocumentKey& key, const CheckOptions& options, Diagnostics& diagnostics) {
    const auto updated = calendar_day(document.updated);
    if (!updated) return;
    const auto age = (options.today - *updated).count();
    if (age <= options.max_age_days) return;
    diagnostics.warning("stale-article", key.file, key.updated_line, "updated",
                        document.updated + " is " + std::to_string(age) + " days ago, more than " +
                            std::to_string(options.max_age_days) + " (--max-age-days): review the article and update the date");
}

}  // namespace

std::optional<std::chrono::sys_days> calendar_day(std::string_view date) {
    int year = 0;
    unsigned month = 0, day = 0;
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    const char* begin = date.data();
    if (std::from_chars(begin, begin + 4, year).ptr != begin + 4 || std::from_chars(begin + 5, begin + 7, month).ptr != begin + 7 ||
        std::from_chars(begin + 8, begin + 10, day).ptr != begin + 10) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days(ymd);
}

void check_article_content(const KbDocument& document, const DocumentKey& key, const ArticleOutline& outline,
                           const CheckOptions& options, Diagnostics& diagnostics) {
    if (!key.is_article || !key.published()) return;
    if (!outline.has_text) {
        diagnostics.warning("empty-article", key.file, 0, "", "the article has no text besides its headings: nothing to show an agent");
    } else if (needs_steps(document.type) && document.steps.empty()) {
        diagnostics.warning("missing-steps", key.file, key.body_line, "",
                            type_name(document.type) + " without resolution steps: write them as a numbered list "
                                                       "(1. 2. 3.) under a \"## Resolution\" heading");
    } else if (needs_steps(document.type) && !outline.has_resolution_heading) {
        // The indexer then takes the body's first numbered list, which may be another section's.
        diagnostics.notice("steps-without-heading", key.file, key.body_line, "",
                           "no section is headed \"Resolution\" (or a name for it in the article's language): the steps "
                           "shown are the body's first numbered list");
    }
    check_age(document, key, options, diagnostics);
}

}  // namespace helpdex::indexer
