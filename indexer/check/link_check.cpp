// Resolving links between articles, and reporting those that lead nowhere.
#include "indexer/check/link_check.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <unordered_map>

#include "indexer/document_parser.h"

namespace helpdex::indexer {

namespace {

bool has_scheme(std::string_view target) {
    const size_t colon = target.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    auto is_scheme_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    };
    const std::string_view scheme = target.substr(0, colon);
    return std::isalpha(static_cast<unsigned char>(scheme[0])) && std::all_of(scheme.begin(), scheme.end(), is_scheme_char);
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace

LinkDestination link_destination(std::string_view target, std::string_view from_file) {
    const size_t first = target.find_first_not_of(" \t");
    target = first == std::string_view::npos ? std::string_view() : target.substr(first, target.find_last_not_of(" \t") - first + 1);
    if (target.empty() || target[0] == '#' || target.starts_with("//") || has_scheme(target)) return {};
    const std::string path = percent_decoded(target.substr(0, target.find_first_of("#?")));
    if (path.ends_with(".md")) {
        namespace fs = std::filesystem;
        const fs::path from = path[0] == '/' ? fs::path(path.substr(1)) : fs::path(from_file).parent_path() / path;
        return {LinkKind::article_file, from.lexically_normal().generic_string()};
    }
    if (path.find('/') == std::string::npos && is_document_id(path)) return {LinkKind::document_id, path};
    return {};
}

void check_links(const std::vector<ArticleLinks>& articles, const std::vector<DocumentKey>& keys,
                 const std::vector<bool>& keep, Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, size_t> by_id, by_file;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (!keep[i]) continue;
        by_id.emplace(keys[i].id, i);
        if (keys[i].is_article) by_file.emplace(keys[i].file, i);
    }
    for (const ArticleLinks& article : articles) {
        const DocumentKey& from = keys[article.document];
        if (!keep[article.document]) continue;
        for (const MarkdownLink& link : article.links) {
            const LinkDestination destination = link_destination(link.target, from.file);
            if (destination.kind == LinkKind::elsewhere) continue;
            const bool by_path = destination.kind == LinkKind::article_file;
            const auto& index = by_path ? by_file : by_id;
            const auto found = index.find(destination.where);
            std::string problem;
            if (found == index.end()) {
                problem = by_path ? "leads to no article (" + destination.where + ")" : "leads to no document: no id is " + in_quotes(destination.where);
            } else if (from.published() && !keys[found->second].published()) {
                const std::string& status = keys[found->second].status;
                problem = "leads to " + in_quotes(keys[found->second].id) + ", which is " + (status == "draft" ? "a draft" : status) +
                          ": never served";
            }
            if (!problem.empty()) diagnostics.warning("broken-link", from.file, link.line, "", "link " + in_quotes(link.target) + " " + problem);
        }
    }
}

}  // namespace helpdex::indexer
