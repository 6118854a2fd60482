// Reading glossary.yaml and adding it to the term bridge.
#include "indexer/glossary.h"

#include <set>
#include <tuple>

#include <yaml-cpp/yaml.h>

#include "common/files.h"
#include "search/analysis/language.h"

namespace helpdex::indexer {

namespace {

size_t line_of(const YAML::Node& node) { return node.Mark().line >= 0 ? static_cast<size_t>(node.Mark().line) + 1 : 0; }

// One language's phrases: a string or a list of strings.
std::vector<std::string> phrases_of(const YAML::Node& node, const std::string& field, const std::string& file,
                                    Diagnostics& diagnostics) {
    std::vector<std::string> phrases;
    auto add = [&](const YAML::Node& item) {
        if (!item.IsScalar() || item.Scalar().find_first_not_of(" \t") == std::string::npos) {
            diagnostics.error("invalid-glossary", file, line_of(item), field, "must be a word or phrase (or a list of them)");
            return;
        }
        phrases.push_back(item.Scalar());
    };
    if (node.IsSequence()) {
        for (const auto& item : node) add(item);
    } else {
        add(node);
    }
    return phrases;
}

std::optional<GlossaryConcept> parse_concept(const YAML::Node& key, const YAML::Node& node, const std::string& file,
                                             Diagnostics& diagnostics) {
    const std::string name = key.as<std::string>();
    if (!node.IsMap()) {
        diagnostics.error("invalid-glossary", file, line_of(key), name, "must map language codes to words (en: [refund, money back])");
        return std::nullopt;
    }
    GlossaryConcept concept_{name, {}};
    for (const auto& entry : node) {
        const std::string lang = entry.first.as<std::string>();
        const std::string field = name + "." + lang;
        if (!analysis::find_language(lang)) {
            diagnostics.error("invalid-glossary", file, line_of(entry.first), field, "\"" + lang + "\" is not a known language code");
            continue;
        }
        auto phrases = phrases_of(entry.second, field, file, diagnostics);
        if (!phrases.empty()) concept_.phrases[lang] = std::move(phrases);
    }
    if (concept_.phrases.size() < 2) {
        diagnostics.warning("glossary-one-language", file, line_of(key), name, "names fewer than two languages: it translates nothing");
        return std::nullopt;
    }
    return concept_;
}

std::vector<std::string> content_terms(analysis::Analyzer& analyzer, const std::vector<std::string>& phrases,
                                       const std::string& lang) {
    std::set<std::string> terms;
    for (const auto& phrase : phrases)
        for (const auto& word : analyzer.analyze(phrase, lang))
            if (!word.stopword) terms.insert(word.term);
    return {terms.begin(), terms.end()};
}

}  // namespace

Glossary parse_glossary(std::string_view yaml, const std::string& file, Diagnostics& diagnostics) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        diagnostics.error("invalid-glossary", file, e.mark.line >= 0 ? static_cast<size_t>(e.mark.line) + 1 : 0, "", "not valid YAML: " + e.msg);
        return {};
    }
    Glossary glossary;
    if (root.IsNull()) return glossary;
    if (!root.IsMap()) {
        diagnostics.error("invalid-glossary", file, 1, "", "must map concept names to their words in each language");
        return glossary;
    }
    for (const auto& entry : root) {
        if (auto concept_ = parse_concept(entry.first, entry.second, file, diagnostics)) {
            glossary.concepts.push_back(std::move(*concept_));
        }
    }
    return glossary;
}

Glossary read_glossary(const std::filesystem::path& corpus_dir, Diagnostics& diagnostics) {
    const std::filesystem::path path = corpus_dir / "glossary.yaml";
    if (!std::filesystem::exists(path)) return {};
    return parse_glossary(read_file(path), "glossary.yaml", diagnostics);
}

void apply_glossary(const Glossary& glossary, analysis::Analyzer& analyzer, bridge::TermBridge& bridge) {
    // (from, term, to) → its translations over every concept that names the term.
    std::map<std::tuple<std::string, std::string, std::string>, std::set<std::string>> table;
    for (const GlossaryConcept& concept_ : glossary.concepts) {
        std::map<std::string, std::vector<std::string>> terms;
        for (const auto& [lang, phrases] : concept_.phrases) terms[lang] = content_terms(analyzer, phrases, lang);
        for (const auto& [from, sources] : terms)
            for (const auto& [to, targets] : terms)
                if (from != to)
                    for (const auto& source : sources) table[{from, source, to}].insert(targets.begin(), targets.end());
    }
    for (const auto& [key, targets] : table) {
        std::vector<bridge::Translation> translations;
        for (const auto& target : targets) translations.push_back({target, 1.0f});
        bridge.set(std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(translations));
    }
}

}  // namespace helpdex::indexer
