// The keys subcommand.
#include "cli/keys_command.h"

#include <cstdlib>
#include <iostream>

#include "api/access/key_file.h"

namespace helpdex::cli {

namespace {

std::string scopes_text(const api::access::ApiKey& key) {
    std::string text;
    for (api::Scope scope : key.scopes) text += (text.empty() ? "" : ",") + std::string(api::scope_name(scope));
    return text;
}

int create_key(const KeysCommand& keys, const std::filesystem::path& file) {
    std::vector<api::Scope> scopes;
    for (const std::string& name : keys.scopes) {
        const auto scope = api::access::parse_scope(name);
        if (!scope) {
            std::cerr << "helpdex keys create: --scope \"" << name << "\" is not one of search, feedback, admin\n";
            return 2;
        }
        scopes.push_back(*scope);
    }
    api::access::NewKey created = api::access::create_key(keys.name, scopes);
    if (!keys.rate.empty()) {
        // The entry's own parser checks the rate, so the file never holds one it cannot read.
        const auto parsed = api::access::parse_key_entries(api::access::format_key_entry(created.entry) + " rate=" + keys.rate, "--rate");
        if (parsed.keys.empty()) {
            std::cerr << "helpdex keys create: --rate \"" << keys.rate << "\" must be R/B: R requests per second, bursts of B\n";
            return 2;
        }
        created.entry.rate = parsed.keys.front().rate;
    }
    api::access::add_key_entry(file, created.entry);
    std::cout << created.key << "\n";
    std::cerr << "helpdex keys: \"" << keys.name << "\" (" << scopes_text(created.entry) << ") added to " << file.string()
              << ". The key above is shown only now: send it as Authorization: Bearer <key>.\n";
    return 0;
}

}  // namespace

void add_keys_command(CLI::App& app, KeysCommand& keys) {
    keys.command = app.add_subcommand("keys", "Create, list and revoke API keys");
    keys.command->require_subcommand(1);
    keys.command->add_option("--keys-file", keys.keys_file, "The keys file (or HELPDEX_KEYS_FILE)");
    keys.create = keys.command->add_subcommand("create", "Create a key, print it once, store only its hash");
    keys.create->add_option("--name", keys.name, "Who holds it, as the access log will name it")->required();
    keys.create->add_option("--scope", keys.scopes, "search, feedback or admin; repeatable")->required()->delimiter(',');
    keys.create->add_option("--rate", keys.rate, "Its own rate limit R/B: R requests per second, bursts of B");
    keys.list = keys.command->add_subcommand("list", "List the keys: name, scopes, id, rate (never a secret)");
    keys.revoke = keys.command->add_subcommand("revoke", "Remove a key");
    keys.revoke->add_option("--name", keys.name, "The key's name")->required();
    // --keys-file may come after the action too.
    for (CLI::App* action : {keys.create, keys.list, keys.revoke}) action->fallthrough();
}

int run_keys(const KeysCommand& keys) {
    std::string file = keys.keys_file;
    if (file.empty()) {
        const char* from_environment = std::getenv("HELPDEX_KEYS_FILE");
        file = from_environment ? from_environment : "";
    }
    if (file.empty()) {
        std::cerr << "helpdex keys: name the keys file with --keys-file or HELPDEX_KEYS_FILE\n";
        return 2;
    }
    if (keys.create->parsed()) return create_key(keys, file);
    if (keys.revoke->parsed()) {
        if (api::access::remove_key_entry(file, keys.name)) {
            std::cerr << "helpdex keys: \"" << keys.name << "\" revoked\n";
            return 0;
        }
        std::cerr << "helpdex keys revoke: no key named \"" << keys.name << "\" in " << file << "\n";
        return 1;
    }
    for (const auto& key : api::access::read_key_file(file)) {
        std::cout << key.name << '\t' << scopes_text(key) << '\t' << key.id;
        if (key.rate) std::cout << "\trate=" << key.rate->per_second << '/' << key.rate->burst;
        std::cout << '\n';
    }
    return 0;
}

}  // namespace helpdex::cli
