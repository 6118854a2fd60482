// Corpus documents → classifier training examples.
#include "indexer/classifier_training.h"

#include <algorithm>
#include <map>
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

std::vector<const KbDocument*> training_documents(const std::vector<const KbDocument*>& documents,
                                                  const classifier::TrainingOptions& options) {
    std::map<std::string_view, int> label_of;
    for (const KbDocument* d : documents) label_of.emplace(d->category, 0);
    int next = 0;
    for (auto& [category, label] : label_of) label = next++;
    std::vector<int> labels;
    std::vector<std::string_view> keys;
    labels.reserve(documents.size());
    keys.reserve(documents.size());
    for (const KbDocument* d : documents) {
        labels.push_back(label_of.at(d->category));
        keys.push_back(d->id);
    }
    const classifier::TrainingSample sample =
        classifier::sample_examples(labels, keys, label_of.size(), classifier::sample_limits(options));
    std::vector<size_t> kept(sample.training);
    kept.insert(kept.end(), sample.calibration.begin(), sample.calibration.end());
    std::sort(kept.begin(), kept.end());
    std::vector<const KbDocument*> out;
    out.reserve(kept.size());
    for (size_t i : kept) out.push_back(documents[i]);
    return out;
}

classifier::CategoryClassifier train_classifier(const std::vector<const KbDocument*>& documents,
                                                classifier::TrainingReport& report,
                                                const classifier::TrainingOptions& options) {
    // Only the budget's sample becomes examples: copying every text of a million documents
    // would cost gigabytes. The classifier samples the same way, so it keeps them all.
    auto trained = classifier::CategoryClassifier::train(classifier_examples(training_documents(documents, options)),
                                                         options, &report);
    if (!trained.empty()) report.examples = documents.size();
    return trained;
}

}  // namespace helpdex::indexer
