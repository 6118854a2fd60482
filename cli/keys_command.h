// `helpdex keys create|list|revoke`: the API keys file, edited from the command line.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace helpdex::cli {

struct KeysCommand {
    CLI::App* command = nullptr;
    CLI::App* create = nullptr;
    CLI::App* list = nullptr;
    CLI::App* revoke = nullptr;
    std::string keys_file;            // --keys-file, else HELPDEX_KEYS_FILE
    std::string name;                 // create, revoke
    std::vector<std::string> scopes;  // create: --scope, repeatable or comma-separated
    std::string rate;                 // create: R/B, the key's own rate limit
};

// Adds the `keys` subcommand; `keys` must outlive parsing.
void add_keys_command(CLI::App& app, KeysCommand& keys);

// create: prints the new key on stdout (once: only its hash is kept) and what it may do on
// stderr; list: one line per key (name, scopes, id, rate), never a secret; revoke: removes
// the named key (a running server drops it within its reload interval). Returns 0, or 2 on
// a usage error; throws std::runtime_error when the file cannot be read or written.
int run_keys(const KeysCommand& keys);

}  // namespace helpdex::cli
