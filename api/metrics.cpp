// Counting, and the Prometheus text format.
#include "api/metrics.h"

#include <sstream>

namespace helpdex::api {

namespace {

// A label value with \, " and newline escaped, as the exposition format asks.
std::string label(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

void family(std::ostream& out, const char* name, const char* type, const char* help) {
    out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

// The manifest's counts ({"faq": 26, …}) as one gauge per label value.
void manifest_counts(std::ostream& out, const char* name, const char* label_name, const nlohmann::json& counts) {
    if (!counts.is_object()) return;
    for (const auto& [value, count] : counts.items()) {
        if (count.is_number()) out << name << '{' << label_name << "=\"" << label(value) << "\"} " << count << '\n';
    }
}

}  // namespace

void Metrics::watch_load(std::function<Load()> load) {
    std::lock_guard lock(mutex_);
    load_ = std::move(load);
}

void Metrics::count_request(std::string_view route, std::string_view method, int status, double seconds) {
    const std::string route_label = route.empty() ? "unmatched" : std::string(route);
    std::lock_guard lock(mutex_);
    ++requests_[{route_label, std::string(method), status}];
    if (seconds < 0) return;
    Latency& latency = latency_[route_label];
    size_t bucket = 0;
    while (bucket < kLatencyBounds.size() && seconds > kLatencyBounds[bucket]) ++bucket;
    if (bucket < kLatencyBounds.size()) ++latency.buckets[bucket];
    ++latency.count;
    latency.sum += seconds;
}

void Metrics::request_started() {
    std::lock_guard lock(mutex_);
    ++in_flight_;
}

void Metrics::request_ended() {
    std::lock_guard lock(mutex_);
    --in_flight_;
}

void Metrics::count_rate_limited(std::string_view key_name) {
    std::lock_guard lock(mutex_);
    ++rate_limited_[std::string(key_name)];
}

void Metrics::reindex_moved(const ReindexJob& job) {
    std::lock_guard lock(mutex_);
    reindex_running_ = job.state == ReindexJob::State::running;
    if (reindex_running_) return;
    ++reindex_jobs_[std::string(state_name(job.state))];
    reindex_last_seconds_ = std::chrono::duration<double>(job.finished - job.started).count();
    reindex_seconds_sum_ += reindex_last_seconds_;
}

std::string Metrics::render(const Generation& served) const {
    std::ostringstream out;
    out.precision(15);
    std::lock_guard lock(mutex_);
    family(out, "helpdex_http_requests_total", "counter", "Requests answered, by route pattern, method and status.");
    for (const auto& [key, count] : requests_) {
        const auto& [route, method, status] = key;
        out << "helpdex_http_requests_total{route=\"" << label(route) << "\",method=\"" << label(method) << "\",status=\""
            << status << "\"} " << count << '\n';
    }
    family(out, "helpdex_http_request_duration_seconds", "histogram", "Time to answer a routed request, by route pattern.");
    for (const auto& [route, latency] : latency_) {
        unsigned long long cumulative = 0;
        const std::string tag = "route=\"" + label(route) + "\"";
        for (size_t i = 0; i < kLatencyBounds.size(); ++i) {
            cumulative += latency.buckets[i];
            out << "helpdex_http_request_duration_seconds_bucket{" << tag << ",le=\"" << kLatencyBounds[i] << "\"} " << cumulative << '\n';
        }
        out << "helpdex_http_request_duration_seconds_bucket{" << tag << ",le=\"+Inf\"} " << latency.count << '\n';
        out << "helpdex_http_request_duration_seconds_sum{" << tag << "} " << latency.sum << '\n';
        out << "helpdex_http_request_duration_seconds_count{" << tag << "} " << latency.count << '\n';
    }
    const Load load = load_ ? load_() : Load{};
    family(out, "helpdex_http_requests_in_flight", "gauge", "Routed requests being answered now.");
    out << "helpdex_http_requests_in_flight " << in_flight_ << '\n';
    family(out, "helpdex_http_requests_queued", "gauge", "Requests that arrived and wait for a worker.");
    out << "helpdex_http_requests_queued " << load.queued_requests << '\n';
    family(out, "helpdex_http_open_connections", "gauge", "Open client connections, idle keep-alive ones included.");
    out << "helpdex_http_open_connections " << load.open_connections << '\n';
    family(out, "helpdex_rate_limited_requests_total", "counter", "Requests refused with 429, by API key name.");
    for (const auto& [key, count] : rate_limited_) out << "helpdex_rate_limited_requests_total{key=\"" << label(key) << "\"} " << count << '\n';

    const nlohmann::json& manifest = served.manifest();
    family(out, "helpdex_index_generation_info", "gauge", "The generation being served (value 1).");
    out << "helpdex_index_generation_info{generation=\"" << label(served.name()) << "\"} 1\n";
    family(out, "helpdex_index_generation_created_seconds", "gauge", "When the served generation was written, Unix time.");
    out << "helpdex_index_generation_created_seconds " << manifest.value("created_unix", 0.0) << '\n';
    family(out, "helpdex_index_documents", "gauge", "Documents in the served generation.");
    out << "helpdex_index_documents " << served.document_count() << '\n';
    family(out, "helpdex_index_documents_by_type", "gauge", "Documents in the served generation, by type.");
    manifest_counts(out, "helpdex_index_documents_by_type", "type", manifest.value("by_type", nlohmann::json()));
    family(out, "helpdex_index_documents_by_language", "gauge", "Documents in the served generation, by language.");
    manifest_counts(out, "helpdex_index_documents_by_language", "lang", manifest.value("by_lang", nlohmann::json()));

    family(out, "helpdex_reindex_jobs_total", "counter", "Reindex jobs finished, by result (succeeded, failed).");
    for (const auto& [result, count] : reindex_jobs_) out << "helpdex_reindex_jobs_total{result=\"" << label(result) << "\"} " << count << '\n';
    family(out, "helpdex_reindex_running", "gauge", "1 while a reindex job runs.");
    out << "helpdex_reindex_running " << (reindex_running_ ? 1 : 0) << '\n';
    family(out, "helpdex_reindex_duration_seconds", "summary", "Time reindex jobs took, from start to finish.");
    unsigned long long jobs = 0;
    for (const auto& [result, count] : reindex_jobs_) jobs += count;
    out << "helpdex_reindex_duration_seconds_sum " << reindex_seconds_sum_ << "\nhelpdex_reindex_duration_seconds_count " << jobs << '\n';
    family(out, "helpdex_reindex_last_duration_seconds", "gauge", "Time the last finished reindex job took.");
    out << "helpdex_reindex_last_duration_seconds " << reindex_last_seconds_ << '\n';
    return out.str();
}

}  // namespace helpdex::api
