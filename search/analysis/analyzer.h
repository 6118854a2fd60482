// The one text analysis of helpdex: the same code turns documents into index terms and
// inquiries into query terms, so both sides always agree.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/analysis/tokenizer.h"

namespace helpdex::analysis {

struct AnalyzedWord {
    std::string term;     // what is indexed and queried: the stem of `word` (or `word` itself
                          // for languages without a stemmer)
    std::string word;     // the normalised surface word
    size_t begin = 0;     // byte offsets of the word in the analysed text
    size_t end = 0;
    uint32_t position = 0;
    bool stopword = false;
    bool greeting = false;  // salutation / sign-off word (see language_profile.h)
};

// Not thread-safe (it owns an ICU break iterator and Xapian stemmers): one Analyzer per
// thread. Unknown languages are analysed without stemming or stopwords, never refused.
class Analyzer {
public:
    std::vector<AnalyzedWord> analyze(std::string_view text, std::string_view lang);

    // The stem of one already-normalised word in `lang`.
    std::string stem(std::string_view normalized_word, std::string_view lang);

private:
    struct LanguageState {
        Xapian::Stem stemmer;
        std::unordered_map<std::string, std::string> stems;  // cache: word → stem
    };
    LanguageState& state_for(std::string_view lang);

    Tokenizer tokenizer_;
    std::map<std::string, LanguageState, std::less<>> languages_;
};

// Xapian's limit is 245 bytes per term; longer "words" are junk (base64, URLs).
inline constexpr size_t kMaxTermBytes = 64;

}  // namespace helpdex::analysis
