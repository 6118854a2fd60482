// API keys: who may call which routes. A key is "hdx_<id>_<secret>"; helpdex stores only its
// entry — name, scopes, public id and a salted PBKDF2 hash of the whole key — one per line:
//
//   ticket-system  search        3f9a0c1d2e4b  pbkdf2-sha256$100000$<salt hex>$<hash hex>
//   editors-ci     search,admin  91be07aa5c20  pbkdf2-sha256$100000$…$…  rate=5/10
//
// `rate=R/B` gives the key its own limit: R requests per second, bursts of B.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "api/request_context.h"

namespace helpdex::api::access {

// A token bucket's size: `per_second` tokens flow in, at most `burst` are kept.
struct RateLimit {
    double per_second = 0;  // 0: unlimited
    double burst = 0;
};

struct ApiKey {
    std::string name;           // who holds it, as the log names it: [A-Za-z0-9._-]{1,64}
    std::vector<Scope> scopes;  // search, feedback, admin; never public
    std::string id;             // public: the 12 hex digits after "hdx_"
    int iterations = 0;         // PBKDF2 rounds
    std::string salt;           // hex
    std::string hash;           // PBKDF2-HMAC-SHA256(key, salt), hex
    std::optional<RateLimit> rate;

    bool grants(Scope scope) const;
};

// One entry that could not be read, with where it was.
struct KeyProblem {
    std::string source;  // the keys file, or "HELPDEX_API_KEYS"
    int line = 0;
    std::string message;
    std::string to_string() const;
};

struct ParsedKeys {
    std::vector<ApiKey> keys;
    std::vector<KeyProblem> problems;
};

// Keys already read from another source, which later entries must not repeat.
struct EarlierKeys {
    std::vector<ApiKey> keys;
    std::string source;
};

// Entries one per line; blank lines and lines starting with '#' are skipped. Every bad
// entry is a problem naming its line; duplicate names or ids are problems too, also when
// the first of them is among `earlier`.
ParsedKeys parse_key_entries(std::string_view text, const std::string& source, const EarlierKeys& earlier = {});

// The line parse_key_entries() reads back as `key`.
std::string format_key_entry(const ApiKey& key);

// "search" → Scope::search; nullopt for anything else (public included: it is no grant).
std::optional<Scope> parse_scope(std::string_view name);

inline constexpr int kDefaultIterations = 100000;

struct NewKey {
    std::string key;  // shown once, never stored
    ApiKey entry;     // what is stored
};
// A fresh random key (256-bit secret) and its entry. Throws std::invalid_argument for a bad
// name or no scopes.
NewKey create_key(const std::string& name, std::vector<Scope> scopes, int iterations = kDefaultIterations);

// The keys a server accepts. Thread-safe.
class KeyRing {
public:
    explicit KeyRing(std::vector<ApiKey> keys = {});

    bool empty() const { return keys_.empty(); }
    size_t size() const { return keys_.size(); }

    // The entry `presented` is the key of, or null. The slow hash runs once per key: a key
    // verified before is recognised by its SHA-256, kept in memory only. Every comparison
    // of secrets is constant-time.
    const ApiKey* verify(std::string_view presented) const;

private:
    std::vector<ApiKey> keys_;
    std::unordered_map<std::string, size_t> by_id_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<std::string, std::string> verified_;  // id → SHA-256 of the key
};

}  // namespace helpdex::api::access
