// Word breaking for every script: ICU's word break iterator (dictionary-based for CJK).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace helpdex::analysis {

enum class TokenKind { letters, number, kana, ideographic };

struct Token {
    std::string_view text;  // slice of the input, not normalised
    size_t begin = 0;       // byte offsets into the input
    size_t end = 0;
    TokenKind kind = TokenKind::letters;
};

// Splits text into words, skipping spaces and punctuation. Not thread-safe: one Tokenizer
// per thread (ICU break iterators keep per-text state). Construction clones a cached
// iterator, so it is cheap after the first.
class Tokenizer {
public:
    Tokenizer();
    ~Tokenizer();
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    // The returned tokens point into `text`, which must outlive them. Invalid UTF-8 is
    // tolerated (ICU treats bad bytes as U+FFFD, which is never a word).
    std::vector<Token> tokenize(std::string_view text);

private:
    std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace helpdex::analysis
