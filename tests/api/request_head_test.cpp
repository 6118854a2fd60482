// Proves api/request_head: the head ends at its blank line, and its body headers are read
// case-insensitively, with unreadable or oversized lengths handled as documented.
#include <catch2/catch.hpp>

#include <limits>

#include "api/request_head.h"

using namespace helpdex::api;

TEST_CASE("no head until its blank line has arrived", "[api][request_head]") {
    CHECK_FALSE(scan_request_head(""));
    CHECK_FALSE(scan_request_head("GET / HTTP/1.1\r\nHost: x\r\n"));
    CHECK_FALSE(scan_request_head("GET / HTTP/1.1\r\nHost: x\r\n\r"));
    const auto head = scan_request_head("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next");
    REQUIRE(head);
    CHECK(head->size == 27);
    CHECK_FALSE(head->content_length);
    CHECK_FALSE(head->chunked);
}

TEST_CASE("Content-Length and Transfer-Encoding are read whatever their case", "[api][request_head]") {
    using Case = std::tuple<std::string, std::optional<uint64_t>, bool>;
    auto [headers, length, chunked] = GENERATE(table<std::string, std::optional<uint64_t>, bool>({
        Case{"Content-Length: 10\r\n", 10, false},
        Case{"content-length:10485760 \r\n", 10485760, false},
        Case{"CONTENT-LENGTH:\t0\r\n", 0, false},
        Case{"Content-Length: ten\r\n", std::nullopt, false},
        Case{"Content-Length: 99999999999999999999999\r\n", std::numeric_limits<uint64_t>::max(), false},
        Case{"Transfer-Encoding: chunked\r\n", std::nullopt, true},
        Case{"transfer-encoding: gzip, Chunked\r\n", std::nullopt, true},
        Case{"X-Content-Length: 5\r\n", std::nullopt, false},
    }));
    INFO(headers);
    const auto head = scan_request_head("POST /v1/suggest HTTP/1.1\r\nHost: x\r\n" + headers + "\r\nbody");
    REQUIRE(head);
    CHECK(head->content_length == length);
    CHECK(head->chunked == chunked);
}

TEST_CASE("a header named in the request line is not a header", "[api][request_head]") {
    const auto head = scan_request_head("GET /Content-Length:5 HTTP/1.1\r\n\r\n");
    REQUIRE(head);
    CHECK_FALSE(head->content_length);
}
