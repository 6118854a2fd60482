// Ids and translation groups: unique ids, translations of existing originals, one
// version per language, and the languages a group lacks.
#include "indexer/check/translation_check.h"

#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace helpdex::indexer {

namespace {

using IdIndex = std::unordered_map<std::string_view, size_t>;

IdIndex index_of_kept(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep) {
    IdIndex by_id;
    by_id.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keep[i]) by_id.emplace(keys[i].id, i);
    }
    return by_id;
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string joined(const std::set<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

// Why the translation `keys[i]`, whose original is itself a translation, is wrong: a chain
// to a named original, or a cycle through `keys[i]`.
std::string chain_problem(const std::vector<DocumentKey>& keys, const IdIndex& by_id, size_t i) {
    const std::string& target = keys[i].translation_of;
    std::string cycle = keys[i].id;
    std::unordered_set<std::string_view> seen = {keys[i].id};
    for (auto at = by_id.find(target); at != by_id.end(); at = by_id.find(keys[at->second].translation_of)) {
        const DocumentKey& step = keys[at->second];
        cycle += " → " + step.id;
        if (step.id == keys[i].id) {
            return "the translations form a cycle (" + cycle + "); the original is the one without translation_of";
        }
        if (step.translation_of.empty()) return in_quotes(target) + " is itself a translation; name the original (" + in_quotes(step.id) + ")";
        if (!seen.insert(step.id).second) break;  // a cycle this document only leads into
    }
    return in_quotes(target) + " is itself a translation; name the original";
}

}  // namespace

std::vector<bool> check_unique_ids(const std::vector<DocumentKey>& keys, Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, size_t> first;
    first.reserve(keys.size());
    std::vector<bool> keep(keys.size(), true);
    for (size_t i = 0; i < keys.size(); ++i) {
        auto [it, inserted] = first.emplace(keys[i].id, i);
        if (inserted) continue;
        diagnostics.error("duplicate-id", keys[i].file, keys[i].id_line, "id",
                          in_quotes(keys[i].id) + " is already used by " + keys[it->second].source);
        keep[i] = false;
    }
    return keep;
}

void check_translation_targets(const std::vector<DocumentKey>& keys, std::vector<bool>& keep, Diagnostics& diagnostics) {
    const IdIndex by_id = index_of_kept(keys, keep);
    std::vector<size_t> failed;
    for (size_t i = 0; i < keys.size(); ++i) {
        const DocumentKey& d = keys[i];
        if (!keep[i] || d.translation_of.empty()) continue;
        const auto original = by_id.find(d.translation_of);
        std::string code, problem;
        if (original == by_id.end()) {
            code = "translation-missing-target";
            problem = in_quotes(d.translation_of) + " is not the id of any document";
        } else if (!keys[original->second].translation_of.empty()) {
            problem = chain_problem(keys, by_id, i);
            code = problem.starts_with("the translations form a cycle") ? "translation-cycle" : "translation-chain";
        } else if (d.published() && keys[original->second].status == "draft") {
            code = "translation-of-draft";
            problem = in_quotes(d.translation_of) + " is a draft, never served: publish it first, or keep this translation a draft too";
        }
        if (code.empty()) continue;
        diagnostics.error(code, d.file, d.translation_line, "translation_of", problem);
        failed.push_back(i);
    }
    // Cleared only now, so that each member of a cycle is judged by the same keys.
    for (size_t i : failed) keep[i] = false;
}

void check_group_languages(const std::vector<DocumentKey>& keys, std::vector<bool>& keep, Diagnostics& diagnostics) {
    std::map<std::pair<std::string_view, std::string_view>, size_t> version;  // (group, lang) → its document
    auto claim = [&](size_t i) {
        const DocumentKey& d = keys[i];
        auto [it, inserted] = version.emplace(std::pair{std::string_view(d.group()), std::string_view(d.lang)}, i);
        if (inserted) return;
        const DocumentKey& first = keys[it->second];
        diagnostics.error("translation-duplicate-language", d.file, d.lang_line, "lang",
                          "the translation group of " + in_quotes(d.group()) + " already has a version in " + d.lang + ": " +
                              in_quotes(first.id) + " (" + first.source + ")");
        keep[i] = false;
    };
    // The original keeps its language whatever the corpus order.
    for (bool originals : {true, false}) {
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keep[i] && keys[i].published() && keys[i].translation_of.empty() == originals) claim(i);
        }
    }
}

void report_missing_translations(const std::vector<DocumentKey>& keys, const std::vector<bool>& keep,
                                 Diagnostics& diagnostics) {
    // The languages the corpus translates into: a corpus whose articles are written in several
    // languages but never translated has no gaps to report.
    std::set<std::string> languages;
    std::unordered_map<std::string_view, std::set<std::string>> group_languages;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (!keep[i] || !keys[i].published() || !keys[i].is_article) continue;
        if (!keys[i].translation_of.empty()) languages.insert(keys[i].lang);
        group_languages[keys[i].group()].insert(keys[i].lang);
    }
    for (size_t i = 0; i < keys.size(); ++i) {
        const DocumentKey& d = keys[i];
        if (!keep[i] || !d.published() || !d.is_article || !d.translation_of.empty()) continue;
        std::set<std::string> missing;
        const std::set<std::string>& present = group_languages[d.id];
        for (const auto& lang : languages) {
            if (!present.contains(lang)) missing.insert(lang);
        }
        if (missing.empty()) continue;
        diagnostics.notice("translation-missing-language", d.file, 0, "",
                           "its translation group has no version in " + joined(missing) +
                               (missing.size() == 1 ? ", a language other articles are translated into"
                                                    : ", languages other articles are translated into"));
    }
}

}  // namespace helpdex::indexer
