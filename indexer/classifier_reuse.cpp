// Comparing the sample a model learnt from with the sample a reindex would learn from.
#include "indexer/classifier_reuse.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <tuple>

#include "common/files.h"
#include "common/tab_separated.h"
#include "indexer/learnt_state.h"
#include "search/index_layout.h"

namespace helpdex::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSampleFile = "classifier_sample.tsv";

std::set<std::string> categories_of(const std::vector<SampledDocument>& sample) {
    std::set<std::string> categories;
    for (const SampledDocument& d : sample) categories.insert(d.category);
    return categories;
}

// How many documents are in one sample and not, as they are, in the other.
size_t difference(std::vector<SampledDocument> a, std::vector<SampledDocument> b) {
    const auto order = [](const SampledDocument& x, const SampledDocument& y) {
        return std::tie(x.id, x.category, x.content_hash) < std::tie(y.id, y.category, y.content_hash);
    };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    std::vector<SampledDocument> differing;
    std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(differing), order);
    // An edited document is in both, once as it was and once as it is: one change.
    std::set<std::string> ids;
    for (const SampledDocument& d : differing) ids.insert(d.id);
    return ids.size();
}

}  // namespace

std::vector<SampledDocument> sample_of(const std::vector<CatalogEntry>& catalog, const TrainingPlan& plan) {
    std::vector<SampledDocument> sample;
    sample.reserve(plan.positions.size());
    for (size_t i : plan.positions) sample.push_back({catalog[i].id, catalog[i].category, catalog[i].content_hash});
    return sample;
}

void save_sample(const std::vector<SampledDocument>& sample, const fs::path& generation_dir) {
    const fs::path dir = generation_dir / kLearntDir;
    fs::create_directories(dir);
    std::string content;
    for (const SampledDocument& d : sample) content += d.id + '\t' + d.category + '\t' + d.content_hash + '\n';
    write_file_synced(dir / kSampleFile, content);
}

std::optional<std::vector<SampledDocument>> load_sample(const fs::path& generation_dir) {
    const fs::path path = generation_dir / kLearntDir / kSampleFile;
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<SampledDocument> sample;
    read_tab_separated(in, path.string(), "id, category, content hash", [&](const std::vector<std::string_view>& fields) {
        if (fields.size() != 3 || fields[0].empty()) return false;
        sample.push_back({std::string(fields[0]), std::string(fields[1]), std::string(fields[2])});
        return true;
    });
    return sample;
}

ClassifierDecision decide_retraining(const std::vector<SampledDocument>& trained_on, const std::vector<SampledDocument>& wanted,
                                     std::chrono::milliseconds took, const ClassifierReusePolicy& policy) {
    ClassifierDecision decision;
    decision.changed = difference(trained_on, wanted);
    if (decision.changed == 0) {
        decision.retrain = false;
        decision.reason = "its examples are unchanged";
    } else if (categories_of(trained_on) != categories_of(wanted)) {
        decision.reason = "its categories changed";
    } else if (took < policy.retrain_below) {
        decision.reason = std::to_string(decision.changed) + " of its examples changed";
    } else if (static_cast<double>(decision.changed) > policy.max_changed_share * static_cast<double>(trained_on.size())) {
        decision.reason = std::to_string(decision.changed) + " of its " + std::to_string(trained_on.size()) +
                          " examples changed, more than the share it is kept for";
    } else {
        decision.retrain = false;
        decision.reason = std::to_string(decision.changed) + " of its " + std::to_string(trained_on.size()) +
                          " examples changed since it was trained: kept until more do";
    }
    return decision;
}

ClassifierStep::ClassifierStep(const DocumentSource& source, const BaseGeneration* base, bool full, ReindexReport& report) {
    const TrainingPlan plan = training_plan(source.catalog());
    std::vector<SampledDocument> wanted = sample_of(source.catalog(), plan);
    std::optional<std::vector<SampledDocument>> trained_on;
    std::string unreadable;
    try {
        if (base && !full) trained_on = load_sample(base->dir);
    } catch (const std::runtime_error& e) {
        unreadable = e.what();  // the model is retrained, as for a base that keeps none
    }
    if (trained_on) {
        kept_report_ = report_of_manifest(base->manifest);
        const ClassifierDecision decision = decide_retraining(*trained_on, wanted, kept_report_.elapsed);
        report.classifier_retrained = decision.retrain;
        report.classifier_reason = decision.reason;
        if (!decision.retrain) {
            report.classifier_unlearnt = decision.changed;
            kept_ = base->dir;
            sample_ = std::move(*trained_on);
            return;
        }
    } else {
        report.classifier_reason = full                  ? "a full reindex retrains it"
                                   : !unreadable.empty() ? "what the kept model learnt from cannot be read (" + unreadable + ")"
                                                         : "there is no model to keep";
    }
    sample_ = std::move(wanted);
    training_ = std::async(std::launch::async, [this, &source, plan] { return train_classifier(source, plan, training_report_); });
}

ClassifierStep::~ClassifierStep() {
    if (training_.valid()) training_.wait();
}

void ClassifierStep::finish(const fs::path& generation_dir, classifier::TrainingReport& report) {
    const fs::path model = generation_dir / layout::kClassifierFile;
    if (kept_) {
        report = kept_report_;
        std::error_code missing;
        // A base without a model learnt nothing from the same examples: neither does this one.
        if (fs::is_regular_file(*kept_ / layout::kClassifierFile, missing)) {
            // A generation's files are never written again once it is complete: both can
            // share the one file (and a copy serves where links cannot).
            std::error_code linking;
            fs::create_hard_link(*kept_ / layout::kClassifierFile, model, linking);
            if (linking) fs::copy_file(*kept_ / layout::kClassifierFile, model);
            sync_file(model);
        }
    } else {
        const classifier::CategoryClassifier trained = training_.get();
        report = training_report_;
        if (!trained.empty()) {
            trained.save(model);
            sync_file(model);
        }
    }
    save_sample(sample_, generation_dir);
}

nlohmann::json to_manifest_json(const classifier::TrainingReport& report, const ReindexReport& reindex) {
    return {{"examples", report.examples},
            {"trained_on", report.trained_on},
            {"categories", report.classes},
            {"features", report.features},
            {"temperature", report.temperature},
            {"holdout_accuracy", report.holdout_accuracy},
            {"training_ms", report.elapsed.count()},
            {"retrained", reindex.classifier_retrained},
            {"unlearnt_changes", reindex.classifier_unlearnt},
            {"reason", reindex.classifier_reason}};
}

classifier::TrainingReport report_of_manifest(const nlohmann::json& manifest) {
    const nlohmann::json classifier = manifest.value("classifier", nlohmann::json::object());
    classifier::TrainingReport report;
    if (!classifier.is_object()) return report;
    report.examples = classifier.value("examples", size_t{0});
    report.trained_on = classifier.value("trained_on", size_t{0});
    report.classes = classifier.value("categories", size_t{0});
    report.features = classifier.value("features", size_t{0});
    report.temperature = classifier.value("temperature", 1.0);
    report.holdout_accuracy = classifier.value("holdout_accuracy", 0.0);
    report.elapsed = std::chrono::milliseconds(classifier.value("training_ms", 0LL));
    return report;
}

}  // namespace helpdex::indexer
