// md4c callbacks collecting plain text, headings and steps; md4c-html for the HTML.
#include "indexer/markdown.h"

#include <md4c-html.h>
#include <md4c.h>
#include <unordered_set>

#include "search/analysis/language_profile.h"
#include "search/analysis/normalizer.h"

namespace helpdex::indexer {

namespace {

constexpr unsigned kDialect = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

}  // namespace

// render_markdown is not told the article's language, so every language's names count. A
// section number ("3. Resolution", "2) Steps") and a closing colon are not part of the name.
bool is_resolution_heading(std::string_view heading) {
    static const std::unordered_set<std::string_view> names(analysis::all_resolution_headings().begin(),
                                                            analysis::all_resolution_headings().end());
    const std::string normalized = analysis::normalize(heading);
    std::string_view name = normalized;
    const size_t first = name.find_first_not_of("0123456789.) ");
    name.remove_prefix(first == std::string_view::npos ? name.size() : first);
    while (!name.empty() && (name.back() == ' ' || name.back() == ':')) name.remove_suffix(1);
    return names.contains(name);
}

namespace {

struct Collector {
    MarkdownBody body;
    std::string heading;        // text of the heading being read
    bool in_heading = false;
    bool after_resolution_heading = false;
    int list_depth = 0;         // nesting of lists of any kind
    int steps_list_depth = 0;   // depth of the ordered list whose items are the steps; 0 = none
    bool steps_done = false;
    bool steps_from_resolution = false;
    std::vector<std::string> fallback_steps;  // first ordered list anywhere
    bool fallback_done = false;
    int fallback_depth = 0;
    std::string* current_step = nullptr;
    std::string* current_fallback = nullptr;

    void append(std::string_view text) {
        body.text.append(text);
        if (in_heading) heading.append(text);
        if (current_step) current_step->append(text);
        if (current_fallback) current_fallback->append(text);
    }
};

void trim(std::string& s) {
    const auto first = s.find_first_not_of(" \n\t");
    if (first == std::string::npos) {
        s.clear();
        return;
    }
    s = s.substr(first, s.find_last_not_of(" \n\t") - first + 1);
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto& c = *static_cast<Collector*>(userdata);
    switch (type) {
        case MD_BLOCK_H:
            c.in_heading = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level >= 1;
            c.heading.clear();
            break;
        case MD_BLOCK_OL:
        case MD_BLOCK_UL:
            ++c.list_depth;
            if (type == MD_BLOCK_OL && c.list_depth == 1) {
                if (c.after_resolution_heading && !c.steps_done && !c.steps_list_depth) c.steps_list_depth = 1;
                if (!c.fallback_done && !c.fallback_depth) c.fallback_depth = 1;
            }
            break;
        case MD_BLOCK_LI:
            // A nested item continues its step on a new line.
            if (c.list_depth >= 2 && c.current_step) c.current_step->append("\n");
            if (c.list_depth >= 2 && c.current_fallback) c.current_fallback->append("\n");
            if (c.list_depth == 1 && c.steps_list_depth == 1) {
                c.body.steps.emplace_back();
                c.current_step = &c.body.steps.back();
            }
            if (c.list_depth == 1 && c.fallback_depth == 1) {
                c.fallback_steps.emplace_back();
                c.current_fallback = &c.fallback_steps.back();
            }
            break;
        default:
            break;
    }
    return 0;
}

int leave_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto& c = *static_cast<Collector*>(userdata);
    switch (type) {
        case MD_BLOCK_H: {
            c.in_heading = false;
            trim(c.heading);
            const unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
            if (level == 2) c.body.headings.push_back(c.heading);
            if (level >= 2) c.after_resolution_heading = is_resolution_heading(c.heading);
            c.body.text += '\n';
            break;
        }
        case MD_BLOCK_OL:
        case MD_BLOCK_UL:
            if (c.list_depth == 1 && c.steps_list_depth == 1) {
                c.steps_list_depth = 0;
                c.steps_done = true;
            }
            if (c.list_depth == 1 && c.fallback_depth == 1) {
                c.fallback_depth = 0;
                c.fallback_done = true;
            }
            --c.list_depth;
            break;
        case MD_BLOCK_LI:
            if (c.list_depth == 1) {
                if (c.current_step) trim(*c.current_step);
                if (c.current_fallback) trim(*c.current_fallback);
                c.current_step = nullptr;
                c.current_fallback = nullptr;
            }
            c.body.text += '\n';
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TR:
            c.append("\n");
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            c.append(" ");
            break;
        default:
            break;
    }
    return 0;
}

int enter_span(MD_SPANTYPE, void*, void*) { return 0; }
int leave_span(MD_SPANTYPE, void*, void*) { return 0; }

std::string decode_entity(std::string_view entity) {
    if (entity == "&amp;") return "&";
    if (entity == "&lt;") return "<";
    if (entity == "&gt;") return ">";
    if (entity == "&quot;") return "\"";
    if (entity == "&nbsp;") return " ";
    if (entity == "&#39;" || entity == "&apos;") return "'";
    return std::string(entity);
}

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
    auto& c = *static_cast<Collector*>(userdata);
    const std::string_view piece(data, size);
    switch (type) {
        case MD_TEXT_SOFTBR: c.append(" "); break;
        case MD_TEXT_BR: c.append("\n"); break;
        case MD_TEXT_NULLCHAR: break;
        case MD_TEXT_ENTITY: c.append(decode_entity(piece)); break;
        default: c.append(piece); break;
    }
    return 0;
}

void append_html(const MD_CHAR* data, MD_SIZE size, void* userdata) {
    static_cast<std::string*>(userdata)->append(data, size);
}

}  // namespace

void parse_markdown(std::string_view markdown, MD_PARSER callbacks, void* userdata) {
    callbacks.flags = kDialect;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &callbacks, userdata);
}

MarkdownBody render_markdown(std::string_view markdown) {
    Collector collector;
    const MD_PARSER callbacks{.abi_version = 0, .flags = 0, .enter_block = enter_block, .leave_block = leave_block,
                              .enter_span = enter_span, .leave_span = leave_span, .text = text, .debug_log = nullptr, .syntax = nullptr};
    parse_markdown(markdown, callbacks, &collector);
    if (collector.body.steps.empty()) collector.body.steps = std::move(collector.fallback_steps);
    std::erase_if(collector.body.steps, [](const std::string& s) { return s.empty(); });

    md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append_html, &collector.body.html, kDialect, 0);
    return std::move(collector.body);
}

}  // namespace helpdex::indexer
