// Integration: helpdex serving the two shards of a `--shards 2` index from two xapian-tcpsrv
// processes answers POST /v1/suggest and GET /v1/search exactly as the one local database.
#include <catch2/catch.hpp>

#include <cmath>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/running_server.h"
#include "search/generation.h"
#include "support/inquiries.h"
#include "support/test_support.h"
#include "support/xapian_tcpsrv.h"

using namespace helpdex;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json answer(const httplib::Result& result) {
    REQUIRE(result);
    REQUIRE(result->status == 200);
    return json::parse(result->body);
}

// Equal JSON, except that floating-point numbers (scores, confidences) need only agree
// within 5e-3 (relative, absolute below 1): the term bridge's synonym groups (OP_SYNONYM) have their term
// frequency estimated per shard, so bridged scores differ in the fourth digit, and more once
// the bridge weight and the category belief's exponent (search/ranking.h) carry it. `where` is
// the JSON pointer of the value, for the failure message.
void check_same(const json& expected, const json& actual, const std::string& where = "") {
    INFO("at " << (where.empty() ? "/" : where));
    if (expected.is_number_float() || actual.is_number_float()) {
        REQUIRE(actual.is_number());
        REQUIRE(expected.is_number());
        const double a = actual.get<double>(), e = expected.get<double>();
        CHECK(std::abs(a - e) <= 5e-3 * std::max(std::abs(e), 1.0));
    } else if (expected.is_object() && actual.is_object()) {
        REQUIRE(actual.size() == expected.size());
        for (const auto& [key, value] : expected.items()) {
            REQUIRE(actual.contains(key));
            check_same(value, actual.at(key), where + "/" + key);
        }
    } else if (expected.is_array() && actual.is_array()) {
        REQUIRE(actual.size() == expected.size());
        for (size_t i = 0; i < expected.size(); ++i) check_same(expected[i], actual[i], where + "/" + std::to_string(i));
    } else {
        CHECK(actual == expected);
    }
}

}  // namespace

TEST_CASE("two remote shards served by xapian-tcpsrv answer exactly as the one local index", "[server][shards]") {
    const fs::path tcpsrv = test::find_xapian_tcpsrv();
    if (tcpsrv.empty()) FAIL("xapian-tcpsrv is not on PATH: install the Debian package xapian-tools (scripts/install-deps.sh)");

    test::TempDir dir;
    test::index_corpus(test::bundled_corpus(), dir / "single");
    test::index_corpus(test::bundled_corpus(), dir / "sharded", 2);
    const fs::path generation = dir / "sharded" / *read_current_name(dir / "sharded");
    // Declared before the helpdex servers, so destroyed after them: helpdex closes its
    // connections first, then each tcpsrv is killed, whether the test passed or not.
    test::XapianTcpServer shard0(tcpsrv, generation / layout::kShardsDir / "0");
    test::XapianTcpServer shard1(tcpsrv, generation / layout::kShardsDir / "1");
    const std::vector<RemoteShard> remote = {{"127.0.0.1", shard0.port()}, {"127.0.0.1", shard1.port()}};

    test::RunningServer local(std::make_shared<LiveIndex>(dir / "single"), test::quiet_options());
    const auto remote_index = std::make_shared<LiveIndex>(dir / "sharded", remote);
    REQUIRE(remote_index->current()->remote_shards() == remote);
    CHECK_FALSE(remote_index->current()->cache().summary(1));  // nothing preloaded from remote shards
    test::RunningServer served(remote_index, test::quiet_options());
    auto local_client = local.client();
    auto remote_client = served.client();

    for (const std::string& text : test::bundled_inquiries()) {
        INFO(text);
        const std::string body = json{{"text", text}, {"limit", 10}}.dump();
        const json expected = answer(local_client.Post("/v1/suggest", body, "application/json"));
        REQUIRE_FALSE(expected.at("solutions").empty());
        check_same(expected, answer(remote_client.Post("/v1/suggest", body, "application/json")));

        const std::string search = "/v1/search?limit=20&q=" + httplib::detail::encode_query_param(text);
        check_same(answer(local_client.Get(search)), answer(remote_client.Get(search)));
    }
}
