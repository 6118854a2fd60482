// Streams synthetic documents into routing.yaml, cases/*.jsonl and articles/**/*.md.
#include "bench/perf/synthetic_corpus_writer.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace helpdex::bench {
namespace fs = std::filesystem;
namespace {

std::ofstream open_for_writing(const fs::path& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    return out;
}

void check_written(const std::ofstream& out, const fs::path& path) {
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

fs::path cases_file(const fs::path& out_dir, size_t file_number) {
    char name[32];
    std::snprintf(name, sizeof name, "cases-%04zu.jsonl", file_number);
    return out_dir / "cases" / name;
}

// Opens the cases file that document `index` belongs in, closing the previous one.
class CasesFiles {
public:
    explicit CasesFiles(fs::path out_dir) : out_dir_(std::move(out_dir)) {}
    void write(size_t index, const std::string& line) {
        const size_t file_number = index / kCasesPerFile;
        if (!out_.is_open() || file_number != file_number_) {
            close();
            path_ = cases_file(out_dir_, file_number);
            out_ = open_for_writing(path_);
            file_number_ = file_number;
        }
        out_ << line << '\n';
    }
    void close() {
        if (!out_.is_open()) return;
        out_.close();
        check_written(out_, path_);
    }

private:
    fs::path out_dir_;
    fs::path path_;
    std::ofstream out_;
    size_t file_number_ = 0;
};

}  // namespace

std::string article_file(const SyntheticDocument& document) {
    std::string text;
    text.reserve(document.body.size() + 200);
    text += "---\nid: " + document.id + "\ntype: " + document.type + "\ntitle: \"" + document.title + "\"\nlang: " +
            document.lang + "\ncategory: " + document.category + "\nstatus: published\n---\n";
    text += document.body;
    return text;
}

std::string case_line(const SyntheticDocument& document) {
    const nlohmann::ordered_json object = {
        {"id", document.id},       {"type", document.type},         {"title", document.title}, {"lang", document.lang},
        {"category", document.category}, {"status", "published"}, {"body", document.body},
    };
    return object.dump();
}

std::string routing_yaml(const SyntheticCorpus& corpus) {
    std::string yaml =
        "# Synthetic routing table (bench/perf/gen_corpus.cpp): a default route and one per top-level category.\n"
        "default:\n"
        "  team: Support Desk\n"
        "  path: [L1 Support Desk, L2 Product Specialists, L3 Engineering]\n"
        "  sla: {urgent: 2h, high: 8h, normal: 2d, low: 5d}\n"
        "categories:\n";
    for (const auto& top : corpus.top_level_categories()) {
        yaml += "  " + top + ":\n    team: Team " + top + "\n    path: [L1 Support Desk, L2 " + top +
                " Specialists, L3 Engineering]\n    sla: {urgent: 1h, high: 4h, normal: 1d, low: 3d}\n";
    }
    return yaml;
}

WrittenCorpus write_corpus(const SyntheticCorpus& corpus, size_t documents, const fs::path& out_dir) {
    fs::create_directories(out_dir / "cases");
    fs::create_directories(out_dir / "articles");
    {
        auto routing = open_for_writing(out_dir / "routing.yaml");
        routing << routing_yaml(corpus);
        routing.close();
        check_written(routing, out_dir / "routing.yaml");
    }
    WrittenCorpus written;
    CasesFiles cases(out_dir);
    std::set<std::string> article_dirs;
    for (size_t i = 0; i < documents; ++i) {
        const SyntheticDocument document = corpus.document(i);
        if (document.is_case()) {
            cases.write(i, case_line(document));
            ++written.cases;
            continue;
        }
        const fs::path dir = out_dir / "articles" / document.category;
        if (article_dirs.insert(document.category).second) fs::create_directories(dir);
        const fs::path path = dir / (document.id + ".md");
        auto out = open_for_writing(path);
        out << article_file(document);
        out.close();
        check_written(out, path);
        ++written.articles;
    }
    cases.close();
    return written;
}

void write_inquiries(const SyntheticCorpus& corpus, size_t count, const fs::path& file) {
    if (file.has_parent_path()) fs::create_directories(file.parent_path());
    auto out = open_for_writing(file);
    for (size_t i = 0; i < count; ++i) {
        const SyntheticInquiry inquiry = corpus.inquiry(i);
        out << inquiry.category << '\t' << inquiry.length_bucket << '\t' << inquiry.text << '\n';
    }
    out.close();
    check_written(out, file);
}

}  // namespace helpdex::bench
