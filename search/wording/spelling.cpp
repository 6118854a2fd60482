// Spelling dictionaries per language, written by the indexer and read by each searcher.
#include "search/wording/spelling.h"

#include <istream>
#include <limits>
#include <ostream>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/tab_separated.h"
#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"
#include "search/wording/lexicon.h"

namespace fs = std::filesystem;

namespace helpdex::wording {

namespace {

constexpr const char* kSpellingDir = "spelling";

// Below this many letters a word is too ambiguous to correct ("mdp", "pin").
constexpr size_t kShortestCorrected = 4;
// From this many letters two edits are allowed, below it one.
constexpr size_t kTwoEditsFrom = 7;

// The number of code points of `word` when every one is a letter, else 0.
size_t letter_count(std::string_view word) {
    size_t letters = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
        if (c < 0 || !u_isalpha(c)) return 0;
        ++letters;
    }
    return letters;
}

}  // namespace

fs::path spelling_directory(const fs::path& generation_dir, std::string_view lang) {
    return generation_dir / kSpellingDir / std::string(lang);
}

bool corrects_spelling(std::string_view lang) {
    return !lang.empty() && !analysis::language_profile(lang).spaceless;
}

void SpellingDictionaryWriter::add(std::string_view lang, const std::vector<analysis::AnalyzedWord>& words) {
    if (!corrects_spelling(lang)) return;
    auto& counts = counts_[std::string(lang)];
    for (const analysis::AnalyzedWord& word : words) {
        if (letter_count(word.word) >= 2) ++counts[word.word];
    }
}

void SpellingDictionaryWriter::remove(std::string_view lang, const std::vector<analysis::AnalyzedWord>& words) {
    const auto language = counts_.find(lang);
    if (language == counts_.end()) return;
    auto& counts = language->second;
    for (const analysis::AnalyzedWord& word : words) {
        const auto it = counts.find(word.word);
        if (it != counts.end() && --it->second == 0) counts.erase(it);
    }
    if (counts.empty()) counts_.erase(language);
}

void SpellingDictionaryWriter::write_counts(std::ostream& out) const {
    for (const auto& [lang, counts] : counts_) {
        for (const auto& [word, count] : counts) out << lang << '\t' << word << '\t' << count << '\n';
    }
}

SpellingDictionaryWriter SpellingDictionaryWriter::read_counts(std::istream& in) {
    SpellingDictionaryWriter writer;
    read_tab_separated(in, "spelling counts", "lang, word, count", [&](const std::vector<std::string_view>& fields) {
        const auto count = fields.size() == 3 ? positive_count(fields[2]) : std::nullopt;
        if (!count || *count > std::numeric_limits<Xapian::termcount>::max()) return false;
        writer.counts_[std::string(fields[0])][std::string(fields[1])] = static_cast<Xapian::termcount>(*count);
        return true;
    });
    return writer;
}

namespace {

using WordCounts = std::map<std::string, Xapian::termcount>;

// A word is in the dictionary when seen twice, with its count as its frequency.
Xapian::termcount held(Xapian::termcount count) { return count < 2 ? 0 : count; }

// Adds or takes away one word: from `before` occurrences to `after`.
void change_word(Xapian::WritableDatabase& dictionary, const std::string& word, Xapian::termcount before,
                 Xapian::termcount after) {
    const Xapian::termcount was = held(before), is = held(after);
    if (was == is) return;
    if (is > was) dictionary.add_spelling(word, is - was);
    else dictionary.remove_spelling(word, was - is);
    // Keyed by its form without accents, for customers who type none ("reinitialiser").
    const std::string bare = analysis::fold_diacritics(word);
    if (bare == word) return;
    if (was == 0) dictionary.add_synonym(bare, word);
    else if (is == 0) dictionary.remove_synonym(bare, word);
}

// Every word of either count, with its count in each (0 where absent), in word order.
template <typename Visit>
void merge_counts(const WordCounts& before, const WordCounts& after, const Visit& visit) {
    auto b = before.begin();
    auto a = after.begin();
    while (b != before.end() || a != after.end()) {
        if (a == after.end() || (b != before.end() && b->first < a->first)) {
            visit(b->first, b->second, 0u);
            ++b;
        } else if (b == before.end() || a->first < b->first) {
            visit(a->first, 0u, a->second);
            ++a;
        } else {
            visit(a->first, b->second, a->second);
            ++a;
            ++b;
        }
    }
}

void write_dictionary(const fs::path& path, const WordCounts& counts) {
    fs::create_directories(path.parent_path());
    Xapian::WritableDatabase dictionary(path.string(), Xapian::DB_CREATE);
    for (const auto& [word, count] : counts) change_word(dictionary, word, 0, count);
    dictionary.commit();
    dictionary.close();
}

}  // namespace

void SpellingDictionaryWriter::write(const fs::path& generation_dir) const {
    for (const auto& [lang, counts] : counts_) write_dictionary(spelling_directory(generation_dir, lang), counts);
}

void SpellingDictionaryWriter::write_changes(const fs::path& generation_dir, const fs::path& base_generation_dir,
                                             const SpellingDictionaryWriter& before) const {
    for (const auto& [lang, counts] : counts_) {
        const fs::path path = spelling_directory(generation_dir, lang), base = spelling_directory(base_generation_dir, lang);
        const auto old = before.counts_.find(lang);
        std::error_code error;
        if (old == before.counts_.end() || !fs::is_directory(base, error)) {
            write_dictionary(path, counts);
            continue;
        }
        fs::create_directories(path.parent_path());
        fs::copy(base, path, fs::copy_options::recursive);
        Xapian::WritableDatabase dictionary(path.string(), Xapian::DB_OPEN);
        merge_counts(old->second, counts, [&](const std::string& word, Xapian::termcount was, Xapian::termcount is) {
            change_word(dictionary, word, was, is);
        });
        dictionary.commit();
        dictionary.close();
    }
}

void SpellingDictionaryWriter::add_counts(const SpellingDictionaryWriter& other) {
    for (const auto& [lang, counts] : other.counts_) {
        auto& mine = counts_[lang];
        for (const auto& [word, count] : counts) mine[word] += count;
    }
}

SpellingCorrector::SpellingCorrector(fs::path generation_dir) : generation_dir_(std::move(generation_dir)) {}

Xapian::Database* SpellingCorrector::dictionary(const std::string& lang) {
    if (auto it = open_.find(lang); it != open_.end()) return &it->second;
    if (missing_.contains(lang)) return nullptr;
    const fs::path path = spelling_directory(generation_dir_, lang);
    std::error_code error;
    if (!corrects_spelling(lang) || !fs::is_directory(path, error)) {
        missing_[lang] = true;
        return nullptr;
    }
    return &open_.emplace(lang, Xapian::Database(path.string())).first->second;
}

Xapian::termcount SpellingCorrector::frequency(const std::string& word, const std::string& lang) {
    Xapian::Database* db = dictionary(lang);
    if (db == nullptr) return 0;
    Xapian::TermIterator it = db->spellings_begin();
    it.skip_to(word);
    return it != db->spellings_end() && *it == word ? it.get_termfreq() : 0;
}

std::string SpellingCorrector::with_accents(const std::string& word, const std::string& lang) {
    Xapian::Database* db = dictionary(lang);
    std::string best;
    Xapian::termcount best_frequency = 0;
    for (auto it = db->synonyms_begin(analysis::fold_diacritics(word)); it != db->synonyms_end(""); ++it) {
        const Xapian::termcount f = frequency(*it, lang);
        if (f > best_frequency) best = *it, best_frequency = f;
    }
    return best;
}

std::string SpellingCorrector::suggestion(const analysis::AnalyzedWord& word, const std::string& lang,
                                          const std::vector<std::string>& languages) {
    if (word.stopword) return {};
    const size_t letters = letter_count(word.word);
    if (letters < kShortestCorrected) return {};
    Xapian::Database* db = dictionary(lang);
    if (db == nullptr) return {};
    if (frequency(word.word, lang) > 0) return {};
    if (std::string accented = with_accents(word.word, lang); !accented.empty()) return accented;
    // A word of any of the index's languages is no typo: mixed-language inquiries ("mijn
    // account is locked") keep their borrowed words. (Their word lists, not their corpora:
    // one language's corpus is another's typo, "abonement" in a French tag.)
    if (Lexicon::of(lang).knows(word.word)) return {};
    for (const std::string& other : languages) {
        if (Lexicon::of(other).knows(word.word)) return {};
    }
    return db->get_spelling_suggestion(word.word, letters >= kTwoEditsFrom ? 2 : 1);
}

std::vector<Correction> SpellingCorrector::correct(std::vector<analysis::AnalyzedWord>& words, const std::string& lang,
                                                   const std::vector<std::string>& languages,
                                                   analysis::Analyzer& analyzer, const KnownTerm& known) {
    std::vector<Correction> corrections;
    for (analysis::AnalyzedWord& word : words) {
        // An unseen form of a known stem ("charges" beside "charged") matches already.
        if (known(word.term)) continue;
        std::string better = suggestion(word, lang, languages);
        if (better.empty() || better == word.word) continue;
        corrections.push_back({word.word, better, word.begin, word.end});
        word.term = analyzer.stem(better, lang);
        word.word = std::move(better);
    }
    return corrections;
}

std::string apply_corrections(std::string_view text, const std::vector<Correction>& corrections) {
    std::string corrected;
    size_t done = 0;
    for (const Correction& c : corrections) {
        if (c.begin < done || c.end > text.size()) continue;
        corrected.append(text.substr(done, c.begin - done));
        corrected.append(c.correction);
        done = c.end;
    }
    corrected.append(text.substr(done));
    return corrected;
}

}  // namespace helpdex::wording
