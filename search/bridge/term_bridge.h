// Translations of query terms between the index's languages, learnt from the corpus's own
// translation groups (search/bridge/alignment.h) and an editor's glossary: how an inquiry in
// one language reaches an answer that exists only in another.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace helpdex::bridge {

struct Translation {
    std::string term;         // an index term of the target language (stemmed as indexed)
    float probability = 0.f;  // how likely the source term means this one, in (0, 1]
};

// Immutable once built: thread-safe to share.
class TermBridge {
public:
    // The translations of `term`, an index term of language `from`, into language `to`,
    // most likely first; empty when none is known.
    std::span<const Translation> translate(std::string_view from, std::string_view term, std::string_view to) const;

    // Sets the translations of one term, replacing any learnt before (the glossary wins).
    void set(std::string_view from, std::string_view term, std::string_view to, std::vector<Translation> translations);

    bool empty() const { return table_.empty(); }
    size_t size() const { return table_.size(); }  // source terms × target languages with translations

    nlohmann::json to_json() const;
    // Throws std::runtime_error on a malformed model.
    static TermBridge from_json(const nlohmann::json& model);

private:
    static std::string key(std::string_view from, std::string_view term, std::string_view to);

    std::unordered_map<std::string, std::vector<Translation>> table_;  // "from\tto\tterm" → best first
};

// Whether `sorted_terms`, the terms of a text in language `to`, hold `term` of language
// `from`: itself, or (in another language) one of its translations.
bool holds(const TermBridge& bridge, const std::vector<std::string>& sorted_terms, const std::string& term,
           std::string_view from, std::string_view to);

}  // namespace helpdex::bridge
