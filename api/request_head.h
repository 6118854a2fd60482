// Where an HTTP request head ends and what it says about the body, read from the bytes
// received so far, before cpp-httplib parses them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace helpdex::api {

struct RequestHead {
    size_t size = 0;                         // bytes up to and including the blank line
    std::optional<uint64_t> content_length;  // absent: no Content-Length, or unreadable
    bool chunked = false;                    // Transfer-Encoding: chunked (length unknown)
};

// The head at the start of `bytes`, or nullopt while its blank line ("\r\n\r\n") has not
// arrived. A Content-Length too large for 64 bits reads as UINT64_MAX (it is refused as too
// large); one that is not a number reads as absent, and cpp-httplib answers for it.
std::optional<RequestHead> scan_request_head(std::string_view bytes);

}  // namespace helpdex::api
