// Proves reindexing from the server through the real HTTP API: an edit goes live, a strict
// run over a broken corpus changes nothing and says why, one job runs at a time, and the
// requests' errors name their field.
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "reindex_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

json body_of(const httplib::Result& result) {
    REQUIRE(result);
    return json::parse(result->body);
}

json post_reindex(test::RunningServer& server, const std::string& body, int expected_status) {
    const auto result = server.client().Post("/v1/admin/reindex", body, "application/json");
    REQUIRE(result);
    CHECK(result->status == expected_status);
    return json::parse(result->body);
}

std::string served_generation(test::RunningServer& server) {
    return body_of(server.client().Get("/readyz")).at("generation");
}

}  // namespace

TEST_CASE("an editor's reindex puts the edited corpus live and the job reports it", "[server][reindex]") {
    test::RunningServer server(test::RunningServer::WithCorpus{});
    const std::string before = served_generation(server);
    test::write_file(server.corpus() / "articles" / "devices" / "zorblax.en.md", test::kZorblaxArticle);
    CHECK(test::search_total(server, "zorblax") == 0);

    const auto started = server.client().Post("/v1/admin/reindex", "", "application/json");
    REQUIRE(started);
    CHECK(started->status == 202);
    const json job = json::parse(started->body);
    CHECK(job.at("state") == "running");
    CHECK(job.at("strict") == false);
    CHECK(started->get_header_value("Location") == "/v1/admin/jobs/" + job.at("id").get<std::string>());

    const json done = test::finished_job(server, job.at("id"));
    CHECK(done.at("state") == "succeeded");
    CHECK(done.at("phase") == "done");
    CHECK(done.at("error").is_null());
    CHECK(done.at("errors") == 0);
    CHECK(done.at("documents").at("done") == done.at("documents").at("total"));
    const json& result = done.at("result");
    CHECK(result.at("indexed") == 11);  // the fixture's 10 published documents and the new one
    CHECK(result.at("by_type").at("faq") >= 1);
    // Swapped in as the job finished, not at the reload loop's next look.
    CHECK(result.at("generation") != before);
    CHECK(served_generation(server) == result.at("generation"));
    CHECK(test::search_total(server, "zorblax") == 1);
    // Incremental: only the new article was analysed.
    const json& reindex = result.at("reindex");
    CHECK(reindex.at("incremental") == true);
    CHECK(reindex.at("full_reason").is_null());
    CHECK(reindex.at("added") == 1);
    CHECK(reindex.at("changed") == 0);
    CHECK(reindex.at("removed") == 0);
    CHECK(reindex.at("unchanged") == 10);
    CHECK(done.at("documents").at("total") == 1);

    // A whole build when asked for one, with the same documents.
    const json full = test::finished_job(server, post_reindex(server, R"({"full": true})", 202).at("id"));
    CHECK(full.at("full") == true);
    CHECK(full.at("result").at("indexed") == 11);
    CHECK(full.at("result").at("reindex").at("incremental") == false);
    CHECK(full.at("result").at("reindex").at("full_reason") == "a full reindex was asked for");
    CHECK(full.at("result").at("reindex").at("classifier").at("retrained") == true);
    CHECK(test::search_total(server, "zorblax") == 1);

    // The log tells the job's course.
    bool logged = false;
    for (const json& line : server.log().parsed()) {
        const std::string message = line.value("message", "");
        logged = logged || message.find("reindex " + job.at("id").get<std::string>() + ": succeeded") != std::string::npos;
    }
    CHECK(logged);
}

TEST_CASE("a strict reindex of a broken corpus leaves the live index untouched and names file, line and field",
          "[server][reindex]") {
    test::RunningServer server(test::RunningServer::WithCorpus{});
    const std::string before = served_generation(server);
    test::write_file(server.corpus() / "articles" / "devices" / "zorblax.en.md", test::zorblax_article_in("xx"));

    const json job = post_reindex(server, R"({"strict": true})", 202);
    CHECK(job.at("strict") == true);
    const json done = test::finished_job(server, job.at("id"));
    CHECK(done.at("state") == "failed");
    CHECK(done.at("result").is_null());
    CHECK(done.at("error").get<std::string>().find("the live index was not changed") != std::string::npos);
    REQUIRE(done.at("errors") == 1);
    const json& problem = done.at("diagnostics").at(0);
    CHECK(problem.at("severity") == "error");
    CHECK(problem.at("code").is_string());
    CHECK(problem.at("file") == "articles/devices/zorblax.en.md");
    CHECK(problem.at("line") == 5);
    CHECK(problem.at("field") == "lang");
    CHECK(served_generation(server) == before);

    // Without strict the broken document is skipped and the rest goes live, with a warning.
    const json lenient = test::finished_job(server, post_reindex(server, "{}", 202).at("id"));
    CHECK(lenient.at("state") == "succeeded");
    CHECK(lenient.at("result").at("skipped") == 1);
    CHECK(served_generation(server) != before);
}

TEST_CASE("one reindex job runs at a time: another request is refused naming it", "[server][reindex]") {
    std::mutex mutex;
    std::condition_variable changed;
    bool release = false;
    test::RunningServer::WithCorpus with;
    // Holds the first job as it starts validating, until the test has asked for another.
    with.observer = [&](const api::ReindexJob& job) {
        if (job.phase != api::ReindexJob::Phase::validating || job.id.back() != '1') return;
        std::unique_lock lock(mutex);
        changed.wait_for(lock, std::chrono::seconds(30), [&] { return release; });
    };
    test::RunningServer server(std::move(with));

    const json first = post_reindex(server, "", 202);
    const json refused = post_reindex(server, "", 409);
    CHECK(refused.at("error").at("code") == "job_running");
    CHECK(refused.at("error").at("job") == first.at("id"));
    // The running job is there to follow.
    CHECK(body_of(server.client().Get("/v1/admin/jobs/" + first.at("id").get<std::string>())).at("state") == "running");
    {
        std::lock_guard lock(mutex);
        release = true;
    }
    changed.notify_all();
    CHECK(test::finished_job(server, first.at("id")).at("state") == "succeeded");
    // Once it has finished, the next one starts.
    const json second = post_reindex(server, "", 202);
    CHECK(second.at("id") != first.at("id"));
    CHECK(test::finished_job(server, second.at("id")).at("state") == "succeeded");
}

TEST_CASE("reindex requests that cannot be served say why, naming the field", "[server][reindex]") {
    SECTION("a server without a corpus has nothing to reindex") {
        test::RunningServer server(test::quiet_options());
        const json error = post_reindex(server, "", 409).at("error");
        CHECK(error.at("code") == "no_corpus");
        CHECK(error.at("field") == "corpus");
    }
    SECTION("bad bodies and unknown jobs") {
        test::RunningServer server(test::RunningServer::WithCorpus{});
        CHECK(post_reindex(server, R"({"strict": 1})", 400).at("error").at("field") == "strict");
        CHECK(post_reindex(server, R"({"full": "yes"})", 400).at("error").at("field") == "full");
        CHECK(post_reindex(server, R"({"force": true})", 400).at("error").at("field") == "force");
        CHECK(post_reindex(server, "[true]", 400).at("error").at("code") == "malformed_json");
        CHECK(post_reindex(server, "{", 400).at("error").at("code") == "malformed_json");
        const auto missing = server.client().Get("/v1/admin/jobs/reindex-0-0");
        REQUIRE(missing);
        CHECK(missing->status == 404);
        CHECK(json::parse(missing->body).at("error").at("code") == "not_found");
    }
}
