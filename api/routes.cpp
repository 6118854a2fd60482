// The handlers, verb_noun, and the table that names them.
#include "api/routes.h"

#include <httplib.h>

#include "api/api_contract.h"
#include "api/errors.h"
#include "api/json_views.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "api/web_console.h"
#include "search/search.h"
#include "search/suggester.h"

namespace helpdex::api {

namespace {

QueryParams params_of(const httplib::Request& req) {
    return QueryParams(req.params.begin(), req.params.end());
}

void get_healthz(const RequestContext&, Services&, const httplib::Request&, httplib::Response& res) {
    send_json(res, {{"status", "ok"}});
}

void get_readyz(const RequestContext&, Services& services, const httplib::Request&, httplib::Response& res) {
    const auto engine = services.searchers.borrow();
    // A real query, not just "the file is open": proves the index answers.
    SearchRequest probe;
    probe.limit = 1;
    if (search(*engine, probe).total == 0) throw ApiError(503, "unavailable", "the index holds no documents");
    nlohmann::json body = generation_json(engine->generation());
    body["status"] = "ready";
    send_json(res, body);
}

void get_search(const RequestContext&, Services& services, const httplib::Request& req, httplib::Response& res) {
    const SearchRequest request = parse_search_request(params_of(req));
    const auto engine = services.searchers.borrow();
    res.set_header(kGenerationHeader, engine->generation().name());
    send_json(res, search_response_json(search(*engine, request, *services.synonyms.current())));
}

void post_suggest(const RequestContext&, Services& services, const httplib::Request& req, httplib::Response& res) {
    const std::string content_type = req.get_header_value("Content-Type");
    if (!content_type.empty() && content_type.find("json") == std::string::npos) {
        throw ApiError(415, "unsupported_media_type", "send the body as application/json, not " + content_type, "Content-Type");
    }
    SuggestRequest request = parse_suggest_request(req.body);
    request.accept_language = preferred_language(req.get_header_value("Accept-Language"));
    const auto engine = services.searchers.borrow();
    res.set_header(kGenerationHeader, engine->generation().name());
    const auto synonyms = services.synonyms.current();
    Suggestion suggestion = suggest(*engine, request, services.ranking, *synonyms);
    StageTimer timer;
    send_json(res, suggestion_json(suggestion));
    timer.lap("response");
    suggestion.timings.push_back(timer.take().front());
    res.set_header(kServerTimingHeader, server_timing(suggestion.timings));
}

void get_document(const RequestContext&, Services& services, const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    const std::string lang = parse_document_lang(params_of(req));
    const auto engine = services.searchers.borrow();
    res.set_header(kGenerationHeader, engine->generation().name());
    Searcher& searcher = *engine;
    auto document = searcher.find_document(id);
    if (!document) throw ApiError::not_found("no published document with id \"" + id + "\"");
    const auto members = searcher.translations(document->group());
    if (!lang.empty() && lang != document->lang) {
        for (const auto& [member_lang, member_id] : members) {
            if (member_lang == lang) {
                document = searcher.find_document(member_id);
                break;
            }
        }
    }
    send_json(res, document_json(*document, members));
}

void get_openapi(const RequestContext&, Services&, const httplib::Request&, httplib::Response& res) {
    send_json(res, openapi_json());
}

void get_metrics(const RequestContext&, Services& services, const httplib::Request&, httplib::Response& res) {
    res.status = 200;
    res.set_content(services.metrics.render(*services.index->current()), "text/plain; version=0.0.4; charset=utf-8");
}

ReindexJobs& reindex_jobs(Services& services) {
    if (!services.reindex) {
        throw ApiError(409, "no_corpus", "the server was started without a corpus (--corpus DIR): it has nothing to reindex",
                       "corpus");
    }
    return *services.reindex;
}

void post_reindex(const RequestContext&, Services& services, const httplib::Request& req, httplib::Response& res) {
    const ReindexJob job = reindex_jobs(services).start(parse_reindex_request(req.body));
    res.set_header("Location", "/v1/admin/jobs/" + job.id);
    send_json(res, reindex_job_json(job), 202);
}

void get_job(const RequestContext&, Services& services, const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    const auto job = reindex_jobs(services).find(id);
    if (!job) throw ApiError::not_found("no reindex job \"" + id + "\" (the last " + std::to_string(ReindexJobs::kKeptJobs) + " are kept)");
    send_json(res, reindex_job_json(*job));
}

}  // namespace

std::vector<Route> api_routes() {
    std::vector<Route> routes = {
        {"GET", "/healthz", Scope::public_, get_healthz},
        {"GET", "/readyz", Scope::public_, get_readyz},
        {"GET", kMetricsPath, Scope::public_, get_metrics},
        {"GET", "/v1/openapi.json", Scope::public_, get_openapi},
        {"GET", "/v1/search", Scope::search, get_search},
        {"POST", "/v1/suggest", Scope::search, post_suggest},
        {"GET", "/v1/documents/{id}", Scope::search, get_document},
        {"POST", "/v1/admin/reindex", Scope::admin, post_reindex},
        {"GET", "/v1/admin/jobs/{id}", Scope::admin, get_job},
    };
    for (Route& route : web_console_routes()) routes.push_back(std::move(route));
    return routes;
}

std::string path_regex(std::string_view pattern) {
    constexpr std::string_view kSpecial = R"(\^$.|?*+()[])";
    std::string regex;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            if (kSpecial.find(pattern[i]) != std::string_view::npos) regex += '\\';
            regex += pattern[i];
        } else {
            regex += "([^/]+)";
            i = close;
        }
    }
    return regex;
}

}  // namespace helpdex::api
