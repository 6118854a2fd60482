// ICU word break over UTF-8 text, reporting byte offsets.
#include "search/analysis/tokenizer.h"

#include <mutex>
#include <stdexcept>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace helpdex::analysis {

namespace {

// Creating a word break iterator loads rules and dictionaries (~ms); cloning is cheap.
std::unique_ptr<icu::BreakIterator> clone_word_iterator() {
    static std::mutex mutex;
    static std::unique_ptr<icu::BreakIterator> prototype;
    std::lock_guard lock(mutex);
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !prototype) {
            throw std::runtime_error(std::string("ICU word break iterator unavailable: ") + u_errorName(status));
        }
    }
    std::unique_ptr<icu::BreakIterator> clone(prototype->clone());
    if (!clone) throw std::runtime_error("ICU word break iterator could not be cloned");
    return clone;
}

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// The iterator keeps a shallow clone of the UText, pointing into the caller's text: point it
// at an empty text on every way out, so it never refers to text that may be gone.
class DetachOnExit {
public:
    explicit DetachOnExit(icu::BreakIterator& words) : words_(words) {}
    ~DetachOnExit() { words_.setText(icu::UnicodeString()); }
    DetachOnExit(const DetachOnExit&) = delete;
    DetachOnExit& operator=(const DetachOnExit&) = delete;

private:
    icu::BreakIterator& words_;
};

}  // namespace

Tokenizer::Tokenizer() : words_(clone_word_iterator()) {}
Tokenizer::~Tokenizer() = default;

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
    std::vector<Token> tokens;
    if (text.empty()) return tokens;

    UErrorCode status = U_ZERO_ERROR;
    const UTextPtr utext(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("utext_openUTF8: ") + u_errorName(status));
    // Native indexes of a UTF-8 UText are byte offsets.
    words_->setText(utext.get(), status);
    const DetachOnExit detach(*words_);  // destroyed before utext: detach, then close
    if (U_FAILURE(status)) throw std::runtime_error(std::string("BreakIterator::setText: ") + u_errorName(status));

    int32_t begin = words_->first();
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; begin = end, end = words_->next()) {
        const int32_t rule = words_->getRuleStatus();
        TokenKind kind;
        if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT) kind = TokenKind::ideographic;
        else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_KANA_LIMIT) kind = TokenKind::kana;
        else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) kind = TokenKind::letters;
        else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) kind = TokenKind::number;
        else continue;  // spaces, punctuation, symbols
        const auto b = static_cast<size_t>(begin), e = static_cast<size_t>(end);
        tokens.push_back(Token{text.substr(b, e - b), b, e, kind});
    }
    return tokens;
}

}  // namespace helpdex::analysis
