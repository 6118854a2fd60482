// Request head scanning: the blank line, Content-Length and Transfer-Encoding.
#include "api/request_head.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace helpdex::api {

namespace {

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<uint64_t> parse_length(std::string_view text) {
    uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range) return std::numeric_limits<uint64_t>::max();
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

bool mentions_chunked(std::string_view value) {
    for (size_t at = 0; at + 7 <= value.size(); ++at) {
        if (same_name(value.substr(at, 7), "chunked")) return true;
    }
    return false;
}

}  // namespace

std::optional<RequestHead> scan_request_head(std::string_view bytes) {
    const size_t blank = bytes.find("\r\n\r\n");
    if (blank == std::string_view::npos) return std::nullopt;
    RequestHead head;
    head.size = blank + 4;
    std::string_view rest = bytes.substr(0, blank + 2);
    rest.remove_prefix(std::min(rest.size(), rest.find("\r\n") + 2));  // the request line
    while (!rest.empty()) {
        const size_t end = rest.find("\r\n");
        const std::string_view line = rest.substr(0, end);
        rest.remove_prefix(std::min(rest.size(), end + 2));
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view name = line.substr(0, colon), value = trimmed(line.substr(colon + 1));
        if (same_name(name, "Content-Length")) head.content_length = parse_length(value);
        else if (same_name(name, "Transfer-Encoding") && mentions_chunked(value)) head.chunked = true;
    }
    return head;
}

}  // namespace helpdex::api
