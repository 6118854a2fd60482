// SHA-256 (OpenSSL): content hashes of documents and fingerprints of what a model learnt
// from, fed piece by piece.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace helpdex {

class Sha256 {
public:
    Sha256();  // throws std::runtime_error when OpenSSL cannot start a digest
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& update(std::string_view bytes);
    // A field of a record: its length first, so that ("ab", "c") and ("a", "bc") differ.
    Sha256& field(std::string_view bytes);
    // The digest's first `bytes` bytes (at most 32) as lowercase hex; ends the digest.
    std::string hex(size_t bytes = 32);
    // The 32-byte digest, raw; ends the digest.
    std::string raw();

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

// SHA-256 of `text`, 32 raw bytes.
std::string sha256(std::string_view text);

}  // namespace helpdex
