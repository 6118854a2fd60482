// The check subcommand.
#include "cli/check_command.h"

#include <iostream>

#include "indexer/check/check_report.h"
#include "indexer/check/content_check.h"
#include "indexer/index_folder.h"

namespace helpdex::cli {

void add_check_flags(CLI::App& command, indexer::CheckOptions& options) {
    command.add_option("--max-age-days", options.max_age_days, "How many days old a published article's `updated` may be")
        ->capture_default_str()
        ->check(CLI::Range(1, 36500));
    command.add_option("--near-duplicate-similarity", options.near_duplicate_similarity,
                       "Word 3-shingle Jaccard similarity from which two articles of one language are near-duplicates")
        ->capture_default_str()
        ->check(CLI::Range(0.5, 1.0));
    command
        .add_option_function<std::string>(
            "--today", [&options](const std::string& date) { options.today = *indexer::calendar_day(date); },
            "The date ages are counted to, YYYY-MM-DD (default: today, UTC)")
        ->check([](const std::string& date) { return indexer::calendar_day(date) ? "" : "must be a date YYYY-MM-DD"; });
}

void add_check_command(CLI::App& app, CheckCommand& check) {
    check.command = app.add_subcommand("check", "Check a corpus folder for problems, as an editor would want to hear of them");
    check.command->add_option("corpus", check.corpus_dir, "Corpus folder (articles/, cases/, routing.yaml)")
        ->required()
        ->check(CLI::ExistingDirectory);
    check.command->add_option("--format", check.format, "text (file:line: severity: …) or json")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json"}));
    check.command->add_flag("--warnings-as-errors", check.warnings_as_errors, "Exit 1 on warnings too");
    add_check_flags(*check.command, check.options);
}

std::string corpus_prefix(const std::string& corpus_dir) {
    std::string prefix = corpus_dir;
    while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
    return prefix;
}

int run_check(const CheckCommand& check) {
    std::vector<indexer::Diagnostic> diagnostics;
    try {
        diagnostics = indexer::check_folder(check.corpus_dir, check.options);
    } catch (const std::exception& e) {
        std::cerr << "helpdex check: " << e.what() << "\n";
        return indexer::kCheckUnusable;
    }
    if (check.format == "json") {
        std::cout << indexer::check_report_json(diagnostics).dump(2) << "\n";
    } else {
        const std::string prefix = corpus_prefix(check.corpus_dir);
        for (const auto& d : diagnostics) std::cout << prefix << "/" << d.to_string() << "\n";
        std::cout << prefix << ": " << indexer::check_summary(diagnostics) << "\n";
    }
    return indexer::check_exit_code(diagnostics, check.warnings_as_errors);
}

}  // namespace helpdex::cli
