// Key entries: reading, writing, creating and verifying.
#include "api/access/api_keys.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>
#include <stdexcept>
#include <variant>

#include "api/access/key_hash.h"

namespace helpdex::api::access {

namespace {

constexpr std::string_view kKeyPrefix = "hdx_";
constexpr size_t kIdDigits = 12;
constexpr size_t kSecretDigits = 64;
constexpr std::string_view kHashScheme = "pbkdf2-sha256";

bool is_hex(std::string_view text, size_t size) {
    return text.size() == size && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool is_valid_name(std::string_view name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t at; (at = text.find(separator, start)) != std::string_view::npos; start = at + 1) {
        parts.push_back(text.substr(start, at - start));
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

// "rate=5/10" → 5 per second, bursts of 10; the burst defaults to the rate.
std::optional<RateLimit> parse_rate(std::string_view field) {
    if (field.substr(0, 5) != "rate=") return std::nullopt;
    const auto parts = split(field.substr(5), '/');
    if (parts.size() > 2) return std::nullopt;
    const auto per_second = parse_number(parts[0]);
    const auto burst = parts.size() == 2 ? parse_number(parts[1]) : per_second;
    if (!per_second || !burst || *burst < 1) return std::nullopt;
    return RateLimit{*per_second, *burst};
}

// The entry on one line, or the reason it is not one.
std::variant<ApiKey, std::string> parse_entry(std::string_view line) {
    std::istringstream in{std::string(line)};
    std::vector<std::string> fields;
    for (std::string field; in >> field;) fields.push_back(field);
    if (fields.size() < 4 || fields.size() > 5) {
        return "an entry is: NAME SCOPES ID pbkdf2-sha256$ROUNDS$SALT$HASH [rate=R/B]";
    }
    ApiKey key;
    key.name = fields[0];
    if (!is_valid_name(key.name)) return "name \"" + key.name + "\" must be 1-64 of A-Z a-z 0-9 . _ -";
    for (std::string_view name : split(fields[1], ',')) {
        const auto scope = parse_scope(name);
        if (!scope) return "scope \"" + std::string(name) + "\" is not one of search, feedback, admin";
        key.scopes.push_back(*scope);
    }
    key.id = fields[2];
    if (!is_hex(key.id, kIdDigits)) return "id must be 12 lowercase hex digits";
    const auto hash = split(fields[3], '$');
    if (hash.size() != 4 || hash[0] != kHashScheme) return "the hash must be pbkdf2-sha256$ROUNDS$SALT$HASH";
    auto [end, error] = std::from_chars(hash[1].data(), hash[1].data() + hash[1].size(), key.iterations);
    if (error != std::errc() || end != hash[1].data() + hash[1].size() || key.iterations < 1) return "ROUNDS must be a positive number";
    key.salt = hash[2];
    key.hash = hash[3];
    if (!is_hex(key.salt, 32) || !is_hex(key.hash, 64)) return "SALT must be 32 and HASH 64 lowercase hex digits";
    if (fields.size() == 5) {
        key.rate = parse_rate(fields[4]);
        if (!key.rate) return "\"" + fields[4] + "\" must be rate=R/B (R requests per second > 0, bursts of B >= 1)";
    }
    return key;
}

}  // namespace

bool ApiKey::grants(Scope scope) const {
    return scope == Scope::public_ || std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

std::string KeyProblem::to_string() const {
    return source + (line > 0 ? ":" + std::to_string(line) : "") + ": " + message;
}

std::optional<Scope> parse_scope(std::string_view name) {
    for (Scope scope : {Scope::search, Scope::feedback, Scope::admin}) {
        if (name == scope_name(scope)) return scope;
    }
    return std::nullopt;
}

ParsedKeys parse_key_entries(std::string_view text, const std::string& source, const EarlierKeys& earlier) {
    ParsedKeys parsed;
    std::set<std::string> names, ids;
    for (const ApiKey& key : earlier.keys) {
        names.insert(key.name);
        ids.insert(key.id);
    }
    // Said of a duplicate whose first came from the earlier source.
    const auto where_first = [&](std::string ApiKey::*field, const std::string& value) -> std::string {
        for (const ApiKey& key : earlier.keys) {
            if (key.*field == value) return " (the first is in " + earlier.source + ")";
        }
        return "";
    };
    int number = 0;
    for (std::string_view line : split(text, '\n')) {
        ++number;
        const size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#') continue;
        auto entry = parse_entry(line);
        if (auto* reason = std::get_if<std::string>(&entry)) {
            parsed.problems.push_back({source, number, *reason});
            continue;
        }
        ApiKey& key = std::get<ApiKey>(entry);
        if (!names.insert(key.name).second) {
            parsed.problems.push_back({source, number, "a second key named \"" + key.name + "\"" + where_first(&ApiKey::name, key.name)});
        } else if (!ids.insert(key.id).second) {
            parsed.problems.push_back({source, number, "a second key with id " + key.id + where_first(&ApiKey::id, key.id)});
        } else {
            parsed.keys.push_back(std::move(key));
        }
    }
    return parsed;
}

std::string format_key_entry(const ApiKey& key) {
    std::string scopes;
    for (Scope scope : key.scopes) scopes += (scopes.empty() ? "" : ",") + std::string(scope_name(scope));
    std::ostringstream out;
    out << key.name << ' ' << scopes << ' ' << key.id << ' ' << kHashScheme << '$' << key.iterations << '$' << key.salt << '$'
        << key.hash;
    if (key.rate) out << " rate=" << key.rate->per_second << '/' << key.rate->burst;
    return out.str();
}

NewKey create_key(const std::string& name, std::vector<Scope> scopes, int iterations) {
    if (!is_valid_name(name)) throw std::invalid_argument("name \"" + name + "\" must be 1-64 of A-Z a-z 0-9 . _ -");
    if (scopes.empty()) throw std::invalid_argument("a key needs at least one scope (search, feedback, admin)");
    NewKey created;
    ApiKey& entry = created.entry;
    entry.name = name;
    entry.scopes = std::move(scopes);
    entry.id = random_hex(kIdDigits / 2);
    entry.iterations = iterations;
    entry.salt = random_hex(16);
    created.key = std::string(kKeyPrefix) + entry.id + "_" + random_hex(kSecretDigits / 2);
    entry.hash = pbkdf2_sha256_hex(created.key, entry.salt, iterations);
    return created;
}

KeyRing::KeyRing(std::vector<ApiKey> keys) : keys_(std::move(keys)) {
    for (size_t i = 0; i < keys_.size(); ++i) by_id_.emplace(keys_[i].id, i);
}

const ApiKey* KeyRing::verify(std::string_view presented) const {
    const size_t size = kKeyPrefix.size() + kIdDigits + 1 + kSecretDigits;
    if (presented.size() != size || presented.substr(0, kKeyPrefix.size()) != kKeyPrefix) return nullptr;
    const auto found = by_id_.find(std::string(presented.substr(kKeyPrefix.size(), kIdDigits)));
    if (found == by_id_.end()) return nullptr;
    const ApiKey& key = keys_[found->second];
    const std::string digest = sha256(presented);
    {
        std::lock_guard lock(mutex_);
        const auto seen = verified_.find(key.id);
        if (seen != verified_.end()) return constant_time_equal(seen->second, digest) ? &key : nullptr;
    }
    if (!constant_time_equal(pbkdf2_sha256_hex(presented, key.salt, key.iterations), key.hash)) return nullptr;
    std::lock_guard lock(mutex_);
    verified_[key.id] = digest;
    return &key;
}

}  // namespace helpdex::api::access
