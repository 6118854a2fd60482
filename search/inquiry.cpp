// Reading an inquiry: clean → choose language → analyse → choose terms.
#include "search/inquiry.h"

#include "search/inquiry_cleaning.h"
#include "search/language_choice.h"

namespace helpdex {

Inquiry read_inquiry(const SuggestRequest& request, const Generation& generation, analysis::Analyzer& analyzer,
                     const SpellingFix& fix, const wording::Synonyms& synonyms) {
    Inquiry inquiry;
    const std::vector<MessageSegment> segments = segment_message(request.text);
    const std::string body = read_lines(request.text, segments);
    inquiry.text = request.subject.empty() ? body : request.subject + "\n" + body;
    const LanguageChoice language = choose_inquiry_language(generation, inquiry.text, {request.lang, request.accept_language});
    inquiry.language = language.guess;
    inquiry.language_source = language.source;
    inquiry.language_in_index = language.in_index;
    inquiry.read_as = language.read_as;
    inquiry.segments = mark_greeting_lines(request.text, segments, analyzer, inquiry.language.language);
    inquiry.words = analyzer.analyze(inquiry.text, inquiry.read_as);
    // Words of a language the index lacks are foreign to `read_as`, not misspelt in it.
    if (fix && inquiry.language_in_index) inquiry.corrections = fix(inquiry.words, inquiry.read_as);
    inquiry.terms = collect_query_terms(inquiry.words, WordChoice::content_without_greetings);
    // The subject is the customer's own summary: its words count double. (It opens the text.)
    for (const auto& word : inquiry.words) {
        if (word.end > request.subject.size()) break;
        if (auto it = inquiry.terms.frequency.find(word.term); it != inquiry.terms.frequency.end()) ++it->second;
    }
    synonyms.expand(inquiry.terms, inquiry.words, inquiry.read_as);
    return inquiry;
}

}  // namespace helpdex
