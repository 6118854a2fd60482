// bench_gen_corpus: writes a deterministic synthetic support corpus (and inquiries) for the performance bench.
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>

#include "bench/perf/synthetic_corpus.h"
#include "bench/perf/synthetic_corpus_writer.h"
#include "bench/perf/word_lists.h"

namespace fs = std::filesystem;
using namespace helpdex::bench;

namespace {

struct GenerateOptions {
    size_t documents = 10000;
    uint64_t seed = 1;
    fs::path out_dir;
    fs::path queries_file;
    size_t queries = 2000;
    fs::path dict_dir = "/usr/share/dict";
    bool replace = false;
};

// Files from an earlier run would break "same seed, same bytes": refuse them, or remove
// exactly what we write when asked to.
void prepare_out_dir(const GenerateOptions& options) {
    for (const char* name : {"cases", "articles", "routing.yaml"}) {
        const fs::path path = options.out_dir / name;
        if (!fs::exists(path)) continue;
        if (!options.replace) throw std::runtime_error(path.string() + " already exists: choose a new --out folder or pass --replace");
        fs::remove_all(path);
    }
}

int generate(const GenerateOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    prepare_out_dir(options);
    const SyntheticCorpus corpus(load_vocabularies(options.dict_dir), options.seed);
    const WrittenCorpus written = write_corpus(corpus, options.documents, options.out_dir);
    if (!options.queries_file.empty()) write_inquiries(corpus, options.queries, options.queries_file);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("wrote %zu documents (%zu cases, %zu articles) to %s in %.1f s\n", options.documents, written.cases,
                written.articles, options.out_dir.string().c_str(), seconds);
    if (!options.queries_file.empty()) std::printf("wrote %zu inquiries to %s\n", options.queries, options.queries_file.string().c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes a deterministic synthetic support corpus in helpdex's corpus format"};
    GenerateOptions options;
    app.add_option("--documents", options.documents, "number of documents (90% cases, 10% articles)")->check(CLI::PositiveNumber);
    app.add_option("--seed", options.seed, "seed: the same seed gives the same bytes")->capture_default_str();
    app.add_option("--out", options.out_dir, "corpus folder to write")->required();
    app.add_option("--queries", options.queries_file, "also write inquiries as TSV: category, length bucket, text");
    app.add_option("--query-count", options.queries, "number of inquiries")->capture_default_str();
    app.add_option("--dict-dir", options.dict_dir, "folder of the word lists")->capture_default_str();
    app.add_flag("--replace", options.replace, "remove cases/, articles/ and routing.yaml of an earlier run first");
    CLI11_PARSE(app, argc, argv);
    try {
        return generate(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_gen_corpus: %s\n", e.what());
        return 1;
    }
}
