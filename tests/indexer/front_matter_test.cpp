// Proves indexer/front_matter: front matter and JSONL lines to raw fields with lines.
#include <catch2/catch.hpp>

#include "indexer/front_matter.h"

using namespace helpdex::indexer;

TEST_CASE("front matter fields carry their file line", "[front_matter]") {
    Diagnostics diagnostics;
    const auto record = parse_article("---\nid: a\ntitle: \"Colon: inside\"\ntags: [x, y]\n---\n# Body\n", "a.md", diagnostics);
    REQUIRE(record);
    CHECK(diagnostics.all().empty());
    CHECK(record->fields.at("id").line == 2);
    CHECK(record->fields.at("title").value == "Colon: inside");
    CHECK(record->fields.at("tags").line == 4);
    CHECK(record->fields.at("tags").value == nlohmann::json({"x", "y"}));
    CHECK(record->body == "# Body\n");
}

TEST_CASE("a byte order mark and CRLF line ends are accepted", "[front_matter]") {
    Diagnostics diagnostics;
    const auto record = parse_article("\xEF\xBB\xBF---\r\nid: a\r\n---\r\nBody\r\n", "a.md", diagnostics);
    REQUIRE(record);
    CHECK(record->fields.at("id").value == "a");
}

TEST_CASE("front matter problems are reported with file and line", "[front_matter]") {
    auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"no front matter", "a.md:1: error: missing front matter: the file must start with a line '---'"},
        {"---\nid: a\n", "a.md:1: error: front matter is not closed: no line '---' after the opening one"},
        {"---\n- a\n- b\n---\n", "a.md:2: error: front matter must be a YAML mapping of keys to values"},
        {"---\nid: a\nid: b\n---\n", "a.md:3: error: field 'id': appears twice"},
    }));
    Diagnostics diagnostics;
    CHECK_FALSE(parse_article(text, "a.md", diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].to_string() == expected);
}

TEST_CASE("JSONL lines become fields, bad lines are reported", "[front_matter]") {
    Diagnostics diagnostics;
    const auto record = parse_case_line(R"({"id":"c1","body":"x"})", "cases/a.jsonl", 7, diagnostics);
    REQUIRE(record);
    CHECK(record->fields.at("id").line == 7);
    CHECK_FALSE(parse_case_line("[1,2]", "cases/a.jsonl", 8, diagnostics));
    CHECK_FALSE(parse_case_line("{oops", "cases/a.jsonl", 9, diagnostics));
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(diagnostics.all()[0].to_string() == "cases/a.jsonl:8: error: each line must be a JSON object");
    CHECK(diagnostics.all()[1].to_string().rfind("cases/a.jsonl:9: error: not valid JSON: parse error", 0) == 0);
}
