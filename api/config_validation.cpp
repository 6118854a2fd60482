// Checking a config: ranges, formats and the pairs of keys that go together.
#include "api/config.h"

#include <filesystem>
#include <sstream>

#include "search/remote_shard.h"

namespace helpdex::api {

namespace {

// Collects range problems; NaN fails every comparison, so it is rejected too.
class RangeCheck {
public:
    explicit RangeCheck(std::vector<ConfigProblem>& problems) : problems_(problems) {}

    void whole(const char* field, unsigned long long value, unsigned long long min, unsigned long long max) {
        if (value < min || value > max) {
            problems_.push_back({field, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                                            std::to_string(value)});
        }
    }
    void signed_whole(const char* field, long long value, long long min, long long max) {
        if (value < min || value > max) {
            problems_.push_back({field, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                                            std::to_string(value)});
        }
    }
    void number(const char* field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            problems_.push_back({field, "must be between " + shown(min) + " and " + shown(max) + ", not " + shown(value)});
        }
    }
    void positive(const char* field, double value, double max) {
        if (!(value > 0 && value <= max)) {
            problems_.push_back({field, "must be greater than 0 and at most " + shown(max) + ", not " + shown(value)});
        }
    }
    void not_empty(const char* field, const std::string& value) {
        if (value.empty()) problems_.push_back({field, "must not be empty"});
    }
    void remote_shards(const char* field, const std::vector<std::string>& urls) {
        std::string why;
        for (size_t i = 0; i < urls.size(); ++i) {
            if (!parse_remote_shard(urls[i], &why)) problems_.push_back({field, "entry " + std::to_string(i + 1) + " \"" + urls[i] + "\" " + why});
        }
    }

private:
    static std::string shown(double value) {
        std::ostringstream out;
        out << value;  // 0, 1.5, nan
        return out.str();
    }
    std::vector<ConfigProblem>& problems_;
};

// "https://console.example.com" or "http://localhost:3000", as a browser sends Origin.
bool is_origin(const std::string& origin) {
    const size_t scheme_end = origin.find("://");
    if (scheme_end == std::string::npos) return false;
    const std::string scheme = origin.substr(0, scheme_end);
    const std::string host = origin.substr(scheme_end + 3);
    return (scheme == "http" || scheme == "https") && !host.empty() && host.find_first_of("/?# ") == std::string::npos;
}

void validate_access(const access::AccessOptions& access, std::vector<ConfigProblem>& problems) {
    RangeCheck check(problems);
    check.number("rate_limit_per_second", access.rate.per_second, 0, 1e6);  // 0: no limit
    check.number("rate_limit_burst", access.rate.burst, 1, 1e6);
    for (size_t i = 0; i < access.cors_origins.size(); ++i) {
        const std::string& origin = access.cors_origins[i];
        if (origin != "*" && !is_origin(origin)) {
            problems.push_back({"cors_origins", "entry " + std::to_string(i + 1) + " \"" + origin +
                                                    "\" must be \"*\" or scheme://host[:port], e.g. https://console.example.com"});
        }
    }
}

void validate_tls(const ServerOptions& s, std::vector<ConfigProblem>& problems) {
    if (s.tls_cert.empty() != s.tls_key.empty()) {
        problems.push_back({s.tls_cert.empty() ? "tls_cert" : "tls_key", "TLS needs both tls_cert and tls_key"});
    }
    for (const auto& [field, path] : {std::pair{"tls_cert", s.tls_cert}, std::pair{"tls_key", s.tls_key}}) {
        if (!path.empty() && !std::filesystem::is_regular_file(path)) problems.push_back({field, "no such file: \"" + path + "\""});
    }
}

}  // namespace

std::vector<ConfigProblem> validate(const Config& config) {
    std::vector<ConfigProblem> problems;
    RangeCheck check(problems);
    const ServerOptions& s = config.server;
    check.not_empty("db", config.db);
    check.remote_shards("shards", config.shards);
    if (!config.corpus.empty() && !std::filesystem::is_directory(config.corpus)) {
        problems.push_back({"corpus", "not a folder: \"" + config.corpus + "\""});
    }
    check.not_empty("host", s.host);
    check.signed_whole("port", s.port, 0, 65535);
    check.whole("threads", s.threads, 2, 1024);
    check.whole("max_connections", s.max_connections, 1, 1'000'000);
    check.whole("max_queued", s.max_queued, 0, 1'000'000);
    constexpr long long kTenMinutes = 600'000;
    check.signed_whole("header_timeout_ms", s.header_timeout.count(), 1, kTenMinutes);
    check.signed_whole("request_timeout_ms", s.request_timeout.count(), 1, kTenMinutes);
    check.signed_whole("write_timeout_ms", s.write_timeout.count(), 1, kTenMinutes);
    check.signed_whole("keep_alive_timeout_ms", s.keep_alive_timeout.count(), 1, kTenMinutes);
    if (s.header_timeout > s.request_timeout) {
        problems.push_back({"header_timeout_ms", "must not exceed request_timeout_ms (" + std::to_string(s.request_timeout.count()) +
                                                     "), not " + std::to_string(s.header_timeout.count())});
    }
    check.whole("max_body_bytes", s.max_body_bytes, 1024, 64 << 20);
    check.signed_whole("reload_interval_ms", s.reload_interval.count(), 0, 24 * 3600 * 1000);  // 0: never reload
    if (s.watch && config.corpus.empty()) problems.push_back({"watch", "needs the corpus to watch: --corpus DIR"});
    check.signed_whole("watch_debounce_ms", s.watch_debounce.count(), 10, 60'000);
    validate_access(s.access, problems);
    validate_tls(s, problems);
    const RankingParameters& r = config.ranking;
    check.number("ranking.classifier_weight", r.classifier_weight, 0, 1);
    check.number("ranking.category_boost", r.category_boost, 0, 100);
    check.number("ranking.uncertain_below", r.uncertain_below, 0, 1);
    check.number("ranking.repeat_category_factor", r.repeat_category_factor, 0, 1);
    check.positive("ranking.bm25_k1", r.bm25_k1, 10);
    check.number("ranking.bm25_b", r.bm25_b, 0, 1);
    check.whole("ranking.expand_up_to_terms", r.expand_up_to_terms, 0, 100);
    check.number("ranking.expansion_weight", r.expansion_weight, 0, 1);
    check.number("ranking.bridge_weight", r.bridge_weight, 0, 4);
    check.number("ranking.show_from", r.show_from, 0, 1);
    check.number("ranking.title_boost", r.title_boost, 0, 10);
    check.number("ranking.more_from", r.more_from, 0, 1);
    check.number("ranking.answered_from", r.answered_from, 0, 1);
    return problems;
}

}  // namespace helpdex::api
