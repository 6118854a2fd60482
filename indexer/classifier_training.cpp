// Corpus documents → classifier training examples.
#include "indexer/classifier_training.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "search/classifier/training_sample.h"

namespace helpdex::indexer {

std::string classification_text(const KbDocument& d) {
    std::string text;
    if (d.type == "case") {
        std::string title = d.title;
        while (!title.empty() && (title.back() == '.' || title.back() == ' ')) title.pop_back();
        if (title.size() > 3 && title.ends_with("…")) title.resize(title.size() - std::string("…").size());
        if (d.body_text.find(title) == std::string::npos) text = d.title + "\n";
        return text + d.body_text;
    }
    text = d.title + "\n";
    for (const auto& symptom : d.symptoms) text += symptom + "\n";
    return text + d.body_text;
}

std::vector<classifier::TrainingExample> classifier_examples(const std::vector<const KbDocument*>& documents) {
    std::vector<classifier::TrainingExample> examples;
    examples.reserve(documents.size());
    for (const KbDocument* d : documents) examples.push_back({d->id, classification_text(*d), d->lang, d->category});
    return examples;
}

std::vector<size_t> training_indexes(const std::vector<std::string_view>& categories,
                                     const std::vector<std::string_view>& keys, const classifier::TrainingOptions& options) {
    std::map<std::string_view, int> label_of;
    for (std::string_view category : categories) label_of.emplace(category, 0);
    int next = 0;
    for (auto& [category, label] : label_of) label = next++;
    std::vector<int> labels;
    labels.reserve(categories.size());
    for (std::string_view category : categories) labels.push_back(label_of.at(category));
    const classifier::TrainingSample sample =
        classifier::sample_examples(labels, keys, label_of.size(), classifier::sample_limits(options));
    std::vector<size_t> kept(sample.training);
    kept.insert(kept.end(), sample.calibration.begin(), sample.calibration.end());
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<const KbDocument*> training_documents(const std::vector<const KbDocument*>& documents,
                                                  const classifier::TrainingOptions& options) {
    std::vector<std::string_view> categories, keys;
    for (const KbDocument* d : documents) {
        categories.push_back(d->category);
        keys.push_back(d->id);
    }
    std::vector<const KbDocument*> out;
    for (size_t i : training_indexes(categories, keys, options)) out.push_back(documents[i]);
    return out;
}

namespace {

// Only the budget's sample becomes examples: copying every text of a million documents
// would cost gigabytes. The classifier samples the same way, so it keeps them all.
classifier::CategoryClassifier train_on(std::vector<classifier::TrainingExample> examples, size_t offered,
                                        classifier::TrainingReport& report, const classifier::TrainingOptions& options) {
    auto trained = classifier::CategoryClassifier::train(examples, options, &report);
    if (!trained.empty()) report.examples = offered;
    return trained;
}

}  // namespace

classifier::CategoryClassifier train_classifier(const std::vector<const KbDocument*>& documents,
                                                classifier::TrainingReport& report,
                                                const classifier::TrainingOptions& one_language) {
    std::set<std::string_view> languages;
    for (const KbDocument* d : documents) languages.insert(d->lang);
    const classifier::TrainingOptions options = classifier::for_languages(one_language, languages.size());
    return train_on(classifier_examples(training_documents(documents, options)), documents.size(), report, options);
}

TrainingPlan training_plan(const std::vector<CatalogEntry>& catalog, const classifier::TrainingOptions& one_language) {
    // Published documents only, by catalog position.
    std::vector<size_t> published;
    std::vector<std::string_view> categories, keys;
    std::set<std::string_view> languages;
    for (size_t i = 0; i < catalog.size(); ++i) {
        const CatalogEntry& entry = catalog[i];
        if (entry.status != "published") continue;
        published.push_back(i);
        categories.push_back(entry.category);
        keys.push_back(entry.id);
        languages.insert(entry.lang);
    }
    TrainingPlan plan;
    plan.published = published.size();
    plan.options = classifier::for_languages(one_language, languages.size());
    for (size_t i : training_indexes(categories, keys, plan.options)) plan.positions.push_back(published[i]);
    return plan;
}

classifier::CategoryClassifier train_classifier(const DocumentSource& source, const TrainingPlan& plan,
                                                classifier::TrainingReport& report) {
    std::vector<bool> wanted(source.catalog().size(), false);
    for (size_t i : plan.positions) wanted[i] = true;
    std::vector<classifier::TrainingExample> examples;
    source.for_each([&](size_t i, const KbDocument& d) {
        if (wanted[i]) examples.push_back({d.id, classification_text(d), d.lang, d.category});
    });
    return train_on(std::move(examples), plan.published, report, plan.options);
}

}  // namespace helpdex::indexer
