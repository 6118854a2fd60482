// Plain-text rendering of suggestions and search results.
#include "cli/console_output.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace helpdex::cli {

namespace {

struct Paint {
    const ConsoleStyle& style;
    std::string operator()(std::string_view text, const char* code) const {
        if (!style.color) return std::string(text);
        return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
    }
};

constexpr const char* kBold = "1";
constexpr const char* kDim = "2";
constexpr const char* kCyan = "36";
constexpr const char* kYellow = "1;33";
constexpr const char* kRed = "1;31";
constexpr const char* kGreen = "32";

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

const char* urgency_color(const std::string& urgency) {
    if (urgency == "urgent") return kRed;
    if (urgency == "high") return kYellow;
    return kGreen;
}

// A search result shows its score; a suggestion's hit how sure helpdex is of it, and whether
// it is in another language than the inquiry's (no version in the customer's exists).
void print_hit_line(std::ostream& out, size_t rank, const Hit& hit, const std::string* inquiry_language, const Paint& paint) {
    const bool foreign = inquiry_language && hit.lang != *inquiry_language;
    const std::string measure = inquiry_language ? std::to_string(static_cast<int>(hit.confidence * 100 + 0.5)) + "% sure"
                                                 : "score " + fixed(hit.score, 2);
    out << std::setw(3) << rank << ". " << paint(hit.title, kBold) << "\n"
        << "     "
        << paint(hit.id + " · " + hit.type + " · " + (foreign ? "only in " : "") + hit.lang + " · " + hit.category + " · " + measure,
                 kDim)
        << "\n";
}

}  // namespace

std::string snippet_for_terminal(std::string_view html, const ConsoleStyle& style) {
    std::string out;
    for (size_t i = 0; i < html.size();) {
        auto starts = [&](std::string_view token) { return html.substr(i, token.size()) == token; };
        if (starts("<mark>")) {
            if (style.color) out += "\x1b[1;33m";
            else out += '*';
            i += 6;
        } else if (starts("</mark>")) {
            if (style.color) out += "\x1b[0m";
            else out += '*';
            i += 7;
        } else if (starts("&amp;")) { out += '&'; i += 5; }
        else if (starts("&lt;")) { out += '<'; i += 4; }
        else if (starts("&gt;")) { out += '>'; i += 4; }
        else if (starts("&quot;")) { out += '"'; i += 6; }
        else if (starts("&#39;")) { out += '\''; i += 5; }
        else { out += html[i]; ++i; }
    }
    return out;
}

void print_suggestion(std::ostream& out, const Suggestion& s, const ConsoleStyle& style) {
    const Paint paint{style};
    const InquiryAnalysis& inquiry = s.inquiry;
    out << paint("Inquiry    ", kCyan) << "language " << paint(inquiry.language, kBold) << " ("
        << fixed(inquiry.language_confidence, 2) << (inquiry.language_in_index ? "" : ", not in the index") << ")  category "
        << paint(inquiry.category.empty() ? "unknown" : inquiry.category, kBold) << " (" << fixed(inquiry.category_confidence, 2)
        << ")  urgency " << paint(inquiry.urgency, urgency_color(inquiry.urgency));
    if (!inquiry.urgency_cues.empty()) {
        out << "  cues:";
        for (const auto& cue : inquiry.urgency_cues) out << " \"" << cue.phrase << "\"";
    }
    out << "\n";

    const EscalationAdvice& e = s.escalation;
    out << paint("Escalation ", kCyan);
    if (e.team.empty()) {
        out << "no route for this category\n";
    } else {
        out << paint(e.team, kBold) << " → " << e.tier;
        if (!e.sla.empty()) out << "  SLA " << paint(e.sla, kBold);
        out << "  " << paint("(" + e.source + ")", kDim) << "\n";
        if (!e.path.empty()) {
            out << "           path: ";
            for (size_t i = 0; i < e.path.size(); ++i) out << (i ? " → " : "") << e.path[i];
            out << "\n";
        }
        if (!e.when.empty()) out << "           when: " << e.when << "\n";
        if (!e.contact.empty()) out << "           contact: " << e.contact << "\n";
    }

    out << "\n" << paint("Solutions", kCyan) << "\n";
    if (s.solutions.empty()) out << "     (none found: the knowledge base has no answer)\n";
    else if (!s.answered) out << paint("     No article is likely to answer this: these are only the closest.", kYellow) << "\n";
    for (size_t i = 0; i < s.solutions.size(); ++i) {
        const Hit& hit = s.solutions[i];
        print_hit_line(out, i + 1, hit, &inquiry.language, paint);
        out << "     " << snippet_for_terminal(hit.snippet, style) << "\n";
        if (hit.shown && !hit.shown->steps.empty()) {
            for (size_t k = 0; k < hit.shown->steps.size(); ++k) {
                std::string step = hit.shown->steps[k];
                for (size_t at = step.find('\n'); at != std::string::npos; at = step.find('\n', at + 1)) {
                    step.insert(at + 1, "          ");  // nested points stay under their step
                }
                out << "       " << paint(std::to_string(k + 1) + ")", kBold) << " " << step << "\n";
            }
        }
    }
    out << "\n" << paint("Similar past issues", kCyan) << "\n";
    if (s.similar_issues.empty()) out << "     (none found)\n";
    for (size_t i = 0; i < s.similar_issues.size(); ++i) print_hit_line(out, i + 1, s.similar_issues[i], &inquiry.language, paint);
}

void print_search(std::ostream& out, const SearchResponse& response, const ConsoleStyle& style) {
    const Paint paint{style};
    out << paint(std::to_string(response.total) + " documents", kCyan) << "  (query language " << response.query_language << ")\n";
    for (size_t i = 0; i < response.results.size(); ++i) {
        const Hit& hit = response.results[i];
        print_hit_line(out, i + 1, hit, nullptr, paint);
        out << "     " << snippet_for_terminal(hit.snippet, style) << "\n";
    }
    for (const auto& [facet, counts] : response.facets) {
        out << paint(facet, kDim) << ":";
        for (const auto& [value, count] : counts) out << " " << value << " (" << count << ")";
        out << "\n";
    }
}

}  // namespace helpdex::cli
