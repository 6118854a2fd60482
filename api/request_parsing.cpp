// Validation of API input.
#include "api/request_parsing.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>

#include <nlohmann/json.hpp>

#include "api/errors.h"
#include "search/analysis/language.h"
#include "search/analysis/normalizer.h"
#include "search/document.h"
#include "search/routing.h"

namespace helpdex::api {

namespace {

void reject_unknown(const QueryParams& params, const std::set<std::string>& allowed) {
    for (const auto& [name, value] : params) {
        if (!allowed.count(name)) {
            std::string list;
            for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
            throw ApiError::bad_request("unknown parameter '" + name + "' (accepted: " + list + ")", name);
        }
    }
}

// The single value of a parameter, or "" when absent; repeated parameters are an error
// unless `repeatable`, in which case values are joined with commas.
std::string single(const QueryParams& params, const std::string& name, bool repeatable = false) {
    auto [begin, end] = params.equal_range(name);
    std::string value;
    for (auto it = begin; it != end; ++it) {
        if (it != begin && !repeatable) throw ApiError::bad_request("'" + name + "' is given more than once", name);
        value += (it == begin ? "" : ",") + it->second;
    }
    if (!analysis::is_valid_utf8(value)) throw ApiError::bad_request("'" + name + "' is not valid UTF-8", name);
    return value;
}

size_t parse_count(const std::string& text, const std::string& name, size_t min, size_t max, size_t fallback) {
    if (text.empty()) return fallback;
    size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        throw ApiError::bad_request("'" + name + "' must be a whole number, not \"" + text + "\"", name);
    }
    if (value < min || value > max) {
        throw ApiError::bad_request("'" + name + "' must be between " + std::to_string(min) + " and " + std::to_string(max), name);
    }
    return value;
}

std::string checked_language(const std::string& lang, const std::string& field) {
    if (!lang.empty() && !analysis::find_language(lang)) {
        throw ApiError::bad_request("'" + field + "' \"" + lang + "\" is not a known language code (such as en, nl, de, fr, es, ja)", field);
    }
    return lang;
}

bool is_product_code(std::string_view product) {
    return !product.empty() && product.size() <= 64 && std::all_of(product.begin(), product.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

std::string checked_product(const std::string& product, const std::string& field) {
    if (!product.empty() && !is_product_code(product)) {
        throw ApiError::bad_request("'" + field + "' must be a product code of letters, digits, '-', '_' or '.'", field);
    }
    return product;
}

// The body as JSON. A number no double can hold (1e999999) is valid JSON that nlohmann
// refuses with out_of_range, not parse_error: that is the client's error too, naming the
// top-level field being read, which a parser callback remembers.
nlohmann::json parse_json_body(std::string_view body) {
    std::string field;
    const auto remember_field = [&field](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (depth == 1 && event == nlohmann::json::parse_event_t::key) field = parsed.get<std::string>();
        return true;
    };
    try {
        return nlohmann::json::parse(body, remember_field);
    } catch (const nlohmann::json::parse_error& e) {
        throw ApiError(400, "malformed_json", "the body is not valid JSON (at byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::exception&) {
        if (field.empty()) throw ApiError(400, "malformed_json", "the body must be a JSON object");
        throw ApiError::bad_request("'" + field + "' holds a number too large to represent", field);
    }
}

}  // namespace

ReindexRequest parse_reindex_request(std::string_view body) {
    ReindexRequest request;
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return request;
    const nlohmann::json json = parse_json_body(body);
    if (!json.is_object()) throw ApiError(400, "malformed_json", "the body must be a JSON object");
    for (const auto& [key, value] : json.items()) {
        if (key != "strict" && key != "full") {
            throw ApiError::bad_request("unknown field '" + key + "' (accepted: strict, full)", key);
        }
        if (!value.is_boolean() && !value.is_null()) {
            throw ApiError::bad_request("'" + key + "' must be true or false, not " + std::string(value.type_name()), key);
        }
        if (value.is_boolean()) (key == "strict" ? request.strict : request.full) = value.get<bool>();
    }
    return request;
}

SearchRequest parse_search_request(const QueryParams& params) {
    reject_unknown(params, {"q", "lang", "type", "category", "product", "limit", "offset"});
    SearchRequest request;
    request.q = single(params, "q");
    if (request.q.size() > kMaxQueryBytes) {
        throw ApiError::bad_request("'q' is longer than " + std::to_string(kMaxQueryBytes) + " bytes", "q");
    }
    request.lang = checked_language(single(params, "lang"), "lang");
    const std::string types = single(params, "type", true);
    for (size_t start = 0; start < types.size();) {
        size_t comma = types.find(',', start);
        if (comma == std::string::npos) comma = types.size();
        const std::string type = types.substr(start, comma - start);
        if (!is_document_type(type)) {
            throw ApiError::bad_request("'type' \"" + type + "\" is not one of known-issue, troubleshooting, sop, faq, case", "type");
        }
        if (std::find(request.types.begin(), request.types.end(), type) == request.types.end()) request.types.push_back(type);
        start = comma + 1;
    }
    request.category = single(params, "category");
    if (!request.category.empty() && !is_category_path(request.category)) {
        throw ApiError::bad_request("'category' must be a slash path such as billing/refunds", "category");
    }
    request.product = checked_product(single(params, "product"), "product");
    request.limit = parse_count(single(params, "limit"), "limit", 1, kMaxSearchLimit, 10);
    request.offset = parse_count(single(params, "offset"), "offset", 0, kMaxOffset, 0);
    return request;
}

SuggestRequest parse_suggest_request(std::string_view body) {
    const nlohmann::json json = parse_json_body(body);
    if (!json.is_object()) throw ApiError(400, "malformed_json", "the body must be a JSON object");

    static const std::set<std::string> allowed = {"text", "subject", "lang", "product", "limit"};
    for (const auto& [key, value] : json.items()) {
        if (!allowed.count(key)) {
            throw ApiError::bad_request("unknown field '" + key + "' (accepted: text, subject, lang, product, limit)", key);
        }
    }
    auto string_field = [&](const char* name, bool required) -> std::string {
        auto it = json.find(name);
        if (it == json.end() || it->is_null()) {
            if (required) throw ApiError::bad_request(std::string("'") + name + "' is required", name);
            return "";
        }
        if (!it->is_string()) {
            throw ApiError::bad_request(std::string("'") + name + "' must be a string, not " + it->type_name(), name);
        }
        return it->get<std::string>();
    };

    SuggestRequest request;
    // Ticket systems send e-mails whose whole message is the subject line: either may be
    // empty, not both.
    request.text = string_field("text", false);
    request.subject = string_field("subject", false);
    auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (blank(request.text) && blank(request.subject)) {
        throw ApiError::bad_request("'text' must not be empty (or give a 'subject')", "text");
    }
    request.lang = checked_language(string_field("lang", false), "lang");
    request.product = checked_product(string_field("product", false), "product");
    if (auto it = json.find("limit"); it != json.end() && !it->is_null()) {
        if (!it->is_number_integer()) throw ApiError::bad_request("'limit' must be an integer", "limit");
        const auto limit = it->get<long long>();
        if (limit < 1 || limit > static_cast<long long>(kMaxSuggestLimit)) {
            throw ApiError::bad_request("'limit' must be between 1 and " + std::to_string(kMaxSuggestLimit), "limit");
        }
        request.limit = static_cast<size_t>(limit);
    }
    return request;
}

namespace {

std::string_view trim(std::string_view s) {
    const size_t begin = s.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return {};
    return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

}  // namespace

std::string preferred_language(std::string_view accept_language) {
    std::string best;
    double best_q = 0.0;
    while (!accept_language.empty()) {
        const size_t comma = accept_language.find(',');
        std::string_view item = accept_language.substr(0, comma);
        accept_language = comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
        double q = 1.0;
        if (const size_t semicolon = item.find(';'); semicolon != std::string_view::npos) {
            const std::string_view parameter = trim(item.substr(semicolon + 1));
            item = item.substr(0, semicolon);
            if (parameter.starts_with("q=")) {
                const std::string value(parameter.substr(2));
                char* end = nullptr;
                q = std::strtod(value.c_str(), &end);
                if (end != value.c_str() + value.size()) q = 0.0;
            }
        }
        std::string code(trim(item).substr(0, trim(item).find('-')));
        std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
        if (q > best_q && analysis::find_language(code)) {
            best = code;
            best_q = q;
        }
    }
    return best;
}

std::string parse_document_lang(const QueryParams& params) {
    reject_unknown(params, {"lang"});
    return checked_language(single(params, "lang"), "lang");
}

}  // namespace helpdex::api
