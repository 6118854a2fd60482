// Proves GET /metrics through the real server: the exposition format, requests counted by
// route and status, latency histograms, the served generation and reindex jobs.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "api/metrics.h"
#include "api/reindex_support.h"
#include "api/running_server.h"

using namespace helpdex;

namespace {

// Every sample line of `text` by its name and labels ("name{a=\"b\"}") → value; fails the test
// on a line that is not a comment or a well-formed sample, or a sample before its # TYPE.
std::map<std::string, double> samples(const std::string& text) {
    static const std::regex kSample(R"(([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})? (-?[0-9.e+-]+|\+Inf|NaN))");
    static const std::regex kType(R"(# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary))");
    std::map<std::string, double> out;
    std::set<std::string> typed;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::smatch match;
        if (std::regex_match(line, match, kType)) {
            typed.insert(match[1]);
        } else if (line.rfind("# HELP ", 0) != 0) {
            INFO(line);
            REQUIRE(std::regex_match(line, match, kSample));
            std::string family = match[1];
            for (const char* suffix : {"_bucket", "_sum", "_count"}) {
                if (!typed.count(family) && family.size() > std::strlen(suffix) && family.ends_with(suffix)) {
                    family.resize(family.size() - std::strlen(suffix));
                }
            }
            CHECK(typed.count(family));
            out[match[1].str() + match[2].str()] = std::stod(match[3]);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("metrics count requests by route and status, with latency histograms", "[api][metrics][integration]") {
    test::RunningServer server;
    auto client = server.client();
    for (int i = 0; i < 3; ++i) REQUIRE(client.Get("/v1/search?q=refund")->status == 200);
    REQUIRE(client.Get("/v1/search?limit=0")->status == 400);
    REQUIRE(client.Post("/v1/suggest", R"({"text":"my refund is late"})", "application/json")->status == 200);
    REQUIRE(client.Get("/no/such/path")->status == 404);
    auto result = client.Get("/metrics");
    REQUIRE(result);
    CHECK(result->status == 200);
    CHECK(result->get_header_value("Content-Type") == "text/plain; version=0.0.4; charset=utf-8");
    const auto m = samples(result->body);
    CHECK(m.at(R"(helpdex_http_requests_total{route="/v1/search",method="GET",status="200"})") == 3);
    CHECK(m.at(R"(helpdex_http_requests_total{route="/v1/search",method="GET",status="400"})") == 1);
    CHECK(m.at(R"(helpdex_http_requests_total{route="/v1/suggest",method="POST",status="200"})") == 1);
    CHECK(m.at(R"(helpdex_http_requests_total{route="unmatched",method="GET",status="404"})") == 1);
    CHECK(m.at(R"(helpdex_http_request_duration_seconds_count{route="/v1/search"})") == 4);
    CHECK(m.at(R"(helpdex_http_request_duration_seconds_bucket{route="/v1/search",le="+Inf"})") == 4);
    CHECK(m.at(R"(helpdex_http_request_duration_seconds_bucket{route="/v1/search",le="0.0005"})") <=
          m.at(R"(helpdex_http_request_duration_seconds_bucket{route="/v1/search",le="2.5"})"));
    CHECK(m.at("helpdex_http_requests_in_flight") == 1);  // this very request
    CHECK(m.at("helpdex_http_open_connections") >= 1);
    CHECK(m.count("helpdex_http_requests_queued"));
}

TEST_CASE("metrics name the served generation and count its documents", "[api][metrics][integration]") {
    test::RunningServer server;
    auto client = server.client();
    const std::string generation = client.Get("/v1/search?q=refund")->get_header_value("X-Helpdex-Generation");
    const auto m = samples(client.Get("/metrics")->body);
    CHECK(m.at("helpdex_index_generation_info{generation=\"" + generation + "\"}") == 1);
    const double documents = m.at("helpdex_index_documents");
    CHECK(documents > 0);
    double by_type = 0, by_language = 0;
    for (const auto& [name, value] : m) {
        if (name.rfind("helpdex_index_documents_by_type{", 0) == 0) by_type += value;
        if (name.rfind("helpdex_index_documents_by_language{", 0) == 0) by_language += value;
    }
    CHECK(by_type == documents);
    CHECK(by_language == documents);
    CHECK(m.at("helpdex_index_generation_created_seconds") > 1.7e9);
}

TEST_CASE("metrics count reindex jobs by result, with their duration", "[api][metrics][integration][reindex]") {
    test::RunningServer server(test::RunningServer::WithCorpus{});
    auto client = server.client();
    auto started = client.Post("/v1/admin/reindex", "{}", "application/json");
    REQUIRE(started);
    REQUIRE(started->status == 202);
    const std::string id = nlohmann::json::parse(started->body)["id"];
    REQUIRE(test::finished_job(server, id)["state"] == "succeeded");
    const auto m = samples(client.Get("/metrics")->body);
    CHECK(m.at(R"(helpdex_reindex_jobs_total{result="succeeded"})") == 1);
    CHECK(m.at("helpdex_reindex_running") == 0);
    CHECK(m.at("helpdex_reindex_duration_seconds_count") == 1);
    CHECK(m.at("helpdex_reindex_last_duration_seconds") > 0);
}

TEST_CASE("label values are escaped as the exposition format asks", "[api][metrics]") {
    api::Metrics metrics;
    metrics.count_rate_limited("we\"ird\\name");
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    const auto generation = Generation::open_current(dir / "idx", Preload::nothing);
    const std::string text = metrics.render(*generation);
    CHECK(text.find(R"(helpdex_rate_limited_requests_total{key="we\"ird\\name"} 1)") != std::string::npos);
    samples(text);
}
