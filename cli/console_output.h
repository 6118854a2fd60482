// The agent's console in a terminal: readable, coloured on a TTY.
#pragma once

#include <ostream>

#include "search/search.h"
#include "search/suggester.h"

namespace helpdex::cli {

struct ConsoleStyle {
    bool color = false;
};

void print_suggestion(std::ostream& out, const Suggestion& suggestion, const ConsoleStyle& style);
void print_search(std::ostream& out, const SearchResponse& response, const ConsoleStyle& style);

// Turns an HTML snippet (<mark>, entities) into terminal text, highlighting marks.
std::string snippet_for_terminal(std::string_view html, const ConsoleStyle& style);

}  // namespace helpdex::cli
