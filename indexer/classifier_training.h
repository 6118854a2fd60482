// What the category classifier learns from a corpus: one training example per published
// document, with the words a customer would write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/document_source.h"
#include "search/classifier/category_classifier.h"
#include "search/document.h"

namespace helpdex::indexer {

// For articles the customer-facing words (title, symptoms, body); for cases the customer's
// text, without a title that only repeats its start.
std::string classification_text(const KbDocument& document);

std::vector<classifier::TrainingExample> classifier_examples(const std::vector<const KbDocument*>& documents);

// Of documents with these categories and ids, the positions the training budget keeps
// (every one of a small corpus), ascending.
std::vector<size_t> training_indexes(const std::vector<std::string_view>& categories,
                                     const std::vector<std::string_view>& keys, const classifier::TrainingOptions& options);

// The documents the training budget keeps (all of a small corpus), in their order.
std::vector<const KbDocument*> training_documents(const std::vector<const KbDocument*>& documents,
                                                  const classifier::TrainingOptions& options);

// Trains on the examples of training_documents(documents), within the budget of `options`
// widened for the documents' languages (classifier::for_languages); `report` says what was
// learnt and how long it took.
classifier::CategoryClassifier train_classifier(const std::vector<const KbDocument*>& documents,
                                                classifier::TrainingReport& report,
                                                const classifier::TrainingOptions& options = {});
// What the classifier of a catalog's published documents trains on: the budget's sample
// (catalog positions, ascending) and the options widened for the corpus's languages.
struct TrainingPlan {
    std::vector<size_t> positions;
    size_t published = 0;
    classifier::TrainingOptions options;
};
TrainingPlan training_plan(const std::vector<CatalogEntry>& catalog, const classifier::TrainingOptions& one_language = {});

// Trains on the plan's documents of `source`, visiting it once for their texts.
classifier::CategoryClassifier train_classifier(const DocumentSource& source, const TrainingPlan& plan,
                                                classifier::TrainingReport& report);

}  // namespace helpdex::indexer
