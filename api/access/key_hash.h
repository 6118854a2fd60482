// The cryptography API keys need, from OpenSSL: random secrets, the slow salted hash keys
// are stored as, a fast digest for the verified-key cache, and constant-time comparison.
#pragma once

#include <string>
#include <string_view>

namespace helpdex::api::access {

// `bytes` bytes from OpenSSL's CSPRNG as lowercase hex; throws std::runtime_error if the
// generator fails (it never silently returns weak bytes).
std::string random_hex(size_t bytes);

// PBKDF2-HMAC-SHA256(secret, salt, iterations) as 64 lowercase hex digits.
std::string pbkdf2_sha256_hex(std::string_view secret, std::string_view salt, int iterations);

// SHA-256 of `text`, 32 raw bytes.
std::string sha256(std::string_view text);

// Whether a and b hold the same bytes, taking the same time wherever they first differ
// (CRYPTO_memcmp), so a caller cannot learn a stored hash byte by byte from response times.
// Different lengths compare unequal at once: lengths here are public (fixed-size digests).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace helpdex::api::access
