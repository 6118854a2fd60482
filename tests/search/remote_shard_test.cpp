// Proves search/remote_shard: tcp://HOST:PORT URLs of shards served by xapian-tcpsrv.
#include <catch2/catch.hpp>

#include "search/remote_shard.h"

using namespace helpdex;

TEST_CASE("a tcp://HOST:PORT URL names a remote shard", "[remote_shard]") {
    CHECK(parse_remote_shard("tcp://127.0.0.1:33000") == RemoteShard{"127.0.0.1", 33000});
    CHECK(parse_remote_shard("tcp://shard-2.internal:1") == RemoteShard{"shard-2.internal", 1});
    CHECK(parse_remote_shard("tcp://[::1]:65535") == RemoteShard{"::1", 65535});
    CHECK(RemoteShard{"::1", 8}.url() == "tcp://[::1]:8");
    CHECK(RemoteShard{"127.0.0.1", 33000}.url() == "tcp://127.0.0.1:33000");
}

TEST_CASE("a URL that is not tcp://HOST:PORT is refused with the reason", "[remote_shard]") {
    struct Case {
        const char* url;
        const char* reason;
    };
    const Case c = GENERATE(Case{"127.0.0.1:33000", "must start with tcp://"}, Case{"http://h:1", "must start with tcp://"},
                            Case{"tcp://h", "a port is required"}, Case{"tcp://:5", "has no host"},
                            Case{"tcp://h:0", "between 1 and 65535, not \"0\""}, Case{"tcp://h:65536", "not \"65536\""},
                            Case{"tcp://h:-1", "not \"-1\""}, Case{"tcp://h:12ab", "not \"12ab\""},
                            Case{"tcp://h:", "not \"\""}, Case{"tcp://h:1/db", "nothing after the port"},
                            Case{"tcp://::1:5", "a port is required"}, Case{"tcp://[::1]5", "a port is required"},
                            Case{"", "must start with tcp://"});
    INFO(c.url);
    std::string why;
    CHECK_FALSE(parse_remote_shard(c.url, &why));
    CHECK_THAT(why, Catch::Contains(c.reason));
    CHECK_FALSE(parse_remote_shard(c.url));  // the reason is optional
}

TEST_CASE("a list of shard URLs parses in order, or throws naming the bad one", "[remote_shard]") {
    CHECK(parse_remote_shards({"tcp://a:1", "tcp://b:2"}) == std::vector<RemoteShard>{{"a", 1}, {"b", 2}});
    CHECK(parse_remote_shards({}).empty());
    CHECK_THROWS_WITH(parse_remote_shards({"tcp://a:1", "tcp://b"}), Catch::Contains("\"tcp://b\""));
}
