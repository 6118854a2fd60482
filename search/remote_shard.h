// A shard served over TCP by Xapian's remote backend (`xapian-tcpsrv`), named by a
// `tcp://HOST:PORT` URL in the server's configuration.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdex {

struct RemoteShard {
    std::string host;  // a name, an IPv4 address, or an IPv6 address (written [::1] in a URL)
    unsigned port = 0; // 1–65535

    std::string url() const;  // tcp://HOST:PORT, as parsed
    bool operator==(const RemoteShard&) const = default;
};

// `url` as a RemoteShard, or nullopt with `why` (when given) saying what is wrong: not
// tcp://, no host, no port or one out of 1–65535, a path or anything after the port.
// Bad input is not an error: nothing throws.
std::optional<RemoteShard> parse_remote_shard(std::string_view url, std::string* why = nullptr);

// Every URL parsed, in order. Throws std::invalid_argument naming the first bad one (for
// URLs a configuration has already validated).
std::vector<RemoteShard> parse_remote_shards(const std::vector<std::string>& urls);

}  // namespace helpdex
