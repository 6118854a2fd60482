// The words a language has beyond those the corpus uses: the system word lists of Debian's
// wordlist packages (/usr/share/dict: wamerican, wngerman, wfrench, wspanish, wdutch …).
// A real word the corpus happens not to use ("soir", "capte") is no typo, and must never be
// "corrected" to a corpus word one letter away ("voir", "carte").
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex::wording {

// Immutable once built: thread-safe to share.
class Lexicon {
public:
    // The lexicon of `lang`, read on first use (once per process, thread-safe) from the word
    // lists its profile names, in $HELPDEX_DICT_DIR or /usr/share/dict; empty when none is
    // installed (then every unknown word may be corrected).
    static const Lexicon& of(std::string_view lang);

    // The lexicon of these words (one per line in a word list, any case).
    static Lexicon from_words(const std::vector<std::string>& words);

    // Whether `normalized_word` is a word of the language, accents or not ("reinitialiser"
    // counts as "réinitialiser": a customer without accent keys wrote a real word).
    bool knows(std::string_view normalized_word) const;
    size_t size() const { return hashes_.size(); }

private:
    void add(std::string_view word);
    void finish();

    std::vector<uint64_t> hashes_;  // sorted hashes of the words, normalised and without diacritics
};

// Where the word lists are: $HELPDEX_DICT_DIR when set, else /usr/share/dict.
std::filesystem::path word_list_directory();

}  // namespace helpdex::wording
