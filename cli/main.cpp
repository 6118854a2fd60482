// helpdex: index or check a corpus, serve the API, or answer from the terminal.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "api/errors.h"
#include "api/json_views.h"
#include "api/request_parsing.h"
#include "cli/check_command.h"
#include "cli/console_output.h"
#include "cli/keys_command.h"
#include "cli/serve_command.h"
#include "indexer/check/check_report.h"
#include "indexer/corpus_reader.h"
#include "indexer/index_folder.h"
#include "indexer/index_writer.h"
#include "search/search.h"
#include "search/suggester.h"

namespace {

using namespace helpdex;

std::string default_db() {
    const char* env = std::getenv("HELPDEX_DB");
    return env && *env ? env : "index";
}

bool use_color(bool no_color) {
    return !no_color && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

std::string read_text_argument(const std::string& argument) {
    if (argument != "-") return argument;
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

// What `helpdex index` was asked to do.
struct IndexCommand {
    CLI::App* command = nullptr;
    std::string corpus_dir;
    std::string field_weights;  // empty: the defaults
    size_t shards = 1;
    bool strict = false;
    bool full = false;
    bool quiet = false;
    indexer::CheckOptions check;  // the corpus check's findings are printed beside the rest
};

// Adds the `index` subcommand; its flags are written into `index` and `db`, which must
// outlive parsing.
void add_index_command(CLI::App& app, IndexCommand& index, std::string& db) {
    index.command = app.add_subcommand("index", "Build the index of a corpus folder (swapped in atomically)");
    CLI::App& command = *index.command;
    command.add_option("corpus", index.corpus_dir, "Corpus folder (articles/, cases/, routing.yaml)")->required()->check(CLI::ExistingDirectory);
    command.add_option("--db", db, "Index directory")->capture_default_str();
    command.add_flag("--strict", index.strict, "Fail on any error instead of skipping bad documents");
    command.add_option("--field-weights", index.field_weights,
                       "How much a word counts in each field, e.g. title=4,symptoms=3,tags=2,steps=1,body=1,cases=1 "
                       "(any subset; default: " + indexer::to_string(indexer::FieldWeights{}) + ")");
    command.add_option("--shards", index.shards,
                       "Split the documents into this many Xapian databases (gen-…/shards/0 … N-1), each servable "
                       "by xapian-tcpsrv; 1 writes one database (gen-…/xapian)")
        ->capture_default_str()
        ->check(CLI::Range(size_t{1}, indexer::kMaxShards));
    command.add_flag("--full", index.full,
                     "Write every document anew and retrain the classifier (by default a reindex starts from the "
                     "current generation and analyses only the documents that changed)");
    command.add_flag("-q,--quiet", index.quiet, "Print only problems");
    cli::add_check_flags(command, index.check);
}

// What the reindex analysed again, or why it wrote everything.
void print_reindex(const indexer::ReindexReport& r) {
    if (!r.incremental) {
        std::cout << "  reindex:   full (" << r.full_reason << ")\n";
        return;
    }
    std::cout << "  reindex:   incremental: " << r.added << " added, " << r.changed << " changed, " << r.removed
              << " removed, " << r.unchanged << " unchanged";
    if (!r.categories_relinked.empty()) {
        std::string roots;
        for (const auto& root : r.categories_relinked) roots += (roots.empty() ? "" : ", ") + root;
        std::cout << "; cases relinked in " << roots;
    }
    std::cout << "\n";
}

int run_index(const IndexCommand& command, const std::string& db) {
    const std::string& corpus_dir = command.corpus_dir;
    const bool strict = command.strict, quiet = command.quiet;
    indexer::IndexOptions options;
    options.shards = command.shards;
    options.full = command.full;
    try {
        options.field_weights = indexer::parse_field_weights(command.field_weights);
    } catch (const std::invalid_argument& e) {
        std::cerr << "helpdex index: --field-weights: " << e.what() << "\n";
        return 2;
    }
    const std::string prefix = cli::corpus_prefix(corpus_dir);
    auto print_problems = [&](const indexer::Diagnostics& diagnostics, size_t) {
        for (const auto& d : diagnostics.all()) {
            if (d.severity == indexer::Diagnostic::Severity::notice) continue;  // counted below
            // Without --strict a document with errors is skipped: say so as a warning.
            std::string line = d.to_string();
            if (d.severity == indexer::Diagnostic::Severity::error && !strict) line.replace(line.find(": error: "), 9, ": warning: skipped: ");
            std::cerr << prefix << "/" << line << "\n";
        }
        if (const size_t notices = diagnostics.count(indexer::Diagnostic::Severity::notice)) {
            std::cerr << prefix << ": " << notices << (notices == 1 ? " notice" : " notices") << " (helpdex check " << prefix
                      << " lists them)\n";
        }
    };
    if (!quiet && ::isatty(STDERR_FILENO)) {
        options.progress = [](size_t done, size_t total) {
            if (total <= 2000 || (done % 250 != 0 && done != total)) return;  // a bar for large corpora only
            const int width = 30;
            const int filled = static_cast<int>(width * done / total);
            std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu", filled, "##############################", width - filled, "", done, total);
            if (done == total) std::fprintf(stderr, "\n");
        };
    }
    const indexer::FolderIndexing indexing = indexer::index_folder(corpus_dir, db, options, strict, print_problems, &command.check);
    if (!indexing.summary) {
        std::cerr << "helpdex index: " << indexing.diagnostics.error_count() << " error(s); the index was not changed\n";
        return 1;
    }
    const indexer::IndexSummary& summary = *indexing.summary;
    // The new index is live; what could not be cleaned up is worth a line, not a failure.
    for (const auto& warning : summary.warnings) std::cerr << "helpdex index: warning: " << warning << "\n";
    if (!quiet) {
        auto counts = [](const std::map<std::string, size_t>& m) {
            std::string out;
            for (const auto& [key, count] : m) out += (out.empty() ? "" : ", ") + key + " " + std::to_string(count);
            return out;
        };
        std::cout << "indexed " << summary.indexed << " documents into " << db << "/" << summary.generation << " in "
                  << summary.elapsed.count() << " ms\n"
                  << "  by type:   " << counts(summary.by_type) << "\n"
                  << "  by lang:   " << counts(summary.by_lang) << "\n"
                  << "  by status: " << counts(summary.by_status) << " (only published documents are served)\n"
                  << "  skipped:   " << summary.skipped << (summary.skipped ? " (see the warnings above)" : "") << "\n"
                  << "  field weights: " << indexer::to_string(options.field_weights) << "\n";
        if (summary.shard_documents.size() > 1) {
            std::cout << "  shards:    " << summary.shard_documents.size() << " (documents each:";
            for (size_t count : summary.shard_documents) std::cout << " " << count;
            std::cout << ")\n";
        }
        print_reindex(summary.reindex);
        if (summary.classifier.examples > 0) {
            std::cout << "  classifier: " << summary.classifier.classes << " categories learnt from "
                      << summary.classifier.examples << " documents, " << summary.classifier.features
                      << " features, held-out accuracy " << summary.classifier.holdout_accuracy << ", "
                      << summary.classifier.elapsed.count() << " ms"
                      << (summary.reindex.classifier_retrained ? ", retrained" : ", kept") << " (" << summary.reindex.classifier_reason
                      << ")\n";
        }
    }
    return 0;
}

std::shared_ptr<const Generation> open_for_cli(const std::string& db) {
    return Generation::open_current(db, Preload::nothing);
}

// The editors' synonyms of the corpus the generation was indexed from; problems on stderr.
wording::Synonyms corpus_synonyms(const Generation& generation) {
    wording::SynonymsFile file(generation.corpus_synonyms());
    for (const auto& problem : file.refresh().problems) std::cerr << "helpdex: warning: " << problem.to_string() << "\n";
    return *file.current();
}

int run_search(const std::string& db, const std::vector<std::string>& query_params, bool json, bool no_color) {
    api::QueryParams params;
    for (size_t i = 0; i + 1 < query_params.size(); i += 2) params.emplace(query_params[i], query_params[i + 1]);
    const SearchRequest request = api::parse_search_request(params);
    Searcher searcher(open_for_cli(db));
    const SearchResponse response = search(searcher, request, corpus_synonyms(searcher.generation()));
    if (json) std::cout << api::search_response_json(response).dump(2) << "\n";
    else cli::print_search(std::cout, response, {use_color(no_color)});
    return 0;
}

int run_suggest(const std::string& db, const nlohmann::json& body, bool json, bool no_color) {
    const SuggestRequest request = api::parse_suggest_request(body.dump());
    Searcher searcher(open_for_cli(db));
    const Suggestion suggestion = suggest(searcher, request, {}, corpus_synonyms(searcher.generation()));
    if (json) std::cout << api::suggestion_json(suggestion).dump(2) << "\n";
    else cli::print_suggestion(std::cout, suggestion, {use_color(no_color)});
    return 0;
}

// Runs a subcommand: a rejected input exits 2, any other failure 1, each with one line.
template <class Subcommand>
int run_reporting_errors(Subcommand&& run) {
    try {
        return run();
    } catch (const api::ApiError& e) {
        std::cerr << "helpdex: " << (e.field().empty() ? "" : e.field() + ": ") << e.what() << "\n";
        return 2;
    } catch (const Xapian::Error& e) {
        std::cerr << "helpdex: " << e.get_description() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "helpdex: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"helpdex: knowledge-base search for customer support"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "helpdex 0.1.0");

    std::string db = default_db();
    bool json = false, no_color = false;

    IndexCommand index;
    add_index_command(app, index, db);

    cli::CheckCommand check;
    cli::add_check_command(app, check);

    cli::ServeCommand serve;
    cli::add_serve_command(app, serve);
    cli::KeysCommand keys;
    cli::add_keys_command(app, keys);

    auto* search_cmd = app.add_subcommand("search", "Search the knowledge base");
    std::string search_text, lang, type, category, product, subject;
    long long limit = 0;  // passed on only when given, so --limit 0 is rejected as the API rejects it
    search_cmd->add_option("text", search_text, "Search text")->required();
    search_cmd->add_option("--db", db, "Index directory")->capture_default_str();
    search_cmd->add_option("--lang", lang, "Only documents in this language");
    search_cmd->add_option("--type", type, "Only these types (comma list)");
    search_cmd->add_option("--category", category, "Only this category and below");
    search_cmd->add_option("--product", product, "Only this product");
    CLI::Option* search_limit = search_cmd->add_option("--limit", limit, "How many results (1-100, default 10)");
    search_cmd->add_flag("--json", json, "Print the API's JSON");
    search_cmd->add_flag("--no-color", no_color, "No colours");

    auto* suggest_cmd = app.add_subcommand("suggest", "Suggest solutions, similar issues and escalation for an inquiry");
    std::string inquiry;
    suggest_cmd->add_option("text", inquiry, "The inquiry, or - to read it from standard input")->required();
    suggest_cmd->add_option("--db", db, "Index directory")->capture_default_str();
    suggest_cmd->add_option("--subject", subject, "E-mail subject");
    suggest_cmd->add_option("--lang", lang, "Language hint");
    suggest_cmd->add_option("--product", product, "Product code");
    CLI::Option* suggest_limit = suggest_cmd->add_option("--limit", limit, "How many solutions and similar issues (1-50, default 5)");
    suggest_cmd->add_flag("--json", json, "Print the API's JSON");
    suggest_cmd->add_flag("--no-color", no_color, "No colours");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        // `check` promises 2 for a usage error, as editors' CI scripts tell it from findings.
        return code != 0 && check.command->parsed() ? indexer::kCheckUnusable : code;
    }

    return run_reporting_errors([&] {
        if (index.command->parsed()) return run_index(index, db);
        if (check.command->parsed()) return cli::run_check(check);
        if (serve.command->parsed()) return cli::run_serve(serve);
        if (keys.command->parsed()) return cli::run_keys(keys);
        if (search_cmd->parsed()) {
            std::vector<std::string> params = {"q", search_text};
            auto add = [&](const char* name, const std::string& value) {
                if (!value.empty()) params.insert(params.end(), {name, value});
            };
            add("lang", lang);
            add("type", type);
            add("category", category);
            add("product", product);
            if (search_limit->count()) add("limit", std::to_string(limit));
            return run_search(db, params, json, no_color);
        }
        if (suggest_cmd->parsed()) {
            nlohmann::json body = {{"text", read_text_argument(inquiry)}};
            if (!subject.empty()) body["subject"] = subject;
            if (!lang.empty()) body["lang"] = lang;
            if (!product.empty()) body["product"] = product;
            if (suggest_limit->count()) body["limit"] = limit;
            return run_suggest(db, body, json, no_color);
        }
        return 0;
    });
}
