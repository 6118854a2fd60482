// bench_raw_xapian: the search floor of the performance bench. Indexes a corpus's title and
// body text with plain Xapian, then times the inquiries as default-OR queries; prints JSON.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "indexer/corpus_reader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct FloorOptions {
    fs::path corpus_dir;
    fs::path queries_file;
    fs::path db_dir;              // scratch; removed first, kept afterwards for inspection
    size_t threads = 2;           // for the throughput run
    double throughput_seconds = 5;
};

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The text column of category<TAB>bucket<TAB>text lines; lines without two tabs are skipped.
std::vector<std::string> read_query_texts(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::string> texts;
    std::string line;
    while (std::getline(in, line)) {
        const size_t first = line.find('\t');
        const size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
        if (second != std::string::npos) texts.push_back(line.substr(second + 1));
    }
    if (texts.empty()) throw std::runtime_error(file.string() + " holds no category<TAB>bucket<TAB>text lines");
    return texts;
}

// The documents helpdex serves (published), read by helpdex's own corpus reader.
std::vector<helpdex::KbDocument> read_published(const fs::path& corpus_dir) {
    helpdex::indexer::Diagnostics diagnostics;
    helpdex::indexer::Corpus corpus = helpdex::indexer::read_corpus(corpus_dir, diagnostics);
    std::vector<helpdex::KbDocument> published;
    for (auto& d : corpus.documents) {
        if (d.status == "published") published.push_back(std::move(d));
    }
    return published;
}

// One English TermGenerator for every document, one writer, Xapian's default flush.
nlohmann::json index_documents(const std::vector<helpdex::KbDocument>& documents, const fs::path& db_dir) {
    fs::remove_all(db_dir);
    const auto start = Clock::now();
    Xapian::WritableDatabase db(db_dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    for (const auto& d : documents) {
        Xapian::Document document;
        generator.set_document(document);
        generator.index_text(d.title);
        generator.increase_termpos();
        generator.index_text(d.body_text);
        document.set_data(d.id);
        db.add_document(document);
    }
    db.commit();  // explicit: the destructor would commit but swallow errors
    const double seconds = seconds_since(start);
    return {{"documents", documents.size()},
            {"seconds", seconds},
            {"docs_per_s", seconds > 0 ? documents.size() / seconds : 0.0}};
}

// A thread's own query objects: Xapian does no locking.
struct QueryRunner {
    Xapian::Database db;
    Xapian::Enquire enquire;
    Xapian::QueryParser parser;

    explicit QueryRunner(const fs::path& db_dir) : db(db_dir.string()), enquire(db) {
        parser.set_database(db);
        parser.set_stemmer(Xapian::Stem("english"));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_default_op(Xapian::Query::OP_OR);
    }

    Xapian::doccount run(const std::string& text) {
        enquire.set_query(parser.parse_query(text));
        return enquire.get_mset(0, 10).size();
    }
};

// The nearest-rank percentile of an ascending sample.
double percentile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0;
    const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p / 100.0 * sorted.size()));
    return sorted[index];
}

// Every query once to warm the caches, then once timed, one thread.
nlohmann::json time_queries(const fs::path& db_dir, const std::vector<std::string>& texts) {
    QueryRunner runner(db_dir);
    for (const auto& text : texts) runner.run(text);
    std::vector<double> micros;
    micros.reserve(texts.size());
    for (const auto& text : texts) {
        const auto start = Clock::now();
        runner.run(text);
        micros.push_back(seconds_since(start) * 1e6);
    }
    std::sort(micros.begin(), micros.end());
    return {{"queries", texts.size()},
            {"p50_us", percentile(micros, 50)},
            {"p95_us", percentile(micros, 95)},
            {"p99_us", percentile(micros, 99)}};
}

// `threads` threads, each with its own Database, rotating through the queries from its own
// offset until the time is up.
nlohmann::json measure_throughput(const fs::path& db_dir, const std::vector<std::string>& texts, size_t threads,
                                  double seconds) {
    std::atomic<bool> stop{false};
    std::vector<size_t> counts(threads, 0);
    std::vector<std::thread> workers;
    const auto start = Clock::now();
    for (size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            QueryRunner runner(db_dir);
            size_t i = t * texts.size() / threads;
            while (!stop.load(std::memory_order_relaxed)) {
                runner.run(texts[i++ % texts.size()]);
                ++counts[t];
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers) w.join();
    const double elapsed = seconds_since(start);
    size_t total = 0;
    for (size_t c : counts) total += c;
    return {{"threads", threads}, {"seconds", elapsed}, {"queries", total}, {"qps", total / elapsed}};
}

int run(const FloorOptions& options) {
    const auto read_start = Clock::now();
    const std::vector<helpdex::KbDocument> documents = read_published(options.corpus_dir);
    const double read_seconds = seconds_since(read_start);
    const std::vector<std::string> texts = read_query_texts(options.queries_file);
    nlohmann::json index = index_documents(documents, options.db_dir);
    index["read_seconds"] = read_seconds;
    const nlohmann::json out = {
        {"index", index},
        {"latency", time_queries(options.db_dir, texts)},
        {"throughput", measure_throughput(options.db_dir, texts, options.threads, options.throughput_seconds)},
    };
    std::cout << out.dump(2) << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"The search floor: plain Xapian over the corpus's title and body text, timed"};
    FloorOptions options;
    app.add_option("--corpus", options.corpus_dir, "corpus folder (as bench_gen_corpus writes it)")->required()->check(CLI::ExistingDirectory);
    app.add_option("--queries", options.queries_file, "inquiries TSV: category<TAB>bucket<TAB>text")->required()->check(CLI::ExistingFile);
    app.add_option("--db", options.db_dir, "scratch Xapian database directory (overwritten)")->required();
    app.add_option("--threads", options.threads, "threads for the queries-per-second run")->capture_default_str()->check(CLI::PositiveNumber);
    app.add_option("--seconds", options.throughput_seconds, "duration of the queries-per-second run")->capture_default_str()->check(CLI::PositiveNumber);
    CLI11_PARSE(app, argc, argv);
    try {
        return run(options);
    } catch (const Xapian::Error& e) {
        std::cerr << "bench_raw_xapian: " << e.get_description() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "bench_raw_xapian: " << e.what() << "\n";
    }
    return 1;
}
