// What the checks read in an article's Markdown body beside what the indexer renders:
// whether it says anything besides its headings, whether a section is headed as its
// resolution, and where it links to.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace helpdex::indexer {

struct MarkdownLink {
    std::string target;  // the link's destination as written ("../billing/refund.en.md#steps")
    size_t line = 0;     // 1-based within the body
};

struct ArticleOutline {
    bool has_text = false;            // any text outside headings
    bool has_resolution_heading = false;  // a section heading is_resolution_heading()
    std::vector<MarkdownLink> links;  // inline and reference links, in order; images are not links
};

// Parses `markdown` with md4c in the dialect the indexer renders (parse_markdown()).
ArticleOutline outline_article(std::string_view markdown);

}  // namespace helpdex::indexer
