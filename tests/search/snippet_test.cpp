// Proves search/snippet: highlighted, HTML-safe excerpts.
#include <catch2/catch.hpp>

#include <map>

#include "search/analysis/analyzer.h"
#include "search/snippet.h"

using namespace helpdex;

namespace {

// A text's words numbered by term, as a shown document numbers them; stopwords unmarked.
struct NumberedText {
    std::vector<SnippetWord> words;
    std::map<std::string, uint32_t> ids;

    NumberedText(const std::string& text, const std::string& lang) {
        analysis::Analyzer analyzer;
        for (const auto& word : analyzer.analyze(text, lang)) {
            const uint32_t id = word.stopword ? SnippetWord::kNoTerm
                                              : ids.try_emplace(word.term, static_cast<uint32_t>(ids.size())).first->second;
            words.push_back({id, static_cast<uint32_t>(word.begin), static_cast<uint32_t>(word.end)});
        }
    }
    std::unordered_set<uint32_t> query(const std::vector<std::string>& terms) const {
        std::unordered_set<uint32_t> out;
        for (const auto& term : terms) {
            if (auto it = ids.find(term); it != ids.end()) out.insert(it->second);
        }
        return out;
    }
};

}  // namespace

TEST_CASE("the snippet shows the passage with the query's words, marked", "[snippet]") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "filler" + std::to_string(i) + " ";
    text += "the refund arrives within five days ";
    for (int i = 0; i < 40; ++i) text += "tail" + std::to_string(i) + " ";
    const NumberedText numbered(text, "en");
    const std::string snippet = make_snippet(text, numbered.words, numbered.query({"refund"}), 12);
    CHECK(snippet.find("<mark>refund</mark>") != std::string::npos);
    CHECK(snippet.rfind("… ", 0) == 0);
    CHECK(snippet.find("filler0 ") == std::string::npos);
    CHECK(snippet.find("filler36 filler37 filler38 filler39 the <mark>refund</mark>") == std::string::npos);
    CHECK(snippet.find("filler38 filler39 the <mark>refund</mark> arrives") != std::string::npos);
}

TEST_CASE("snippets are HTML-escaped", "[snippet]") {
    const std::string text = "<script>alert(1)</script> refund & co";
    const NumberedText numbered(text, "en");
    const std::string snippet = make_snippet(text, numbered.words, numbered.query({"refund"}));
    CHECK(snippet.find("<script>") == std::string::npos);
    CHECK(snippet.find("&lt;/script&gt;") != std::string::npos);
    CHECK(snippet.find("&amp;") != std::string::npos);
    CHECK(snippet.find("<mark>refund</mark>") != std::string::npos);
}

TEST_CASE("without a match the snippet starts at the beginning", "[snippet]") {
    const std::string text = "First words of the text.";
    const NumberedText numbered(text, "en");
    CHECK(make_snippet(text, numbered.words, numbered.query({"zzz"})).rfind("First words", 0) == 0);
}

TEST_CASE("a word without a term is never marked, even when its number is asked for", "[snippet]") {
    const std::string text = "the refund of the order";
    const NumberedText numbered(text, "en");
    const std::string snippet = make_snippet(text, numbered.words, {SnippetWord::kNoTerm, numbered.ids.at("refund")});
    CHECK(snippet == "the <mark>refund</mark> of the order");
}

TEST_CASE("a text without words shows its first 200 bytes, spaces squeezed", "[snippet]") {
    const std::string text = "…   —  " + std::string(300, '-');
    const std::string snippet = make_snippet(text, {}, {});
    CHECK(snippet.rfind("… — ---", 0) == 0);
    CHECK(snippet.size() <= 200);
}
