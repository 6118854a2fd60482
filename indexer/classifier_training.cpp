// Corpus documents → classifier training examples.
#include "indexer/classifier_training.h"

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

classifier::CategoryClassifier train_classifier(const std::vector<const KbDocument*>& documents,
                                                classifier::TrainingReport& report,
                                                const classifier::TrainingOptions& options) {
    return classifier::CategoryClassifier::train(classifier_examples(documents), options, &report);
}

}  // namespace helpdex::indexer
