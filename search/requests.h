// What callers (the HTTP API, the CLI, benches) may ask of the search side: validated
// requests, one struct each (api/request_parsing.h builds them from user input).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace helpdex {

// GET /v1/search: a text search or, with an empty `q`, browsing by filters.
struct SearchRequest {
    std::string q;                    // free text; empty lists everything that passes the filters
    std::string lang;                 // filter; also the analysis language when set
    std::vector<std::string> types;   // filter: any of these types
    std::string category;             // filter: this category or any below it
    std::string product;              // filter
    size_t limit = 10;
    size_t offset = 0;
};

// POST /v1/suggest: a customer's inquiry.
struct SuggestRequest {
    std::string text;     // the inquiry: an email, a chat line, a phone note
    std::string subject;  // optional e-mail subject: counts double
    std::string lang;     // optional language hint (a code the analysis knows): a prior, not an order
    std::string accept_language;  // the caller's Accept-Language preference: a weaker prior
    std::string product;  // optional product code: documents about it rank higher
    size_t limit = 5;     // solutions and similar issues, each
};

}  // namespace helpdex
