// Reindexing under load: clients on loopback ask without pause while three reindexes run
// through the API, one of them over a broken corpus. No request fails, each good swap makes
// the edit searchable, and every answer comes from one generation.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "reindex_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

// What the clients saw: statuses, and for each generation whether "zorblax" was found.
struct Observed {
    std::mutex mutex;
    std::map<int, size_t> statuses;
    std::map<std::string, std::set<size_t>> zorblax_totals;  // generation → totals seen
    size_t requests = 0;
};

// Sends requests without pause until `stop` (or 120 s, or 50,000 requests: bounded).
void ask_until(test::RunningServer& server, const std::atomic<bool>& stop, Observed& seen, bool suggest) {
    httplib::Client client = server.client();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    for (int i = 0; i < 50000 && !stop && std::chrono::steady_clock::now() < deadline; ++i) {
        const auto result = suggest ? client.Post("/v1/suggest", R"({"text":"camera offline since yesterday"})", "application/json")
                                    : client.Get("/v1/search?q=zorblax");
        std::lock_guard lock(seen.mutex);
        ++seen.requests;
        if (!result) {
            ++seen.statuses[0];  // no answer at all
            continue;
        }
        ++seen.statuses[result->status];
        if (!suggest && result->status == 200) {
            const size_t total = json::parse(result->body).at("total");
            seen.zorblax_totals[result->get_header_value("X-Helpdex-Generation")].insert(total);
        }
    }
}

json run_job(test::RunningServer& server, const std::string& body) {
    const auto started = server.client().Post("/v1/admin/reindex", body, "application/json");
    REQUIRE(started);
    REQUIRE(started->status == 202);
    return test::finished_job(server, json::parse(started->body).at("id"));
}

}  // namespace

TEST_CASE("three reindexes under load: no failed request, every edit live after its swap, one generation per answer",
          "[server][reindex][load]") {
    test::RunningServer server(test::RunningServer::WithCorpus{});
    const auto article = server.corpus() / "articles" / "devices" / "zorblax.en.md";
    const auto broken = server.corpus() / "articles" / "devices" / "broken.en.md";
    Observed seen;
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (bool suggest : {true, true, false}) clients.emplace_back([&, suggest] { ask_until(server, stop, seen, suggest); });

    // 1. An article is added: live after the swap.
    test::write_file(article, test::kZorblaxArticle);
    const json added = run_job(server, "{}");
    CHECK(added.at("state") == "succeeded");
    CHECK(test::search_total(server, "zorblax") == 1);
    // 2. A broken document, strict: refused, the live index keeps the article.
    test::write_file(broken, test::zorblax_article_in("xx"));
    const json refused = run_job(server, R"({"strict": true})");
    CHECK(refused.at("state") == "failed");
    CHECK(test::search_total(server, "zorblax") == 1);
    // 3. The broken file and the article removed: live after the swap.
    std::filesystem::remove(broken);
    std::filesystem::remove(article);
    const json removed = run_job(server, R"({"strict": true})");
    CHECK(removed.at("state") == "succeeded");
    CHECK(test::search_total(server, "zorblax") == 0);

    stop = true;
    for (std::thread& client : clients) client.join();
    INFO(seen.requests << " requests");
    CHECK(seen.requests > 30);
    CHECK(seen.statuses.size() == 1);
    CHECK(seen.statuses[200] == seen.requests);
    // Each generation answered consistently: the article's generation always found it, the
    // others never; an answer never came from an unnamed or half-swapped index.
    const std::string with_article = added.at("result").at("generation");
    for (const auto& [generation, totals] : seen.zorblax_totals) {
        INFO(generation);
        CHECK_FALSE(generation.empty());
        CHECK(totals == std::set<size_t>{generation == with_article ? size_t{1} : size_t{0}});
    }
}
