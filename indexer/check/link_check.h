// Links between articles: a Markdown link to another article, by the path of its file or by
// its id, must lead to a document the corpus serves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/check/article_outline.h"
#include "indexer/check/document_key.h"
#include "indexer/diagnostics.h"

namespace helpdex::indexer {

enum class LinkKind {
    elsewhere,     // a URL with a scheme (https:, mailto:), this page's own #anchor, another kind of file
    article_file,  // "refund.en.md", "../billing/refund.en.md" (from the linking article's folder),
                   // "/articles/billing/refund.en.md" (from the corpus folder); #anchor and ?query aside
    document_id,   // "kb-billing-refund": a bare id, no slash and no .md
};

struct LinkDestination {
    LinkKind kind = LinkKind::elsewhere;
    std::string where;  // article_file: the path relative to the corpus folder; document_id: the id
};

// Where `target`, written in the article `from_file` (relative to the corpus folder), leads.
// Percent-escapes are decoded ("%20"). A path out of the corpus folder is kept as it is
// ("../x.md" from "articles/a.md" is "x.md"; "../../x.md" is "../x.md") and so leads nowhere.
LinkDestination link_destination(std::string_view target, std::string_view from_file);

// The links of one article; lines are the file's.
struct ArticleLinks {
    size_t document = 0;  // position in the keys
    std::vector<MarkdownLink> links;
};

// A warning (broken-link) for each link of an article `keep`s to another article or document
// that is not among the `keep`s, or, from a published article, is not published (a draft
// or an archived document is never served).
void check_links(const std::vector<ArticleLinks>& articles, const std::vector<DocumentKey>& keys,
                 const std::vector<bool>& keep, Diagnostics& diagnostics);

}  // namespace helpdex::indexer
