// The guard: one place where requests are timed, logged and their failures answered.
#include "api/guard.h"

#include <httplib.h>
#include <xapian.h>

#include "api/errors.h"
#include "api/responses.h"
#include "search/generation.h"

namespace helpdex::api {

namespace {

AccessRecord record_of(const RequestContext& context, const httplib::Request& req, int status) {
    return {req.method, context.route, req.path, status, std::nullopt, context.request_id, context.key_name};
}

// Answers the exception in flight; a server fault is logged with its real message, which
// the client never sees.
void answer_failure(const RequestContext& context, const httplib::Request& req, httplib::Response& res, const Log& log) {
    auto server_fault = [&](const std::string& detail, const char* public_message) {
        log.request_error(record_of(context, req, 500), detail);
        send_error(res, ApiError(500, "internal_error", public_message));
    };
    try {
        throw;
    } catch (const ApiError& e) {
        send_error(res, e);
    } catch (const IndexError& e) {
        send_error(res, ApiError(503, "unavailable", e.what()));
    } catch (const Xapian::Error& e) {
        server_fault(e.get_description(), "the search index failed to answer");
    } catch (const std::exception& e) {
        server_fault(e.what(), "the server failed to answer this request");
    } catch (...) {
        server_fault("an exception of unknown type", "the server failed to answer this request");
    }
}

}  // namespace

HttpHandler guarded(Route route, Services& services, const Log& log) {
    return [route = std::move(route), &services, &log](const httplib::Request& req, httplib::Response& res) {
        RequestContext context;
        context.request_id = res.get_header_value(kRequestIdHeader);
        context.started = std::chrono::steady_clock::now();
        context.route = route.pattern;
        context.scope = route.scope;
        services.metrics.request_started();
        try {
            services.access.admit(context, req);
            route.handler(context, services, req, res);
        } catch (...) {
            answer_failure(context, req, res, log);
        }
        services.metrics.request_ended();
        if (res.status == 429) services.metrics.count_rate_limited(context.key_name);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - context.started).count();
        services.metrics.count_request(route.pattern, req.method, res.status, seconds);
        AccessRecord record = record_of(context, req, res.status);
        record.latency_ms = seconds * 1000.0;
        log.access(record);
    };
}

}  // namespace helpdex::api
