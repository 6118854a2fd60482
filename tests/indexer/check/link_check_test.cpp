// Proves indexer/check/link_check: where a link leads, and which lead nowhere.
#include <catch2/catch.hpp>

#include "indexer/check/link_check.h"

using namespace helpdex::indexer;

namespace {

std::string leads(std::string_view target, std::string_view from = "articles/billing/refund.en.md") {
    const LinkDestination d = link_destination(target, from);
    switch (d.kind) {
        case LinkKind::elsewhere: return "elsewhere";
        case LinkKind::article_file: return "file " + d.where;
        case LinkKind::document_id: return "id " + d.where;
    }
    return "";
}

DocumentKey key(const std::string& id, const std::string& file, const std::string& status = "published") {
    return DocumentKey{id, "", file, file, "en", status};
}

}  // namespace

TEST_CASE("a link leads to an article by its file, to a document by its id, or elsewhere", "[check]") {
    auto [target, expected] = GENERATE(table<std::string, std::string>({
        // A Markdown file, from the linking article's folder or (with a leading /) the corpus's.
        {"card-declined.en.md", "file articles/billing/card-declined.en.md"},
        {"./card-declined.en.md#why", "file articles/billing/card-declined.en.md"},
        {"../devices/camera.en.md?x=1", "file articles/devices/camera.en.md"},
        {"/articles/devices/camera.en.md", "file articles/devices/camera.en.md"},
        {"my%20article.md", "file articles/billing/my article.md"},
        {"../../../outside.md", "file ../outside.md"},
        // A bare id.
        {"kb-billing-card-declined", "id kb-billing-card-declined"},
        {"kb-camera#steps", "id kb-camera"},
        {" kb-camera ", "id kb-camera"},
        // URLs, anchors and other files.
        {"https://example.com/a.md", "elsewhere"},
        {"mailto:help@example.com", "elsewhere"},
        {"tel:+31201234567", "elsewhere"},
        {"//cdn.example/x.md", "elsewhere"},
        {"#resolution", "elsewhere"},
        {"", "elsewhere"},
        {"images/photo.png", "elsewhere"},
        {"../docs/", "elsewhere"},
        {"a b", "elsewhere"},
    }));
    INFO(target);
    CHECK(leads(target) == expected);
}

TEST_CASE("a link to no article, no document or an unpublished one is reported", "[check]") {
    const std::vector<DocumentKey> keys = {key("a", "articles/a.md"), key("b", "articles/sub/b.md"), key("c", "articles/c.md", "draft"),
                                           key("d", "articles/d.md", "archived")};
    const std::vector<ArticleLinks> links = {
        {0, {{"sub/b.md", 10}, {"b", 11}, {"sub/x.md", 12}, {"x", 13}, {"c.md", 14}, {"d", 15}, {"https://e.example", 16}}},
        {2, {{"d.md", 3}}},  // a draft linking to an archived article: nobody reads it yet
    };
    Diagnostics diagnostics;
    check_links(links, keys, {true, true, true, true}, diagnostics);
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.code + " " + d.to_string());
    CHECK(lines == std::vector<std::string>{
                       "broken-link articles/a.md:12: warning: link \"sub/x.md\" leads to no article (articles/sub/x.md)",
                       "broken-link articles/a.md:13: warning: link \"x\" leads to no document: no id is \"x\"",
                       "broken-link articles/a.md:14: warning: link \"c.md\" leads to \"c\", which is a draft: never served",
                       "broken-link articles/a.md:15: warning: link \"d\" leads to \"d\", which is archived: never served"});
}

TEST_CASE("a link to a document refused for its errors leads nowhere", "[check]") {
    const std::vector<DocumentKey> keys = {key("a", "articles/a.md"), key("b", "articles/b.md")};
    Diagnostics diagnostics;
    check_links({{0, {{"b.md", 5}}}}, keys, {true, false}, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message == "link \"b.md\" leads to no article (articles/b.md)");
}
