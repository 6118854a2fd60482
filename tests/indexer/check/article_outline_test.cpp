// Proves indexer/check/article_outline: text outside headings, links with their lines.
#include <catch2/catch.hpp>

#include "indexer/check/article_outline.h"

using namespace helpdex::indexer;

namespace {

std::vector<std::string> links_of(const std::string& markdown) {
    std::vector<std::string> out;
    for (const auto& link : outline_article(markdown).links) out.push_back(std::to_string(link.line) + " " + link.target);
    return out;
}

}  // namespace

TEST_CASE("links are found with the line they stand on", "[check]") {
    CHECK(links_of("First [a](a.md) line.\n\nThird [b](kb-b) and [c](https://c.example).\n") ==
          std::vector<std::string>{"1 a.md", "3 kb-b", "3 https://c.example"});
}

TEST_CASE("a reference link is found at its definition; an image is not a link", "[check]") {
    CHECK(links_of("See [the guide][g] and ![a photo](photo.png).\n\n[g]: ../x/guide.en.md\n") ==
          std::vector<std::string>{"3 ../x/guide.en.md"});
}

TEST_CASE("a link written with escapes is found on the line it is on", "[check]") {
    CHECK(links_of("One.\n\nTwo: [x](a\\_b.md)\n") == std::vector<std::string>{"3 a_b.md"});
}

TEST_CASE("links in code are text, not links", "[check]") {
    CHECK(links_of("```\n[a](a.md)\n```\n`[b](b.md)`\n").empty());
}

TEST_CASE("text outside headings counts; headings alone do not", "[check]") {
    CHECK_FALSE(outline_article("").has_text);
    CHECK_FALSE(outline_article("# One\n\n## Two\n\n").has_text);
    CHECK(outline_article("## Two\n- a bullet\n").has_text);
    CHECK(outline_article("```\ncode\n```\n").has_text);
}
