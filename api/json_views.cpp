// Response shapes, one function each.
#include "api/json_views.h"

#include <cmath>

#include "api/log.h"

namespace helpdex::api {

namespace {

// Scores and confidences are shown to 4 decimals: more is noise to a reader.
double rounded(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

nlohmann::json hit_summary(const Hit& hit) {
    return {{"id", hit.id},          {"title", hit.title}, {"type", hit.type},
            {"lang", hit.lang},      {"category", hit.category},
            {"score", rounded(hit.score)}, {"snippet", hit.snippet}};
}

nlohmann::json string_or_null(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

// A document's own escalation section: every field a string, empty when not given.
nlohmann::json escalation_json(const Escalation& e) {
    return {{"team", e.team}, {"tier", e.tier}, {"sla", e.sla}, {"when", e.when}, {"contact", e.contact}};
}

nlohmann::json segments_json(const std::vector<TextSegment>& segments) {
    nlohmann::json out = nlohmann::json::array();
    for (const TextSegment& segment : segments) {
        out.push_back({{"text", segment.text}, {"kind", std::string(segment_kind_name(segment.kind))}});
    }
    return out;
}

nlohmann::json shown_or_null(const Hit& hit, std::string ShownDocument::*field) {
    return hit.shown ? string_or_null((*hit.shown).*field) : nlohmann::json(nullptr);
}

nlohmann::json solution_json(const Hit& hit) {
    nlohmann::json item = hit_summary(hit);
    item["steps"] = hit.shown ? hit.shown->steps : std::vector<std::string>{};
    item["matched_terms"] = hit.matched_terms;
    item["priority"] = std::string(priority_name(hit.priority));
    item["updated"] = shown_or_null(hit, &ShownDocument::updated);
    item["confidence"] = rounded(hit.confidence);
    return item;
}

// A past issue says when it happened and how it was resolved, for agents to skim.
nlohmann::json similar_issue_json(const Hit& hit) {
    return {{"id", hit.id},
            {"title", hit.title},
            {"type", hit.type},
            {"lang", hit.lang},
            {"category", hit.category},
            {"score", rounded(hit.score)},
            {"confidence", rounded(hit.confidence)},
            {"updated", shown_or_null(hit, &ShownDocument::updated)},
            {"resolution", shown_or_null(hit, &ShownDocument::resolution)},
            {"snippet", hit.snippet},
            {"matched_terms", hit.matched_terms}};
}

nlohmann::json corrections_json(const std::vector<wording::Correction>& corrections) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : corrections) list.push_back({{"word", c.word}, {"correction", c.correction}});
    return list;
}

}  // namespace

nlohmann::json search_response_json(const SearchResponse& response) {
    nlohmann::json results = nlohmann::json::array();
    for (const Hit& hit : response.results) {
        nlohmann::json item = hit_summary(hit);
        item["matched_terms"] = hit.matched_terms;
        results.push_back(std::move(item));
    }
    return {{"total", response.total},
            {"query_language", response.query_language},
            {"corrected_query", string_or_null(response.corrected_query)},
            {"corrections", corrections_json(response.corrections)},
            {"results", std::move(results)},
            {"facets", response.facets}};
}

nlohmann::json suggestion_json(const Suggestion& s) {
    nlohmann::json cues = nlohmann::json::array();
    for (const auto& cue : s.inquiry.urgency_cues) {
        cues.push_back({{"phrase", cue.phrase}, {"level", std::string(priority_name(cue.level))}, {"reason", cue.reason}});
    }
    nlohmann::json solutions = nlohmann::json::array();
    for (const Hit& hit : s.solutions) solutions.push_back(solution_json(hit));
    nlohmann::json similar = nlohmann::json::array();
    for (const Hit& hit : s.similar_issues) similar.push_back(similar_issue_json(hit));
    const EscalationAdvice& e = s.escalation;
    return {
        {"answered", s.answered},
        {"inquiry",
         {{"language", s.inquiry.language},
          {"language_confidence", rounded(s.inquiry.language_confidence)},
          {"language_source", std::string(language_source_name(s.inquiry.language_source))},
          {"language_in_index", s.inquiry.language_in_index},
          {"category", string_or_null(s.inquiry.category)},
          {"category_confidence", rounded(s.inquiry.category_confidence)},
          {"category_uncertain", s.inquiry.category_uncertain},
          {"urgency", s.inquiry.urgency},
          {"urgency_cues", std::move(cues)},
          {"terms", s.inquiry.terms},
          {"corrections", corrections_json(s.inquiry.corrections)},
          {"segments", segments_json(s.inquiry.segments)}}},
        {"solutions", std::move(solutions)},
        {"similar_issues", std::move(similar)},
        {"escalation",
         {{"category", string_or_null(e.category)},
          {"team", string_or_null(e.team)},
          {"tier", string_or_null(e.tier)},
          {"sla", string_or_null(e.sla)},
          {"path", e.path},
          {"when", string_or_null(e.when)},
          {"contact", string_or_null(e.contact)},
          {"source", e.source}}},
    };
}

nlohmann::json document_json(const KbDocument& d, const std::vector<std::pair<std::string, std::string>>& translations) {
    nlohmann::json members = nlohmann::json::array();
    for (const auto& [lang, id] : translations) members.push_back({{"lang", lang}, {"id", id}});
    return {
        {"id", d.id},
        {"type", d.type},
        {"title", d.title},
        {"lang", d.lang},
        {"category", d.category},
        {"translation_of", string_or_null(d.translation_of)},
        {"product", string_or_null(d.product)},
        {"tags", d.tags},
        {"symptoms", d.symptoms},
        {"priority", d.priority},
        {"escalation", d.escalation ? escalation_json(*d.escalation) : nlohmann::json(nullptr)},
        {"status", d.status},
        {"updated", string_or_null(d.updated)},
        {"steps", d.steps},
        {"source", d.source},
        {"body", {{"markdown", d.body_markdown}, {"html", d.body_html}}},
        {"translations", std::move(members)},
    };
}

nlohmann::json generation_json(const Generation& generation) {
    return {{"generation", generation.name()},
            {"documents", generation.document_count()},
            {"languages", generation.languages()}};
}

namespace {

// How the job's reindex went about it: incremental (and what it re-analysed) or full (and why).
nlohmann::json reindex_report_json(const indexer::ReindexReport& r) {
    return {{"incremental", r.incremental},
            {"full_reason", r.incremental ? nlohmann::json(nullptr) : nlohmann::json(r.full_reason)},
            {"added", r.added},
            {"changed", r.changed},
            {"removed", r.removed},
            {"unchanged", r.unchanged},
            {"categories_relinked", r.categories_relinked},
            {"classifier", {{"retrained", r.classifier_retrained},
                            {"unlearnt_changes", r.classifier_unlearnt},
                            {"reason", r.classifier_reason}}}};
}

}  // namespace

nlohmann::json reindex_job_json(const ReindexJob& job) {
    using nlohmann::json;
    auto or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    json diagnostics = json::array();
    std::map<indexer::Diagnostic::Severity, size_t> counts;
    for (const indexer::Diagnostic& d : job.diagnostics) {
        ++counts[d.severity];
        diagnostics.push_back({{"severity", indexer::severity_name(d.severity)},
                               {"code", or_null(d.code)},
                               {"file", d.file},
                               {"line", d.line == 0 ? json(nullptr) : json(d.line)},
                               {"field", or_null(d.field)},
                               {"message", d.message}});
    }
    json result = nullptr;
    if (job.summary) {
        const indexer::IndexSummary& s = *job.summary;
        result = {{"generation", s.generation}, {"indexed", s.indexed},     {"skipped", s.skipped},
                  {"by_type", s.by_type},       {"by_lang", s.by_lang},     {"by_status", s.by_status},
                  {"elapsed_ms", s.elapsed.count()}, {"reindex", reindex_report_json(s.reindex)}};
    }
    const bool running = job.state == ReindexJob::State::running;
    return {{"id", job.id},
            {"state", state_name(job.state)},
            {"phase", phase_name(job.phase)},
            {"strict", job.strict},
            {"full", job.full},
            {"started", iso8601_utc(job.started)},
            {"finished", running ? json(nullptr) : json(iso8601_utc(job.finished))},
            {"documents", {{"done", job.documents_done}, {"total", job.documents_total}}},
            {"errors", counts[indexer::Diagnostic::Severity::error]},
            {"warnings", counts[indexer::Diagnostic::Severity::warning]},
            {"notices", counts[indexer::Diagnostic::Severity::notice]},
            {"diagnostics", diagnostics},
            {"result", result},
            {"error", or_null(job.error)}};
}

}  // namespace helpdex::api
