// Naive Bayes language identification trained per index.
#include "search/analysis/language_detector.h"

#include <algorithm>
#include <cmath>
#include <istream>
#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/tab_separated.h"
#include "search/analysis/normalizer.h"
#include "search/analysis/tokenizer.h"

namespace helpdex::analysis {

namespace {

constexpr size_t kMaxGram = 4;
constexpr std::string_view kWordMark = "w:";

// Calls visit(mark, feature) for each feature of `text` in order: a whole word with mark
// "w:", then its character n-grams with an empty mark. The one definition of the features.
template <typename Visit>
void visit_features(std::string_view text, const Visit& visit) {
    thread_local Tokenizer tokenizer;
    for (const Token& token : tokenizer.tokenize(text)) {
        if (token.kind == TokenKind::number) continue;
        const std::string word = normalize(token.text);
        visit(kWordMark, std::string_view(word));
        const std::string padded = "_" + word + "_";
        const auto bounds = code_point_offsets(padded);
        const size_t chars = bounds.size() - 1;
        for (size_t n = 1; n <= kMaxGram; ++n) {
            for (size_t start = 0; start + n <= chars; ++start) {
                if (n == 1 && (start == 0 || start + 1 == chars)) continue;  // lone "_"
                visit(std::string_view(), std::string_view(padded).substr(bounds[start], bounds[start + n] - bounds[start]));
            }
        }
    }
}

// FNV-1a over the bytes of `a` then `b`: a feature's hash without building its string.
uint64_t feature_hash(std::string_view a, std::string_view b = {}) {
    uint64_t h = 14695981039346656037ull;
    for (std::string_view part : {a, b}) {
        for (unsigned char c : part) h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

}  // namespace

std::vector<std::string> language_features(std::string_view text) {
    std::vector<std::string> features;
    visit_features(text, [&](std::string_view mark, std::string_view feature) {
        features.emplace_back(mark).append(feature);
    });
    return features;
}

void LanguageDetector::Trainer::add(std::string_view lang, std::string_view text) {
    auto& counts = counts_[std::string(lang)];
    for (auto& feature : language_features(text)) counts[feature] += 1.0;
}

void LanguageDetector::Trainer::remove(std::string_view lang, std::string_view text) {
    const auto language = counts_.find(std::string(lang));
    if (language == counts_.end()) return;
    auto& counts = language->second;
    for (const auto& feature : language_features(text)) {
        const auto it = counts.find(feature);
        // Counts are whole numbers held in doubles: the subtraction is exact.
        if (it != counts.end() && (it->second -= 1.0) <= 0.0) counts.erase(it);
    }
    if (counts.empty()) counts_.erase(language);
}

void LanguageDetector::Trainer::write_counts(std::ostream& out) const {
    for (const auto& [lang, counts] : counts_) {
        for (const auto& [feature, count] : counts) {
            out << lang << '\t' << feature << '\t' << static_cast<long long>(count) << '\n';
        }
    }
}

LanguageDetector::Trainer LanguageDetector::Trainer::read_counts(std::istream& in) {
    Trainer trainer;
    read_tab_separated(in, "language counts", "lang, feature, count", [&](const std::vector<std::string_view>& fields) {
        const auto count = fields.size() == 3 ? positive_count(fields[2]) : std::nullopt;
        if (!count) return false;
        trainer.counts_[std::string(fields[0])][std::string(fields[1])] = static_cast<double>(*count);
        return true;
    });
    return trainer;
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
    detector.index_features();
    return detector;
}

void LanguageDetector::index_features() {
    const size_t n = models_.size();
    feature_rows_.clear();
    rows_.clear();
    for (size_t i = 0; i < n; ++i) {
        for (const auto& [feature, log_prob] : models_[i].log_prob) {
            const auto next = static_cast<uint32_t>(rows_.size());
            const uint32_t row = feature_rows_.insert(feature_hash(feature), next);
            if (row == next) {
                for (size_t j = 0; j < n; ++j) rows_.push_back(models_[j].unseen);
            }
            rows_[row + i] = log_prob;
        }
    }
}

LanguagePosterior LanguageDetector::posterior(std::string_view text) const {
    LanguagePosterior out;
    if (languages_.empty()) return out;
    std::vector<uint64_t> features;
    visit_features(text, [&](std::string_view mark, std::string_view feature) {
        features.push_back(feature_hash(mark, feature));
        if (!mark.empty()) ++out.words;
    });
    out.features = features.size();
    const size_t n = languages_.size();
    out.probability.assign(n, 1.0 / static_cast<double>(n));
    if (features.empty()) return out;
    std::vector<double>& scores = out.probability;
    for (size_t i = 0; i < n; ++i) scores[i] = models_[i].prior;
    for (const auto& feature : features) {
        const uint32_t row = feature_rows_.find(feature);
        for (size_t i = 0; i < n; ++i) scores[i] += row == HashIndex::kAbsent ? models_[i].unseen : rows_[row + i];
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
    for (double& s : scores) s /= sum;
    return out;
}

LanguageGuess LanguageDetector::detect(std::string_view text) const {
    const LanguagePosterior p = posterior(text);
    if (languages_.empty()) return {};
    if (p.features == 0) return {languages_.front(), 0.0};
    const auto winner = static_cast<size_t>(std::max_element(p.probability.begin(), p.probability.end()) - p.probability.begin());
    return {languages_[winner], p.probability[winner]};
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
    detector.index_features();
    return detector;
}

}  // namespace helpdex::analysis
