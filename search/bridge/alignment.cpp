// IBM model 1 over aligned units, one model per ordered language pair.
#include "search/bridge/alignment.h"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <ostream>
#include <set>
#include <unordered_map>

#include "common/tab_separated.h"

namespace helpdex::bridge {

namespace {

using TermId = uint32_t;
constexpr TermId kNull = 0;  // the empty word on the source side: absorbs target words without a counterpart

struct Vocabulary {
    std::unordered_map<std::string, TermId> ids;
    std::vector<std::string> terms{""};
    TermId id(const std::string& term) {
        auto [it, added] = ids.try_emplace(term, static_cast<TermId>(terms.size()));
        if (added) terms.push_back(term);
        return it->second;
    }
};

struct SentencePair {
    std::vector<TermId> source;  // starts with kNull
    std::vector<TermId> target;
    std::vector<uint32_t> slots;  // of each (source, target) couple, source-major: where t(f | e) is kept
};

uint64_t pair_key(TermId e, TermId f) { return (static_cast<uint64_t>(e) << 32) | f; }

// t(f | e) for each co-occurring couple, in slots numbered once so that the iterations
// index arrays instead of hashing: EM over every language pair of a corpus then takes
// milliseconds.
struct TranslationTable {
    std::vector<TermId> source_of;  // by slot
    std::vector<TermId> target_of;
    std::vector<double> probability;
};

TranslationTable number_slots(std::vector<SentencePair>& pairs) {
    TranslationTable table;
    std::unordered_map<uint64_t, uint32_t> slot_of;
    for (auto& p : pairs) {
        p.slots.reserve(p.source.size() * p.target.size());
        for (TermId e : p.source) {
            for (TermId f : p.target) {
                auto [it, added] = slot_of.try_emplace(pair_key(e, f), static_cast<uint32_t>(table.source_of.size()));
                if (added) {
                    table.source_of.push_back(e);
                    table.target_of.push_back(f);
                }
                p.slots.push_back(it->second);
            }
        }
    }
    return table;
}

// EM, starting uniform over the couples that co-occur.
TranslationTable train(std::vector<SentencePair>& pairs, size_t source_vocabulary, size_t target_vocabulary, int iterations) {
    TranslationTable table = number_slots(pairs);
    table.probability.assign(table.source_of.size(), 1.0 / static_cast<double>(std::max<size_t>(target_vocabulary, 1)));
    std::vector<double> counts(table.probability.size()), totals(source_vocabulary + 1);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::fill(counts.begin(), counts.end(), 0.0);
        std::fill(totals.begin(), totals.end(), 0.0);
        for (const auto& p : pairs) {
            const size_t width = p.target.size();
            for (size_t j = 0; j < width; ++j) {
                double z = 0;
                for (size_t i = 0; i < p.source.size(); ++i) z += table.probability[p.slots[i * width + j]];
                for (size_t i = 0; i < p.source.size(); ++i) {
                    const uint32_t slot = p.slots[i * width + j];
                    const double c = table.probability[slot] / z;
                    counts[slot] += c;
                    totals[p.source[i]] += c;
                }
            }
        }
        for (size_t slot = 0; slot < counts.size(); ++slot) table.probability[slot] = counts[slot] / totals[table.source_of[slot]];
    }
    return table;
}

// The sentence pairs of `from` → `to`, and how many units each source term occurs in.
// Units longer than kMaxUnitTerms on either side are left out: a long section aligns
// every word with every other and costs the square of its length.
constexpr size_t kMaxUnitTerms = 48;

std::vector<SentencePair> sentence_pairs(const std::map<std::string, std::map<std::string, std::vector<std::string>>>& units,
                                         const std::string& from, const std::string& to, Vocabulary& source,
                                         Vocabulary& target, std::unordered_map<TermId, size_t>& occurrences) {
    std::vector<SentencePair> pairs;
    for (const auto& [unit, by_lang] : units) {
        const auto a = by_lang.find(from), b = by_lang.find(to);
        if (a == by_lang.end() || b == by_lang.end() || a->second.empty() || b->second.empty()) continue;
        if (a->second.size() > kMaxUnitTerms || b->second.size() > kMaxUnitTerms) continue;
        SentencePair pair;
        pair.source.push_back(kNull);
        for (const auto& term : a->second) pair.source.push_back(source.id(term));
        for (const auto& term : b->second) pair.target.push_back(target.id(term));
        for (TermId e : std::set<TermId>(pair.source.begin() + 1, pair.source.end())) ++occurrences[e];
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

void learn_pair(const std::map<std::string, std::map<std::string, std::vector<std::string>>>& units, const std::string& from,
                const std::string& to, const AlignmentOptions& options, TermBridge& bridge) {
    Vocabulary source, target;
    std::unordered_map<TermId, size_t> occurrences;
    std::vector<SentencePair> pairs = sentence_pairs(units, from, to, source, target, occurrences);
    if (pairs.empty()) return;
    const TranslationTable t = train(pairs, source.terms.size(), target.terms.size() - 1, options.iterations);
    std::unordered_map<TermId, std::vector<Translation>> best;
    for (size_t slot = 0; slot < t.probability.size(); ++slot) {
        const TermId e = t.source_of[slot];
        const double probability = t.probability[slot];
        if (e == kNull || probability < options.min_probability || occurrences[e] < options.min_occurrences) continue;
        best[e].push_back({target.terms[t.target_of[slot]], static_cast<float>(probability)});
    }
    for (auto& [e, translations] : best) {
        std::sort(translations.begin(), translations.end(), [](const Translation& a, const Translation& b) {
            return a.probability != b.probability ? a.probability > b.probability : a.term < b.term;
        });
        if (translations.size() > options.max_translations) translations.resize(options.max_translations);
        bridge.set(from, source.terms[e], to, std::move(translations));
    }
}

}  // namespace

void AlignedUnits::add(const std::string& unit, const std::string& lang, const std::vector<std::string>& terms) {
    // Each term once per unit: a word repeated in a section is no more evidence of its
    // translation, and the unit stays short.
    auto& stored = units_[unit][lang];
    for (const auto& term : terms) {
        if (std::find(stored.begin(), stored.end(), term) == stored.end()) stored.push_back(term);
    }
}

void AlignedUnits::remove_group(const std::string& group) {
    // Unit names are the group, "#", then the unit: they sort between "group#" and "group$".
    units_.erase(units_.lower_bound(group + "#"), units_.lower_bound(group + "$"));
}

void AlignedUnits::write(std::ostream& out) const {
    for (const auto& [unit, by_lang] : units_) {
        for (const auto& [lang, terms] : by_lang) {
            out << unit << '\t' << lang;
            for (const auto& term : terms) out << '\t' << term;
            out << '\n';
        }
    }
}

AlignedUnits AlignedUnits::read(std::istream& in) {
    AlignedUnits units;
    read_tab_separated(in, "aligned units", "unit, lang, terms", [&](const std::vector<std::string_view>& fields) {
        if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) return false;
        units.units_[std::string(fields[0])][std::string(fields[1])].assign(fields.begin() + 2, fields.end());
        return true;
    });
    return units;
}

TermBridge AlignedUnits::learn(const AlignmentOptions& options) const {
    std::set<std::string> languages;
    for (const auto& [unit, by_lang] : units_)
        for (const auto& [lang, terms] : by_lang) languages.insert(lang);
    TermBridge bridge;
    for (const auto& from : languages)
        for (const auto& to : languages)
            if (from != to) learn_pair(units_, from, to, options, bridge);
    return bridge;
}

}  // namespace helpdex::bridge
