// Proves indexer/document_parser: field validation with file, line and field.
#include <catch2/catch.hpp>

#include "indexer/document_parser.h"

using namespace helpdex::indexer;

namespace {

std::vector<std::string> errors_for(const std::string& front_matter) {
    Diagnostics diagnostics;
    auto record = parse_article("---\n" + front_matter + "---\nBody\n", "a.md", diagnostics);
    if (record) parse_document(*record, SourceKind::article, "a.md", diagnostics);
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(d.to_string());
    return lines;
}

const std::string kValid = "id: a-1\ntype: faq\ntitle: T\nlang: en\ncategory: billing\n";

}  // namespace

TEST_CASE("a valid article parses with defaults", "[document]") {
    Diagnostics diagnostics;
    auto record = parse_article("---\n" + kValid + "---\n## Resolution\n1. Step\n", "a.md", diagnostics);
    REQUIRE(record);
    auto document = parse_document(*record, SourceKind::article, "a.md", diagnostics);
    REQUIRE(document);
    CHECK(document->status == "published");
    CHECK(document->priority == "normal");
    CHECK(document->steps == std::vector<std::string>{"Step"});
    CHECK(document->group() == "a-1");
    CHECK(document->source == "a.md");
}

TEST_CASE("each invalid field is reported on its own line", "[document]") {
    auto [extra, expected] = GENERATE(table<std::string, std::string>({
        {"priority: asap\n", "a.md:7: error: field 'priority': \"asap\" is not one of low, normal, high, urgent"},
        {"status: hidden\n", "a.md:7: error: field 'status': \"hidden\" is not one of published, draft, archived"},
        {"updated: 24-11-2026\n", "a.md:7: error: field 'updated': \"24-11-2026\" is not a date YYYY-MM-DD"},
        {"tags: refund\n", "a.md:7: error: field 'tags': must be a list of strings"},
        {"symptoms: [\"\"]\n", "a.md:7: error: field 'symptoms': must be a list of non-empty strings"},
        {"escalation: Finance\n", "a.md:7: error: field 'escalation': must be a mapping with team, tier, sla, when, contact"},
        {"escalation: {teem: X}\n", "a.md:7: error: field 'escalation': unknown key 'teem'; did you mean 'team'?"},
        {"escalation: {phone: X}\n", "a.md:7: error: field 'escalation': unknown key 'phone' (expected team, tier, sla, when, contact)"},
        {"translation_of: a-1\n", "a.md:7: error: field 'translation_of': a document cannot translate itself"},
        {"body: text\n", "a.md:7: error: field 'body': articles carry their body after the front matter, not as a field"},
    }));
    INFO(extra);
    CHECK(errors_for(kValid + extra) == std::vector<std::string>{expected});
}

TEST_CASE("required fields", "[document]") {
    CHECK(errors_for("id: a\ntype: faq\ntitle: T\nlang: en\n") ==
          std::vector<std::string>{"a.md:1: error: field 'category': is required"});
    CHECK(errors_for("id: bad id\ntype: faq\ntitle: T\nlang: en\ncategory: x\n") ==
          std::vector<std::string>{"a.md:2: error: field 'id': \"bad id\" must match [A-Za-z0-9._-]+ (at most 128 characters)"});
    CHECK(errors_for("id: a\ntype: faq\ntitle: \"\"\nlang: en\ncategory: x\n") ==
          std::vector<std::string>{"a.md:4: error: field 'title': must not be empty"});
}

TEST_CASE("cases must be of type case and carry a body", "[document]") {
    Diagnostics diagnostics;
    auto record = parse_case_line(R"({"id":"c","type":"sop","title":"T","lang":"en","category":"x"})", "cases/a.jsonl", 3, diagnostics);
    REQUIRE(record);
    CHECK_FALSE(parse_document(*record, SourceKind::case_record, "cases/a.jsonl", diagnostics));
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(diagnostics.all()[0].to_string() == "cases/a.jsonl:3: error: field 'type': must be \"case\" in cases/*.jsonl, not \"sop\"");
    CHECK(diagnostics.all()[1].to_string() == "cases/a.jsonl:3: error: field 'body': is required");
}

TEST_CASE("JSON values of the wrong type are named", "[document]") {
    Diagnostics diagnostics;
    auto record = parse_case_line(R"({"id":"c","type":"case","title":5,"lang":"en","category":"x","body":"b"})", "c.jsonl", 1, diagnostics);
    REQUIRE(record);
    CHECK_FALSE(parse_document(*record, SourceKind::case_record, "c.jsonl", diagnostics));
    CHECK(diagnostics.all().at(0).to_string() == "c.jsonl:1: error: field 'title': must be a string, not number");
}

TEST_CASE("case source names file and line", "[document]") {
    Diagnostics diagnostics;
    auto record = parse_case_line(R"({"id":"c","type":"case","title":"T","lang":"en","category":"x","body":"b"})", "cases/a.jsonl", 12, diagnostics);
    auto document = parse_document(*record, SourceKind::case_record, "cases/a.jsonl", diagnostics);
    REQUIRE(document);
    CHECK(document->source == "cases/a.jsonl:12");
}

TEST_CASE("a case's resolution is its own field, else its body's outcome line", "[document]") {
    auto parse = [](const std::string& line) {
        Diagnostics diagnostics;
        auto record = parse_case_line(line, "cases/a.jsonl", 1, diagnostics);
        REQUIRE(record);
        auto document = parse_document(*record, SourceKind::case_record, "cases/a.jsonl", diagnostics);
        INFO((diagnostics.all().empty() ? "" : diagnostics.all()[0].to_string()));
        REQUIRE(document);
        return document->resolution;
    };
    const std::string head = R"({"id":"c","type":"case","title":"T","lang":"en","category":"x",)";
    CHECK(parse(head + R"("body":"Charged twice.\n\nResolution: refunded the duplicate charge."})") ==
          "refunded the duplicate charge.");
    CHECK(parse(head + R"("body":"Charged twice.\n\nResolution: refunded.","resolution":"Refund of 9.99 sent"})") ==
          "Refund of 9.99 sent");
    CHECK(parse(head + R"("body":"Charged twice, still open."})").empty());
}

TEST_CASE("articles have no resolution field; a case's must be a string", "[document]") {
    CHECK(errors_for(kValid + "resolution: fixed\n") ==
          std::vector<std::string>{"a.md:7: error: field 'resolution': unknown field (check its spelling; see docs/corpus-format.md)"});
    Diagnostics diagnostics;
    auto record = parse_case_line(R"({"id":"c","type":"case","title":"T","lang":"en","category":"x","body":"b","resolution":3})",
                                  "cases/a.jsonl", 4, diagnostics);
    REQUIRE(record);
    CHECK_FALSE(parse_document(*record, SourceKind::case_record, "cases/a.jsonl", diagnostics));
    CHECK(diagnostics.all().at(0).to_string() == "cases/a.jsonl:4: error: field 'resolution': must be a string, not number");
}
