// Naive Bayes language identification trained per index.
#include "search/analysis/language_detector.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "search/analysis/normalizer.h"
#include "search/analysis/tokenizer.h"

namespace helpdex::analysis {

namespace {

constexpr size_t kMaxGram = 4;

}  // namespace

std::vector<std::string> language_features(std::string_view text) {
    thread_local Tokenizer tokenizer;
    std::vector<std::string> features;
    for (const Token& token : tokenizer.tokenize(text)) {
        if (token.kind == TokenKind::number) continue;
        const std::string word = normalize(token.text);
        features.push_back("w:" + word);
        const std::string padded = "_" + word + "_";
        const auto bounds = code_point_offsets(padded);
        const size_t chars = bounds.size() - 1;
        for (size_t n = 1; n <= kMaxGram; ++n) {
            for (size_t start = 0; start + n <= chars; ++start) {
                if (n == 1 && (start == 0 || start + 1 == chars)) continue;  // lone "_"
                features.push_back(padded.substr(bounds[start], bounds[start + n] - bounds[start]));
            }
        }
    }
    return features;
}

void LanguageDetector::Trainer::add(std::string_view lang, std::string_view text) {
    auto& counts = counts_[std::string(lang)];
    for (auto& feature : language_features(text)) counts[feature] += 1.0;
}

LanguageDetector LanguageDetector::Trainer::finish(size_t max_features_per_language) const {
    LanguageDetector detector;
    std::vector<std::string> languages;
    for (const auto& [lang, counts] : counts_) languages.push_back(lang);
    std::sort(languages.begin(), languages.end());
    for (const auto& lang : languages) {
        const auto& counts = counts_.at(lang);
        std::vector<std::pair<std::string, double>> top(counts.begin(), counts.end());
        if (top.size() > max_features_per_language) {
            std::partial_sort(top.begin(), top.begin() + static_cast<long>(max_features_per_language), top.end(),
                              [](const auto& a, const auto& b) { return a.second > b.second || (a.second == b.second && a.first < b.first); });
            top.resize(max_features_per_language);
        }
        double total = 0;
        for (const auto& [feature, count] : counts) total += count;
        // Add-half smoothing over the kept vocabulary plus one slot for everything unseen.
        const double alpha = 0.5;
        const double denominator = total + alpha * static_cast<double>(top.size() + 1);
        Model model;
        for (const auto& [feature, count] : top) {
            model.log_prob.emplace(feature, static_cast<float>(std::log((count + alpha) / denominator)));
        }
        model.unseen = static_cast<float>(std::log(alpha / denominator));
        // Uniform prior: a language with a small corpus is no less likely to write in.
        model.prior = static_cast<float>(-std::log(static_cast<double>(languages.size())));
        detector.languages_.push_back(lang);
        detector.models_.push_back(std::move(model));
    }
    return detector;
}

LanguageGuess LanguageDetector::detect(std::string_view text) const {
    if (languages_.empty()) return {};
    const auto features = language_features(text);
    if (features.empty()) return {languages_.front(), 0.0};
    std::vector<double> scores(languages_.size());
    for (size_t i = 0; i < models_.size(); ++i) {
        double score = models_[i].prior;
        for (const auto& feature : features) {
            auto it = models_[i].log_prob.find(feature);
            score += it == models_[i].log_prob.end() ? models_[i].unseen : it->second;
        }
        scores[i] = score;
    }
    // Naive Bayes multiplies dependent n-gram evidence; dividing by the square root of the
    // feature count tempers its overconfidence so the posterior reads as a probability.
    const double temper = std::sqrt(static_cast<double>(features.size()));
    const double best = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (double& s : scores) {
        s = std::exp((s - best) / temper);
        sum += s;
    }
    const auto winner = static_cast<size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    return {languages_[winner], scores[winner] / sum};
}

nlohmann::json LanguageDetector::to_json() const {
    nlohmann::json out = {{"format", "helpdex-langid-1"}, {"languages", nlohmann::json::array()}};
    for (size_t i = 0; i < languages_.size(); ++i) {
        out["languages"].push_back({{"code", languages_[i]},
                                    {"prior", models_[i].prior},
                                    {"unseen", models_[i].unseen},
                                    {"log_prob", models_[i].log_prob}});
    }
    return out;
}

LanguageDetector LanguageDetector::from_json(const nlohmann::json& model) {
    if (!model.is_object() || model.value("format", "") != "helpdex-langid-1") {
        throw std::runtime_error("language model: unknown format");
    }
    LanguageDetector detector;
    for (const auto& entry : model.at("languages")) {
        Model m;
        m.prior = entry.at("prior").get<float>();
        m.unseen = entry.at("unseen").get<float>();
        m.log_prob = entry.at("log_prob").get<std::unordered_map<std::string, float>>();
        detector.languages_.push_back(entry.at("code").get<std::string>());
        detector.models_.push_back(std::move(m));
    }
    return detector;
}

}  // namespace helpdex::analysis
