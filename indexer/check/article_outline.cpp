// md4c callbacks noting text outside headings and each link with its line.
#include "indexer/check/article_outline.h"

#include <algorithm>
#include <functional>

#include "indexer/markdown.h"

namespace helpdex::indexer {

namespace {

struct Reader {
    std::string_view markdown;
    ArticleOutline outline;
    int heading_depth = 0;
    std::string heading;     // the text of the heading being read
    size_t last_offset = 0;  // where the text read last stands, for links md4c copied elsewhere

    // md4c hands out pointers into the body where it can (plain text, links without escapes).
    bool points_into_body(const char* text) const {
        return std::greater_equal<const char*>()(text, markdown.data()) &&
               std::less<const char*>()(text, markdown.data() + markdown.size());
    }

    size_t line_at(size_t offset) const {
        return 1 + static_cast<size_t>(std::count(markdown.begin(), markdown.begin() + static_cast<long>(offset), '\n'));
    }
};

int enter_block(MD_BLOCKTYPE type, void*, void* userdata) {
    auto& reader = *static_cast<Reader*>(userdata);
    if (type != MD_BLOCK_H) return 0;
    ++reader.heading_depth;
    reader.heading.clear();
    return 0;
}

int leave_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto& reader = *static_cast<Reader*>(userdata);
    if (type != MD_BLOCK_H) return 0;
    --reader.heading_depth;
    // As the indexer reads it: a section (level 2 or deeper) under a resolution heading.
    if (static_cast<MD_BLOCK_H_DETAIL*>(detail)->level >= 2 && is_resolution_heading(reader.heading)) {
        reader.outline.has_resolution_heading = true;
    }
    return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
    if (type != MD_SPAN_A) return 0;
    auto& reader = *static_cast<Reader*>(userdata);
    const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
    const size_t offset = href.text && reader.points_into_body(href.text)
                              ? static_cast<size_t>(href.text - reader.markdown.data())
                              : reader.last_offset;
    reader.outline.links.push_back({std::string(href.text ? href.text : "", href.size), reader.line_at(offset)});
    return 0;
}

int leave_span(MD_SPANTYPE, void*, void*) { return 0; }

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
    auto& reader = *static_cast<Reader*>(userdata);
    if (reader.points_into_body(data)) reader.last_offset = static_cast<size_t>(data - reader.markdown.data());
    if (reader.heading_depth > 0 && type != MD_TEXT_NULLCHAR) reader.heading.append(data, size);
    if (reader.heading_depth > 0 || type == MD_TEXT_SOFTBR || type == MD_TEXT_BR || type == MD_TEXT_NULLCHAR) return 0;
    const std::string_view piece(data, size);
    if (piece.find_first_not_of(" \t\r\n") != std::string_view::npos) reader.outline.has_text = true;
    return 0;
}

}  // namespace

ArticleOutline outline_article(std::string_view markdown) {
    Reader reader;
    reader.markdown = markdown;
    const MD_PARSER callbacks{.abi_version = 0, .flags = 0, .enter_block = enter_block, .leave_block = leave_block,
                              .enter_span = enter_span, .leave_span = leave_span, .text = text, .debug_log = nullptr, .syntax = nullptr};
    parse_markdown(markdown, callbacks, &reader);
    return std::move(reader.outline);
}

}  // namespace helpdex::indexer
