// Language choice from the hint, the index's languages and detection.
#include "search/language_choice.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "search/analysis/broad_language.h"
#include "search/analysis/language_profile.h"
#include "search/generation.h"

namespace helpdex {

namespace {

// The prior mass put on the hinted language; the rest is shared by the others.
constexpr double kHintPrior = 0.9;
constexpr double kAcceptLanguagePrior = 0.6;
// CLD2 is believed about a language the index lacks only when it is this sure.
constexpr int kBroadPercent = 80;

// A text of fewer words weighs less against a prior: the detector's posterior is raised to
// words / kWordsOfFullEvidence. Two words shared by several languages ("camera offline")
// look decisive to naive Bayes; they are not.
constexpr double kWordsOfFullEvidence = 8.0;

std::string first_language(const Generation& generation) {
    const auto& languages = generation.languages();
    return languages.empty() ? "en" : languages.front();
}

// The winning language and its probability once `favoured` is given `prior` mass before the
// text is read (no prior when the detector does not know `favoured`).
std::pair<size_t, double> with_prior(const analysis::LanguageDetector& detector, analysis::LanguagePosterior posterior,
                                     const std::string& favoured, double prior) {
    const auto& languages = detector.languages();
    const auto it = std::find(languages.begin(), languages.end(), favoured);
    const size_t n = languages.size();
    if (it != languages.end() && n > 1) {
        const auto f = static_cast<size_t>(it - languages.begin());
        const double strength = std::min(1.0, static_cast<double>(posterior.words) / kWordsOfFullEvidence);
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            posterior.probability[i] = std::pow(posterior.probability[i], strength);
            posterior.probability[i] *= i == f ? prior : (1.0 - prior) / static_cast<double>(n - 1);
            sum += posterior.probability[i];
        }
        for (double& p : posterior.probability) p /= sum;
    }
    const auto& p = posterior.probability;
    const auto winner = static_cast<size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    return {winner, p[winner]};
}

bool holds(const Generation& generation, std::string_view lang) {
    const auto& languages = generation.languages();
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

// The index language a text in `lang`, which the index lacks, is read in.
std::string closest_index_language(const Generation& generation, std::string_view lang) {
    for (std::string_view relative : analysis::language_profile(lang).relatives) {
        if (holds(generation, relative)) return std::string(relative);
    }
    return holds(generation, "en") ? "en" : first_language(generation);
}

// The choice, said to be in a language the index lacks when it is one.
LanguageChoice placed(const Generation& generation, LanguageChoice choice) {
    choice.in_index = holds(generation, choice.guess.language) || generation.languages().empty();
    choice.read_as = choice.in_index ? choice.guess.language : closest_index_language(generation, choice.guess.language);
    return choice;
}

// A reliable CLD2 verdict for a language the index lacks, or nothing.
std::optional<analysis::LanguageGuess> language_outside_index(const Generation& generation, std::string_view text) {
    const analysis::BroadGuess broad = analysis::detect_broadly(text);
    if (!broad.reliable || broad.percent < kBroadPercent || broad.language.empty()) return std::nullopt;
    if (holds(generation, broad.language) || !analysis::find_language_profile(broad.language)) return std::nullopt;
    return analysis::LanguageGuess{broad.language, broad.percent / 100.0};
}

}  // namespace

std::string_view language_source_name(LanguageSource source) {
    switch (source) {
        case LanguageSource::detected: return "detected";
        case LanguageSource::hint: return "hint";
        case LanguageSource::hint_overruled: return "hint_overruled";
        case LanguageSource::accept_language: return "accept_language";
        case LanguageSource::index_language: return "index_language";
    }
    return "detected";
}

analysis::LanguageGuess choose_language(const Generation& generation, std::string_view text, std::string_view hint) {
    if (!hint.empty()) return {std::string(hint), 1.0};
    const auto& languages = generation.languages();
    // An index in one language answers in that language whatever the inquiry looks like.
    if (languages.size() == 1) return {languages.front(), 1.0};
    auto guess = generation.language_detector().detect(text);
    if (guess.language.empty()) guess.language = first_language(generation);
    return guess;
}

LanguageChoice choose_inquiry_language(const Generation& generation, std::string_view text, const LanguagePriors& priors) {
    LanguageChoice choice = placed(generation, choose_index_language(generation, text, priors));
    if (priors.hint.empty() || choice.source == LanguageSource::hint_overruled) {
        if (auto outside = language_outside_index(generation, text)) {
            // Read as the index language the text looks most like (Portuguese: Spanish).
            const std::string closest = choice.in_index ? choice.read_as : closest_index_language(generation, outside->language);
            choice = {*outside, LanguageSource::detected, false, closest};
        }
    }
    return choice;
}

LanguageChoice choose_index_language(const Generation& generation, std::string_view text, const LanguagePriors& priors) {
    const auto& detector = generation.language_detector();
    const auto& known = detector.languages();
    const bool hint_known = std::find(known.begin(), known.end(), priors.hint) != known.end();
    // A hint the detector cannot weigh (a language the index lacks) is taken as given.
    if (!priors.hint.empty() && !hint_known) return {.guess = {priors.hint, 1.0}, .source = LanguageSource::hint};
    if (generation.languages().size() == 1 || known.size() < 2) {
        const std::string only = known.empty() ? first_language(generation) : known.front();
        return {.guess = {priors.hint.empty() ? only : priors.hint, 1.0},
                .source = priors.hint.empty() ? LanguageSource::index_language : LanguageSource::hint};
    }
    const analysis::LanguagePosterior posterior = detector.posterior(text);
    const bool hinted = !priors.hint.empty();
    const std::string& favoured = hinted ? priors.hint : priors.accept_language;
    const auto [winner, probability] = with_prior(detector, posterior, favoured, hinted ? kHintPrior : kAcceptLanguagePrior);
    LanguageChoice choice{.guess = {known[winner], posterior.features == 0 ? 0.0 : probability}, .source = LanguageSource::detected};
    const auto detected = std::max_element(posterior.probability.begin(), posterior.probability.end());
    const bool text_chose_it = posterior.features > 0 &&
                               known[static_cast<size_t>(detected - posterior.probability.begin())] == choice.guess.language;
    if (choice.guess.language != favoured) {
        if (hinted) choice.source = LanguageSource::hint_overruled;
    } else if (!text_chose_it) {
        choice.source = hinted ? LanguageSource::hint : LanguageSource::accept_language;
    }
    return choice;
}

}  // namespace helpdex
