// `helpdex check CORPUS`: the corpus linter's flags, its run and its output; the flags it
// shares with `helpdex index`, which runs the same check.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "indexer/check/check_options.h"

namespace helpdex::cli {

struct CheckCommand {
    CLI::App* command = nullptr;
    std::string corpus_dir;
    std::string format = "text";  // text (compiler-style lines) or json
    bool warnings_as_errors = false;
    indexer::CheckOptions options;
};

// Adds --max-age-days, --near-duplicate-similarity and --today to `command`, written into
// `options`, which must outlive parsing.
void add_check_flags(CLI::App& command, indexer::CheckOptions& options);

// Adds the `check` subcommand; its flags are written into `check`, which must outlive parsing.
void add_check_command(CLI::App& app, CheckCommand& check);

// Checks the corpus and prints what it found on stdout: one compiler-style line per problem
// and a summary line, or one JSON document. Returns the exit code (indexer/check/check_report.h):
// 0 no error, 1 errors (or warnings with --warnings-as-errors), 2 the folder could not be read.
int run_check(const CheckCommand& check);

// `corpus_dir` as the prefix of the paths in printed diagnostics ("corpus/" → "corpus").
std::string corpus_prefix(const std::string& corpus_dir);

}  // namespace helpdex::cli
