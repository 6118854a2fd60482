// Markdown bodies (md4c): HTML for display, plain text for analysis and snippets, and the
// resolution steps.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <md4c.h>

namespace helpdex::indexer {

struct MarkdownBody {
    std::string html;                // CommonMark + GitHub tables/strikethrough; raw HTML is escaped
    std::string text;                // plain text, one block per line
    std::vector<std::string> steps;  // items of the resolution's ordered list, as plain text
    std::vector<std::string> headings;  // second-level section headings, in order
};

// Runs md4c over `markdown` with `callbacks` in the dialect of article bodies: GitHub flavour
// (tables, strikethrough, autolinks), raw HTML not recognised. Whatever reads a body reads it
// so; `callbacks.flags` is set here.
void parse_markdown(std::string_view markdown, MD_PARSER callbacks, void* userdata);

// Whether a section heading names the resolution: "Resolution", "Procedure", "Oplossing",
// "Marche à suivre", "対処法" … in any bundled language, numbered or not ("3. Resolution:").
bool is_resolution_heading(std::string_view heading);

// The steps are the top-level items of the first ordered list after a heading named
// "Resolution" in any bundled language ("Oplossing", "Lösung", "Résolution", "Solución",
// "解決方法", …), or of the first ordered list in the body when no such heading exists.
MarkdownBody render_markdown(std::string_view markdown);

}  // namespace helpdex::indexer
