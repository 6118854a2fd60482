// Reading synonyms.yaml, finding its phrases in an inquiry, and watching the file.
#include "search/wording/synonyms.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "search/analysis/language.h"

namespace fs = std::filesystem;

namespace helpdex::wording {

namespace {

size_t line_of(const YAML::Mark& mark) { return mark.line >= 0 ? static_cast<size_t>(mark.line) + 1 : 0; }

// Where `phrase` occurs in `words`, the first of its content terms the query searches; ""
// when it does not occur (or only as function words).
std::string anchor_of(const std::vector<std::string>& phrase, const std::vector<analysis::AnalyzedWord>& words,
                      size_t start, const QueryTerms& terms) {
    if (start + phrase.size() > words.size()) return {};
    for (size_t k = 0; k < phrase.size(); ++k) {
        if (words[start + k].term != phrase[k]) return {};
    }
    for (size_t k = 0; k < phrase.size(); ++k) {
        const analysis::AnalyzedWord& word = words[start + k];
        if (!word.stopword && terms.contains(word.term)) return word.term;
    }
    return {};
}

}  // namespace

std::string SynonymProblem::to_string() const {
    return file + ":" + std::to_string(line) + ": " + message;
}

void Synonyms::add_group(const std::string& lang, std::vector<Phrase> phrases) {
    Language& language = by_language_[lang];
    const size_t group = language.groups.size();
    for (size_t p = 0; p < phrases.size(); ++p) language.starting_with[phrases[p].front()].push_back({group, p});
    language.groups.push_back(std::move(phrases));
    ++groups_;
}

std::optional<Synonyms> Synonyms::parse(std::string_view yaml, const std::string& file,
                                        std::vector<SynonymProblem>& problems) {
    Synonyms synonyms;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        problems.push_back({file, line_of(e.mark), "not valid YAML: " + e.msg});
        return std::nullopt;
    }
    if (root.IsNull()) return synonyms;
    if (!root.IsMap()) {
        problems.push_back({file, line_of(root.Mark()), "must map language codes to lists of synonym groups (en: [[pw, password]])"});
        return std::nullopt;
    }
    analysis::Analyzer analyzer;
    for (const auto& entry : root) {
        const std::string lang = entry.first.as<std::string>();
        if (!analysis::find_language(lang)) {
            problems.push_back({file, line_of(entry.first.Mark()), "\"" + lang + "\" is not a known language code"});
            continue;
        }
        if (!entry.second.IsSequence()) {
            problems.push_back({file, line_of(entry.second.Mark()), lang + ": must be a list of groups ([pw, password])"});
            continue;
        }
        for (const YAML::Node& group : entry.second) {
            std::vector<Phrase> phrases;
            for (const YAML::Node& item : group) {
                if (!item.IsScalar()) continue;
                Phrase phrase;
                for (const auto& word : analyzer.analyze(item.Scalar(), lang)) phrase.push_back(word.term);
                if (!phrase.empty() && std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) {
                    phrases.push_back(std::move(phrase));
                }
            }
            if (!group.IsSequence() || phrases.size() < 2) {
                problems.push_back({file, line_of(group.Mark()), lang + ": a group must list two or more words or phrases that analyse differently (words stemmed alike already match each other)"});
                continue;
            }
            synonyms.add_group(lang, std::move(phrases));
        }
    }
    return synonyms;
}

void Synonyms::expand(QueryTerms& terms, const std::vector<analysis::AnalyzedWord>& words, const std::string& lang) const {
    const auto language = by_language_.find(lang);
    if (language == by_language_.end()) return;
    for (size_t start = 0; start < words.size(); ++start) {
        const auto candidates = language->second.starting_with.find(words[start].term);
        if (candidates == language->second.starting_with.end()) continue;
        for (const PhraseRef& ref : candidates->second) {
            const std::vector<Phrase>& group = language->second.groups[ref.group];
            const std::string anchor = anchor_of(group[ref.phrase], words, start, terms);
            if (anchor.empty()) continue;
            auto& alternatives = terms.alternatives[anchor];
            for (size_t p = 0; p < group.size(); ++p) {
                const bool known = std::find(alternatives.begin(), alternatives.end(), group[p]) != alternatives.end();
                if (p != ref.phrase && !known && group[p] != std::vector<std::string>{anchor}) alternatives.push_back(group[p]);
            }
        }
    }
}

const Synonyms& no_synonyms() {
    static const Synonyms none;
    return none;
}

SynonymsFile::SynonymsFile(fs::path path) : path_(std::move(path)), current_(std::make_shared<Synonyms>()) {}

SynonymsFile::Refresh SynonymsFile::refresh() {
    std::lock_guard lock(mutex_);
    Refresh result;
    std::error_code absent;  // a missing file is no error: there are no synonyms
    const bool exists = fs::is_regular_file(path_, absent);
    std::error_code error;   // it went between the looks: look again next time
    const auto stamp = exists ? fs::last_write_time(path_, error) : fs::file_time_type{};
    const auto size = exists ? fs::file_size(path_, error) : 0;
    if (error || (exists == seen_ && stamp == stamp_ && size == size_)) return result;
    seen_ = exists, stamp_ = stamp, size_ = size;
    result.reread = true;
    if (!exists) {
        current_ = std::make_shared<Synonyms>();
        return result;
    }
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        result.problems.push_back({path_.string(), 0, "cannot be read: keeping the synonyms in use"});
        return result;
    }
    if (auto parsed = Synonyms::parse(text.str(), path_.string(), result.problems)) {
        current_ = std::make_shared<const Synonyms>(std::move(*parsed));
    }
    return result;
}

std::shared_ptr<const Synonyms> SynonymsFile::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

}  // namespace helpdex::wording
