// Cleaning a customer's e-mail before it is read: what the customer quoted or signed is
// not what they are asking.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/analysis/analyzer.h"

namespace helpdex {

// What a run of a message's lines is to helpdex.
enum class SegmentKind {
    read,      // the customer's own words: searched
    quote,     // "> " lines of a quoted reply
    trailer,   // a signature or quoted original, from its first line ("-- ", "Sent from my iPhone",
               // "-----Original Message", in every language with a profile) to the end
    greeting,  // a line that only greets or signs off ("Hi Anna,", "Kind regards, Anna Smith")
};

// "read", "quote", "trailer", "greeting".
std::string_view segment_kind_name(SegmentKind kind);

// A byte range of the message; the segments of a message cover it in order, end to end.
struct MessageSegment {
    size_t begin = 0;
    size_t end = 0;
    SegmentKind kind = SegmentKind::read;
};

// The message as runs of read, quoted and trailer lines (no greeting runs yet: telling them
// needs the language, see mark_greeting_lines). Adjacent lines of one kind are one segment.
std::vector<MessageSegment> segment_message(std::string_view text);

// The lines of `text` in its read segments, each ended by "\n" ("\r" removed).
std::string read_lines(std::string_view text, const std::vector<MessageSegment>& segments);

// Cuts quoted replies and the trailer from an e-mail body: noise that would otherwise
// outweigh a two-line question. read_lines(text, segment_message(text)). Greetings and
// sign-off words inside kept lines are left to the query (QueryTerms drops them).
std::string strip_quoted_and_signature(std::string_view text);

// Marks the read lines that only greet or sign off, analysed in `language`: a greeting word
// first, then at most three further words that are greetings, stopwords or capitalised (a
// name), and no question mark. Shown to agents as what was not read; the query already drops
// greeting words, so the search is the same either way.
std::vector<MessageSegment> mark_greeting_lines(std::string_view text, const std::vector<MessageSegment>& segments,
                                                analysis::Analyzer& analyzer, const std::string& language);

}  // namespace helpdex
