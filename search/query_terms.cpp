// Choosing a query's terms.
#include "search/query_terms.h"

namespace helpdex {

namespace {

bool keeps(const analysis::AnalyzedWord& word, WordChoice choice) {
    switch (choice) {
        case WordChoice::content_words: return !word.stopword;
        case WordChoice::content_without_greetings: return !word.stopword && !word.greeting;
        case WordChoice::every_word: return true;
    }
    return true;
}

}  // namespace

QueryTerms collect_query_terms(const std::vector<analysis::AnalyzedWord>& words, WordChoice choice) {
    QueryTerms out;
    auto add = [&](const analysis::AnalyzedWord& word) {
        if (out.frequency[word.term]++ == 0) {
            out.terms.push_back(word.term);
            out.surface[word.term] = word.word;
        }
    };
    for (const auto& word : words) {
        if (keeps(word, choice)) add(word);
    }
    if (out.empty()) {
        for (const auto& word : words) add(word);
    }
    return out;
}

}  // namespace helpdex
