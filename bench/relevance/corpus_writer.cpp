// Turns the labelled cases into a helpdex corpus folder: cases/cases.jsonl and routing.yaml.
#include "corpus_writer.h"

#include <fstream>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace relbench {

namespace fs = std::filesystem;

namespace {

bool is_utf8_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

std::string single_line(const std::string& text) {
    std::string line;
    bool pending_space = false;
    for (unsigned char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = !line.empty();
            continue;
        }
        if (pending_space) line += ' ';
        pending_space = false;
        line += static_cast<char>(c);
    }
    return line;
}

// Byte offset just past the first max_chars characters (or the end).
size_t offset_after_chars(const std::string& text, size_t max_chars) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (is_utf8_continuation(static_cast<unsigned char>(text[i]))) continue;
        if (chars == max_chars) return i;
        ++chars;
    }
    return text.size();
}

std::ofstream open_for_writing(const fs::path& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error(path.string() + ": cannot create the file");
    return out;
}

// Ids must be unique in a corpus; sanitising can make two equal, so later ones get a suffix.
std::string unique_id(const std::string& wanted, std::set<std::string>& taken) {
    std::string id = wanted;
    for (int n = 2; !taken.insert(id).second; ++n) id = wanted + "-" + std::to_string(n);
    return id;
}

void write_cases_jsonl(const std::vector<LabelledText>& cases, const fs::path& file) {
    std::ofstream out = open_for_writing(file);
    std::set<std::string> taken;
    for (const LabelledText& item : cases) {
        const nlohmann::json record = {
            {"id", unique_id(to_document_id(item.id), taken)},
            {"type", "case"},
            {"title", title_of(item.text)},
            {"lang", item.lang},
            {"category", item.category},
            {"body", item.text},
        };
        out << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    if (!out.flush()) throw std::runtime_error(file.string() + ": write failed");
}

// Always double-quoted, so no value can be read as a number, boolean, null or YAML syntax.
std::string yaml_quoted(const std::string& value) {
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\"";
}

void write_route(std::ofstream& out, const std::string& indent, const std::string& team, const std::string& tier2,
                 const std::string& tier3) {
    out << indent << "team: " << yaml_quoted(team) << '\n'
        << indent << "path: [" << yaml_quoted("L1 Support Desk") << ", " << yaml_quoted(tier2) << ", "
        << yaml_quoted(tier3) << "]\n"
        << indent << "sla: {urgent: \"1h\", high: \"4h\", normal: \"1d\", low: \"3d\"}\n";
}

void write_routing_yaml(const std::vector<LabelledText>& cases, const fs::path& file) {
    std::set<std::string> categories;
    for (const LabelledText& item : cases) categories.insert(item.category);
    std::ofstream out = open_for_writing(file);
    out << "# Written by bench_relevance: one route per category of the cases.\n";
    out << "default:\n";
    write_route(out, "  ", "Support Desk", "L2 Product Specialists", "L3 Engineering");
    out << "categories:\n";
    for (const std::string& category : categories) {
        out << "  " << yaml_quoted(category) << ":\n";
        write_route(out, "    ", category + " team", "L2 " + category, "L3 Engineering");
    }
    if (!out.flush()) throw std::runtime_error(file.string() + ": write failed");
}

}  // namespace

std::string to_document_id(const std::string& raw) {
    std::string id;
    for (unsigned char c : raw) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                             c == '.' || c == '_' || c == '-';
        if (allowed) {
            id += static_cast<char>(c);
        } else if (!is_utf8_continuation(c)) {
            id += '_';
        }
    }
    return id.empty() ? "case" : id;
}

std::string title_of(const std::string& text, size_t max_chars) {
    const std::string line = single_line(text);
    const size_t cut = offset_after_chars(line, max_chars);
    if (cut == line.size()) return line;
    const size_t space = line.rfind(' ', cut);
    // A word boundary far from the limit would leave a stub of a title: cut mid-word instead.
    const size_t end = (space != std::string::npos && space >= cut / 2) ? space : cut;
    return line.substr(0, end) + "…";
}

void write_helpdex_corpus(const std::vector<LabelledText>& cases, const fs::path& corpus_dir) {
    fs::create_directories(corpus_dir / "cases");
    write_cases_jsonl(cases, corpus_dir / "cases" / "cases.jsonl");
    write_routing_yaml(cases, corpus_dir / "routing.yaml");
}

}  // namespace relbench
