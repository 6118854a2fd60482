// Parsing tcp://HOST:PORT shard URLs.
#include "search/remote_shard.h"

#include <charconv>
#include <stdexcept>

namespace helpdex {

namespace {

constexpr std::string_view kScheme = "tcp://";

std::optional<RemoteShard> fail(std::string* why, std::string reason) {
    if (why) *why = std::move(reason);
    return std::nullopt;
}

// Splits "host:port" or "[v6]:port" into its host and the text after the last ':'.
bool split_authority(std::string_view authority, std::string_view& host, std::string_view& port) {
    size_t colon = std::string_view::npos;
    if (authority.starts_with("[")) {
        const size_t close = authority.find(']');
        if (close == std::string_view::npos || close + 1 >= authority.size() || authority[close + 1] != ':') return false;
        host = authority.substr(1, close - 1);
        colon = close + 1;
    } else {
        colon = authority.rfind(':');
        if (colon == std::string_view::npos) return false;
        host = authority.substr(0, colon);
        if (host.find(':') != std::string_view::npos) return false;  // an IPv6 address needs brackets
    }
    port = authority.substr(colon + 1);
    return true;
}

}  // namespace

std::string RemoteShard::url() const {
    const bool v6 = host.find(':') != std::string::npos;
    return std::string(kScheme) + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<RemoteShard> parse_remote_shard(std::string_view url, std::string* why) {
    if (!url.starts_with(kScheme)) return fail(why, "must start with tcp://");
    const std::string_view authority = url.substr(kScheme.size());
    if (authority.find_first_of("/?# \t") != std::string_view::npos) {
        return fail(why, "must be tcp://HOST:PORT, with nothing after the port");
    }
    std::string_view host, port;
    if (!split_authority(authority, host, port)) return fail(why, "must be tcp://HOST:PORT (a port is required; an IPv6 host goes in [brackets])");
    if (host.empty()) return fail(why, "has no host");
    unsigned number = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), number);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || number < 1 || number > 65535) {
        return fail(why, "port must be a whole number between 1 and 65535, not \"" + std::string(port) + "\"");
    }
    return RemoteShard{std::string(host), number};
}

std::vector<RemoteShard> parse_remote_shards(const std::vector<std::string>& urls) {
    std::vector<RemoteShard> shards;
    for (const std::string& url : urls) {
        std::string why;
        auto shard = parse_remote_shard(url, &why);
        if (!shard) throw std::invalid_argument("remote shard \"" + url + "\" " + why);
        shards.push_back(std::move(*shard));
    }
    return shards;
}

}  // namespace helpdex
