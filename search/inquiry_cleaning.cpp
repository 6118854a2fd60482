// Quoted-reply, signature and greeting-line recognition.
#include "search/inquiry_cleaning.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "search/analysis/language_profile.h"

namespace helpdex {

namespace {

// Where the customer's own words end: a signature separator, or a mail client's sign-off or
// quoted-message header in any language (checked before the language is known).
bool ends_message(std::string_view line) {
    if (line == "--" || line == "-- " || line == "__") return true;
    const auto& prefixes = analysis::all_signature_line_prefixes();
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return line.starts_with(p); });
}

// Calls visit(begin, next, line) for each line of text[from, to): `next` is past its "\n",
// `line` is without "\n" or "\r".
template <typename Visit>
void for_each_line(std::string_view text, size_t from, size_t to, Visit visit) {
    size_t start = from;
    while (start < to) {
        const size_t newline = text.find('\n', start);
        const size_t end = newline == std::string_view::npos || newline >= to ? to : newline;
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const size_t next = end < to ? end + 1 : to;
        if (!visit(start, next, line)) return;
        start = next;
    }
}

void append_segment(std::vector<MessageSegment>& segments, size_t begin, size_t end, SegmentKind kind) {
    if (!segments.empty() && segments.back().kind == kind && segments.back().end == begin) {
        segments.back().end = end;
    } else {
        segments.push_back({begin, end, kind});
    }
}

bool starts_capitalised(std::string_view text, size_t at) {
    UChar32 c = 0;
    int32_t i = static_cast<int32_t>(at);
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c >= 0 && u_isupper(c);
}

bool is_greeting_line(std::string_view line, analysis::Analyzer& analyzer, const std::string& language) {
    constexpr size_t kLongestGreetingLine = 80;  // bytes: longer lines say more than hello
    constexpr size_t kMostOtherWords = 3;
    if (line.empty() || line.size() > kLongestGreetingLine || line.find('?') != std::string_view::npos) return false;
    const auto words = analyzer.analyze(line, language);
    if (words.empty() || !words.front().greeting) return false;
    size_t others = 0;
    for (const auto& word : words) {
        if (word.greeting) continue;
        if (!word.stopword && !starts_capitalised(line, word.begin)) return false;
        if (++others > kMostOtherWords) return false;
    }
    return true;
}

}  // namespace

std::string_view segment_kind_name(SegmentKind kind) {
    switch (kind) {
        case SegmentKind::read: return "read";
        case SegmentKind::quote: return "quote";
        case SegmentKind::trailer: return "trailer";
        case SegmentKind::greeting: return "greeting";
    }
    return "read";
}

std::vector<MessageSegment> segment_message(std::string_view text) {
    std::vector<MessageSegment> segments;
    for_each_line(text, 0, text.size(), [&](size_t begin, size_t next, std::string_view line) {
        if (ends_message(line)) {
            append_segment(segments, begin, text.size(), SegmentKind::trailer);
            return false;
        }
        append_segment(segments, begin, next, line.starts_with(">") ? SegmentKind::quote : SegmentKind::read);
        return true;
    });
    return segments;
}

std::string read_lines(std::string_view text, const std::vector<MessageSegment>& segments) {
    std::string out;
    for (const MessageSegment& segment : segments) {
        if (segment.kind != SegmentKind::read) continue;
        for_each_line(text, segment.begin, segment.end, [&](size_t, size_t, std::string_view line) {
            out.append(line);
            out += '\n';
            return true;
        });
    }
    return out;
}

std::string strip_quoted_and_signature(std::string_view text) {
    return read_lines(text, segment_message(text));
}

std::vector<MessageSegment> mark_greeting_lines(std::string_view text, const std::vector<MessageSegment>& segments,
                                                analysis::Analyzer& analyzer, const std::string& language) {
    std::vector<MessageSegment> marked;
    for (const MessageSegment& segment : segments) {
        if (segment.kind != SegmentKind::read) {
            append_segment(marked, segment.begin, segment.end, segment.kind);
            continue;
        }
        for_each_line(text, segment.begin, segment.end, [&](size_t begin, size_t next, std::string_view line) {
            const bool greeting = is_greeting_line(line, analyzer, language);
            append_segment(marked, begin, next, greeting ? SegmentKind::greeting : SegmentKind::read);
            return true;
        });
    }
    return marked;
}

}  // namespace helpdex
