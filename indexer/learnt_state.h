// What the indexer learns from the documents besides the index: the language model's
// counts, the translations' aligned units and the spelling dictionaries' counts. A
// generation keeps them (GEN/learnt/) so that the next reindex adds and takes away the
// documents that changed instead of reading every document again.
#pragma once

#include <filesystem>
#include <optional>

#include "indexer/glossary.h"
#include "search/analysis/analyzer.h"
#include "search/analysis/language_detector.h"
#include "search/bridge/alignment.h"
#include "search/document.h"
#include "search/wording/spelling.h"

namespace helpdex::indexer {

inline constexpr const char* kLearntDir = "learnt";

struct LearntFromDocuments {
    analysis::LanguageDetector::Trainer languages;
    bridge::AlignedUnits aligned;
    wording::SpellingDictionaryWriter spelling;
};

// Counts `d`'s text into the language and spelling counts and, when its translation group
// has more than one published article (`translated`), its units into the aligned ones.
void learn_from(const KbDocument& d, bool translated, analysis::Analyzer& analyzer, LearntFromDocuments& learnt);

// Takes back what learn_from counted of `d` into the language and spelling counts. (Aligned
// units are taken back by group: AlignedUnits::remove_group.)
void unlearn(const KbDocument& d, analysis::Analyzer& analyzer, LearntFromDocuments& learnt);

// Writes GEN/learnt/: languages.tsv, spelling.tsv, aligned_units.tsv.
void save_learnt(const LearntFromDocuments& learnt, const std::filesystem::path& generation_dir);

// What GEN/learnt/ holds; nullopt for a generation that keeps none (written by an older
// helpdex). Throws std::runtime_error, naming the file and line, when a file is malformed.
std::optional<LearntFromDocuments> load_learnt(const std::filesystem::path& generation_dir);

// What a generation's spelling dictionaries were written from: its documents' word counts and
// its glossary's (GEN/learnt/glossary_words.tsv).
struct DictionaryBase {
    std::filesystem::path generation_dir;
    wording::SpellingDictionaryWriter counts;
};
// nullopt for a generation that keeps no glossary counts; throws std::runtime_error when
// they are malformed.
std::optional<DictionaryBase> load_dictionary_base(const std::filesystem::path& generation_dir,
                                                   const LearntFromDocuments& learnt);

// The models the generation is served with: the language model, the term bridge (what the
// translations taught, then the editor's glossary over it) and the spelling dictionaries
// (with the glossary's words, which `learnt` gets: save it first). Given a `base`, the
// dictionaries are the base's changed by the counts' differences.
void write_models(LearntFromDocuments learnt, const Glossary& glossary, const std::filesystem::path& generation_dir,
                  const DictionaryBase* base = nullptr);

}  // namespace helpdex::indexer
