// A ranked document: read cheaply from its candidate summary while ranking, then given
// what it shows of its document, matched words and snippet if it is returned (search/presentation.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/shown_document.h"

namespace helpdex {

struct Hit {
    Xapian::docid docid = 0;
    double score = 0.0;
    std::string id, title, type, lang, category, group, product;
    int priority = 1;                        // priority_rank()
    double confidence = 0.0;                 // P(it answers the inquiry): search/answer_confidence.h
    std::vector<std::string> matched_terms;  // the query's words this document contains
    std::string snippet;                     // HTML-escaped, matches in <mark>
    std::shared_ptr<const ShownDocument> shown;  // set when the hit is presented
};

}  // namespace helpdex
