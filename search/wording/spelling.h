// Spelling correction from the corpus's own vocabulary: each language of the index has a
// spelling dictionary (Xapian's spelling data, in a database of its own per language, so
// that a Dutch typo is corrected to a Dutch word, never to an English one), written by the
// indexer from every published document's words.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/analysis/analyzer.h"

namespace helpdex::wording {

// The dictionaries of a generation: GEN/spelling/<lang>/, one Xapian database each.
std::filesystem::path spelling_directory(const std::filesystem::path& generation_dir, std::string_view lang);

// Whether words of `lang` are corrected: not in languages written without spaces (their
// "words" are n-grams, which have no spelling).
bool corrects_spelling(std::string_view lang);

// Counts the words of documents per language, then writes the dictionaries.
class SpellingDictionaryWriter {
public:
    // Every word of `text` (normalised, as analysed) that could be a correction target.
    void add(std::string_view lang, const std::vector<analysis::AnalyzedWord>& words);
    // Takes back what add(lang, words) counted: a document changed or left the corpus.
    void remove(std::string_view lang, const std::vector<analysis::AnalyzedWord>& words);
    // Writes GEN/spelling/<lang>/ for each language seen; words seen once are left out
    // (a typo in one case must not become the correction of the right word).
    void write(const std::filesystem::path& generation_dir) const;
    // Writes the same dictionaries as base_generation_dir's, written from the counts
    // `before`, changed to these counts: copies of them with only the words whose count
    // differs added or taken away, a fraction of write()'s time for a few documents' change.
    void write_changes(const std::filesystem::path& generation_dir, const std::filesystem::path& base_generation_dir,
                       const SpellingDictionaryWriter& before) const;
    // Adds another writer's counts to these.
    void add_counts(const SpellingDictionaryWriter& other);

    // The counts, one "lang<TAB>word<TAB>count" line each, kept in a generation for the next
    // reindex to start from. read_counts throws std::runtime_error at a malformed line.
    void write_counts(std::ostream& out) const;
    static SpellingDictionaryWriter read_counts(std::istream& in);

private:
    std::map<std::string, std::map<std::string, Xapian::termcount>, std::less<>> counts_;  // lang → word → count
};

// One word the customer wrote and what helpdex read instead.
struct Correction {
    std::string word;     // as analysed (normalised)
    std::string correction;
    size_t begin = 0;     // byte offsets of the word in the analysed text
    size_t end = 0;
};

// Not thread-safe (Xapian handles): one per thread, like the Searcher that owns it.
class SpellingCorrector {
public:
    explicit SpellingCorrector(std::filesystem::path generation_dir);

    // Whether an index term is common enough to be no typo (the searcher's database knows).
    using KnownTerm = std::function<bool(const std::string& term)>;

    // Replaces each word of `words` (analysed in `lang`) whose term the index does not know
    // and which `lang`'s dictionary lacks: by the corpus's accented form of it
    // ("reinitialisation" → "réinitialisation"), or, when no word list of `lang` or of the
    // index's other `languages` knows it either (search/wording/lexicon.h), by the likeliest
    // corpus word one edit away (two from seven letters on), re-stemmed. Returns what it
    // replaced, in order.
    std::vector<Correction> correct(std::vector<analysis::AnalyzedWord>& words, const std::string& lang,
                                    const std::vector<std::string>& languages, analysis::Analyzer& analyzer,
                                    const KnownTerm& known);

    // How often `word` occurs in the documents of `lang` (0: never, or seen only once).
    Xapian::termcount frequency(const std::string& word, const std::string& lang);

private:
    Xapian::Database* dictionary(const std::string& lang);  // nullptr when `lang` has none
    // What `word` should read: its accented form when the corpus writes it with accents,
    // else the nearest corpus word unless the language's word lists know it; "" to keep it.
    std::string suggestion(const analysis::AnalyzedWord& word, const std::string& lang,
                           const std::vector<std::string>& languages);
    std::string with_accents(const std::string& word, const std::string& lang);

    std::filesystem::path generation_dir_;
    std::map<std::string, Xapian::Database, std::less<>> open_;  // opened on first use
    std::map<std::string, bool, std::less<>> missing_;
};

// `text` with each correction's span replaced by its correction (corrections in text order).
std::string apply_corrections(std::string_view text, const std::vector<Correction>& corrections);

}  // namespace helpdex::wording
