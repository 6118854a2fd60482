// Learning from documents, unlearning them, and keeping what was learnt between generations.
#include "indexer/learnt_state.h"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "indexer/bridge_units.h"
#include "search/index_layout.h"

namespace helpdex::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLanguagesFile = "languages.tsv";
constexpr const char* kSpellingFile = "spelling.tsv";
constexpr const char* kAlignedFile = "aligned_units.tsv";
constexpr const char* kGlossaryWordsFile = "glossary_words.tsv";

// Every piece of `d` the spelling dictionary counts, analysed in its language.
template <typename Count>
void count_spelling(const KbDocument& d, analysis::Analyzer& analyzer, const Count& count) {
    if (!wording::corrects_spelling(d.lang)) return;
    count(analyzer.analyze(d.title, d.lang));
    for (const auto& tag : d.tags) count(analyzer.analyze(tag, d.lang));
    for (const auto& symptom : d.symptoms) count(analyzer.analyze(symptom, d.lang));
    count(analyzer.analyze(d.body_text, d.lang));
}

// Every text of `d` the language model counts.
template <typename Count>
void count_languages(const KbDocument& d, const Count& count) {
    count(d.title);
    for (const auto& symptom : d.symptoms) count(symptom);
    count(d.body_text);
}

void write_table(const fs::path& path, const auto& write) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    write(out);
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

template <typename Read>
auto read_table(const fs::path& path, const Read& read) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    try {
        return read(in);
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(path.string() + ": " + error.what());
    }
}

// The editor's key concepts are words customers use: each is a correction target however
// rarely the documents write it (counted twice, past the dictionary's once-seen cut).
void add_glossary_words(const Glossary& glossary, wording::SpellingDictionaryWriter& spelling) {
    analysis::Analyzer analyzer;
    for (const GlossaryConcept& concept_ : glossary.concepts) {
        for (const auto& [lang, phrases] : concept_.phrases) {
            for (const std::string& phrase : phrases) {
                const auto words = analyzer.analyze(phrase, lang);
                spelling.add(lang, words);
                spelling.add(lang, words);
            }
        }
    }
}

}  // namespace

void learn_from(const KbDocument& d, bool translated, analysis::Analyzer& analyzer, LearntFromDocuments& learnt) {
    count_languages(d, [&](const std::string& text) { learnt.languages.add(d.lang, text); });
    if (d.type != "case" && translated) add_aligned_units(d, analyzer, learnt.aligned);
    count_spelling(d, analyzer, [&](const auto& words) { learnt.spelling.add(d.lang, words); });
}

void unlearn(const KbDocument& d, analysis::Analyzer& analyzer, LearntFromDocuments& learnt) {
    count_languages(d, [&](const std::string& text) { learnt.languages.remove(d.lang, text); });
    count_spelling(d, analyzer, [&](const auto& words) { learnt.spelling.remove(d.lang, words); });
}

void save_learnt(const LearntFromDocuments& learnt, const fs::path& generation_dir) {
    const fs::path dir = generation_dir / kLearntDir;
    fs::create_directories(dir);
    write_table(dir / kLanguagesFile, [&](std::ostream& out) { learnt.languages.write_counts(out); });
    write_table(dir / kSpellingFile, [&](std::ostream& out) { learnt.spelling.write_counts(out); });
    write_table(dir / kAlignedFile, [&](std::ostream& out) { learnt.aligned.write(out); });
    for (const char* file : {kLanguagesFile, kSpellingFile, kAlignedFile}) sync_file(dir / file);
}

std::optional<LearntFromDocuments> load_learnt(const fs::path& generation_dir) {
    const fs::path dir = generation_dir / kLearntDir;
    std::error_code error;
    if (!fs::is_directory(dir, error)) return std::nullopt;
    LearntFromDocuments learnt;
    learnt.languages = read_table(dir / kLanguagesFile, analysis::LanguageDetector::Trainer::read_counts);
    learnt.spelling = read_table(dir / kSpellingFile, wording::SpellingDictionaryWriter::read_counts);
    learnt.aligned = read_table(dir / kAlignedFile, bridge::AlignedUnits::read);
    return learnt;
}

std::optional<DictionaryBase> load_dictionary_base(const fs::path& generation_dir, const LearntFromDocuments& learnt) {
    const fs::path path = generation_dir / kLearntDir / kGlossaryWordsFile;
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return std::nullopt;
    DictionaryBase base{generation_dir, read_table(path, wording::SpellingDictionaryWriter::read_counts)};
    base.counts.add_counts(learnt.spelling);
    return base;
}

void write_models(LearntFromDocuments learnt, const Glossary& glossary, const fs::path& generation_dir,
                  const DictionaryBase* base) {
    bridge::TermBridge bridge = learnt.aligned.learn();
    analysis::Analyzer analyzer;
    apply_glossary(glossary, analyzer, bridge);
    write_file_synced(generation_dir / layout::kTermBridgeFile, bridge.to_json().dump());
    write_file_synced(generation_dir / layout::kLanguageModelFile, learnt.languages.finish().to_json().dump());
    wording::SpellingDictionaryWriter glossary_words;
    add_glossary_words(glossary, glossary_words);
    const fs::path kept = generation_dir / kLearntDir / kGlossaryWordsFile;
    fs::create_directories(kept.parent_path());
    write_table(kept, [&](std::ostream& out) { glossary_words.write_counts(out); });
    sync_file(kept);
    learnt.spelling.add_counts(glossary_words);
    if (base) learnt.spelling.write_changes(generation_dir, base->generation_dir, base->counts);
    else learnt.spelling.write(generation_dir);
}

}  // namespace helpdex::indexer
