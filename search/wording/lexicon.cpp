// Word lists read once per language and kept as sorted hashes (8 bytes a word).
#include "search/wording/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"

namespace fs = std::filesystem;

namespace helpdex::wording {

namespace {

// FNV-1a, 64 bits: the same on every run, and collisions among a few million words are
// vanishingly rare.
uint64_t word_hash(std::string_view word) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : word) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
}

std::string comparable(std::string_view word) { return analysis::fold_diacritics(analysis::normalize(word)); }

Lexicon read_lexicon(std::string_view lang) {
    std::vector<std::string> words;
    for (std::string_view file : analysis::language_profile(lang).word_lists) {
        std::ifstream in(word_list_directory() / std::string(file));
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.find('\'') == std::string::npos) words.push_back(std::move(line));
        }
    }
    return Lexicon::from_words(words);
}

}  // namespace

fs::path word_list_directory() {
    const char* dir = std::getenv("HELPDEX_DICT_DIR");
    return dir != nullptr && *dir != '\0' ? fs::path(dir) : fs::path("/usr/share/dict");
}

const Lexicon& Lexicon::of(std::string_view lang) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<Lexicon>, std::less<>> loaded;
    std::lock_guard lock(mutex);
    auto it = loaded.find(lang);
    if (it == loaded.end()) it = loaded.emplace(std::string(lang), std::make_unique<Lexicon>(read_lexicon(lang))).first;
    return *it->second;
}

Lexicon Lexicon::from_words(const std::vector<std::string>& words) {
    Lexicon lexicon;
    lexicon.hashes_.reserve(words.size());
    for (const std::string& word : words) lexicon.add(word);
    lexicon.finish();
    return lexicon;
}

void Lexicon::add(std::string_view word) { hashes_.push_back(word_hash(comparable(word))); }

void Lexicon::finish() {
    std::sort(hashes_.begin(), hashes_.end());
    hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

bool Lexicon::knows(std::string_view normalized_word) const {
    return std::binary_search(hashes_.begin(), hashes_.end(), word_hash(analysis::fold_diacritics(normalized_word)));
}

}  // namespace helpdex::wording
