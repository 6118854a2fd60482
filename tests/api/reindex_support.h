// What the reindex tests share: an article to add to the fixture corpus, and following a
// reindex job through the API.
#pragma once

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "running_server.h"

namespace helpdex::test {

// A new FAQ for the small-corpus fixture, with a word no fixture document has.
inline const char* const kZorblaxArticle = R"(---
id: fx-zorblax-pairing
type: faq
title: Pairing the Zorblax sensor
lang: en
category: devices/setup
updated: 2026-11-30
---
Hold the Zorblax button for five seconds until the light blinks.
)";

// The article with its `lang` replaced: "xx" makes it a document with one error, on line 5.
inline std::string zorblax_article_in(const std::string& lang) {
    std::string article = kZorblaxArticle;
    article.replace(article.find("lang: en"), 8, "lang: " + lang);
    return article;
}

// The reindex job once it no longer runs (a bounded wait: at most 120 s).
inline nlohmann::json finished_job(RunningServer& server, const std::string& id) {
    for (int i = 0; i < 2400; ++i) {
        const auto polled = server.client().Get("/v1/admin/jobs/" + id);
        REQUIRE(polled);
        const nlohmann::json job = nlohmann::json::parse(polled->body);
        if (job.at("state") != "running") return job;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL("reindex job " << id << " still running after 120 s");
    return {};
}

// How many documents GET /v1/search finds for `q`.
inline size_t search_total(RunningServer& server, const std::string& q) {
    const auto result = server.client().Get("/v1/search?q=" + q);
    REQUIRE(result);
    return nlohmann::json::parse(result->body).at("total");
}

}  // namespace helpdex::test
