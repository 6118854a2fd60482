// Hashing the stored form: a field added to it is covered without a change here. Its values
// are fed as they are, each tagged with its type and length, rather than serialised: escaping
// a million documents' bodies as JSON took a fifth of a corpus check.
#include "indexer/content_hash.h"

#include <nlohmann/json.hpp>

#include "common/digest.h"

namespace helpdex::indexer {

namespace {

void feed(Sha256& digest, const nlohmann::json& value) {
    digest.update(std::string(1, static_cast<char>(value.type())));
    if (value.is_string()) {
        digest.field(value.get_ref<const std::string&>());
    } else if (value.is_array()) {
        digest.field(std::to_string(value.size()));
        for (const auto& item : value) feed(digest, item);
    } else if (value.is_object()) {
        digest.field(std::to_string(value.size()));
        for (const auto& [key, item] : value.items()) {
            digest.field(key);
            feed(digest, item);
        }
    } else {
        digest.field(value.dump());  // null, booleans and numbers: a few bytes
    }
}

}  // namespace

std::string content_hash(const KbDocument& d) {
    Sha256 digest;
    feed(digest, to_stored_json(d));
    return digest.hex(kContentHashChars / 2);
}

}  // namespace helpdex::indexer
