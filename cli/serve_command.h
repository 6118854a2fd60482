// `helpdex serve`: its flags, its configuration (api/config.h), and serving until a signal.
#pragma once

#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace helpdex::cli {

struct ServeCommand {
    CLI::App* command = nullptr;
    std::string config_file;                          // --config FILE; empty: none
    bool print_config = false;                        // --print-config
    nlohmann::json flags = nlohmann::json::object();  // the config keys given as flags
};

// Adds the `serve` subcommand; its flags are written into `serve`, which must outlive
// parsing.
void add_serve_command(CLI::App& app, ServeCommand& serve);

// Loads the config (defaults < --config file < HELPDEX_* environment < flags). On any
// problem prints one line per problem and returns 2; with --print-config prints the
// effective config as JSON and returns 0; else serves until SIGINT or SIGTERM and returns
// 0. Throws IndexError or std::runtime_error when the index cannot be opened or the port
// bound.
int run_serve(const ServeCommand& serve);

}  // namespace helpdex::cli
