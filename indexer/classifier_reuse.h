// Whether a reindex trains the category classifier again or keeps the one of the generation
// it starts from. A generation keeps the sample its classifier learnt from (GEN/learnt/
// classifier_sample.tsv: each document's id, category and content hash), so the next
// reindex can tell how many of the examples it would learn from are not the ones the model
// saw.
#pragma once

#include <chrono>
#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "indexer/classifier_training.h"
#include "indexer/document_source.h"
#include "indexer/incremental_update.h"

namespace helpdex::indexer {

struct SampledDocument {
    std::string id, category, content_hash;
    bool operator==(const SampledDocument&) const = default;
};

// The plan's documents, in catalog order.
std::vector<SampledDocument> sample_of(const std::vector<CatalogEntry>& catalog, const TrainingPlan& plan);

void save_sample(const std::vector<SampledDocument>& sample, const std::filesystem::path& generation_dir);
// nullopt when the generation keeps no sample; throws std::runtime_error for a malformed one.
std::optional<std::vector<SampledDocument>> load_sample(const std::filesystem::path& generation_dir);

// Retraining costs the examples' texts, features and a LIBLINEAR run: a few seconds for the
// bundled corpus, minutes at 100,000 documents. A model learnt from tens of thousands of
// examples does not change measurably when one of them does, so a slow model is kept while
// few of its examples differ; they add up over reindexes until it is retrained.
struct ClassifierReusePolicy {
    double max_changed_share = 0.01;  // of the examples the model learnt from
    std::chrono::milliseconds retrain_below{10000};  // a model that trained faster is always retrained
};

struct ClassifierDecision {
    bool retrain = true;
    size_t changed = 0;   // examples added, removed or edited since the kept model was trained
    std::string reason;   // why it is retrained or kept, for the summary
};

// `trained_on`: the kept model's sample; `wanted`: the sample now; `took`: how long the kept
// model trained. Kept unchanged when the samples are equal; kept despite changes when the
// policy allows and no category appeared or disappeared (a model cannot predict a category
// it never saw); retrained otherwise.
ClassifierDecision decide_retraining(const std::vector<SampledDocument>& trained_on, const std::vector<SampledDocument>& wanted,
                                     std::chrono::milliseconds took, const ClassifierReusePolicy& policy = {});

// The classifier a new generation is served with: trained on threads of its own while the
// documents are written (a run takes about the longer of the two, not their sum), or the
// base generation's, kept as decide_retraining() allows.
class ClassifierStep {
public:
    // Starts the training unless the base's model is kept; says which in `report`.
    ClassifierStep(const DocumentSource& source, const BaseGeneration* base, bool full, ReindexReport& report);
    ~ClassifierStep();
    ClassifierStep(const ClassifierStep&) = delete;
    ClassifierStep& operator=(const ClassifierStep&) = delete;

    // Waits for the training, then writes GEN/classifier.bin (absent when nothing could be
    // learnt) and the sample it learnt from; `report` says what it learnt. Throws what the
    // training threw.
    void finish(const std::filesystem::path& generation_dir, classifier::TrainingReport& report);

private:
    std::vector<SampledDocument> sample_;           // what the served model learnt from
    std::optional<std::filesystem::path> kept_;     // the base's generation, when its model is kept
    classifier::TrainingReport kept_report_;
    classifier::TrainingReport training_report_;
    std::future<classifier::CategoryClassifier> training_;
};

// The classifier part of a generation's manifest, and back.
nlohmann::json to_manifest_json(const classifier::TrainingReport& report, const ReindexReport& reindex);
classifier::TrainingReport report_of_manifest(const nlohmann::json& manifest);

}  // namespace helpdex::indexer
