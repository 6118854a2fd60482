// OpenSSL behind four small functions.
#include "api/access/key_hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

#include "common/digest.h"

namespace helpdex::api::access {

namespace {

std::string to_hex(const unsigned char* bytes, size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex(size * 2, '0');
    for (size_t i = 0; i < size; ++i) {
        hex[2 * i] = kDigits[bytes[i] >> 4];
        hex[2 * i + 1] = kDigits[bytes[i] & 0x0f];
    }
    return hex;
}

}  // namespace

std::string random_hex(size_t bytes) {
    std::vector<unsigned char> buffer(bytes);
    if (RAND_bytes(buffer.data(), static_cast<int>(buffer.size())) != 1) {
        throw std::runtime_error("the system's random number generator failed");
    }
    return to_hex(buffer.data(), buffer.size());
}

std::string pbkdf2_sha256_hex(std::string_view secret, std::string_view salt, int iterations) {
    unsigned char out[32];
    const int ok = PKCS5_PBKDF2_HMAC(secret.data(), static_cast<int>(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                                     iterations, EVP_sha256(), sizeof out, out);
    if (ok != 1) throw std::runtime_error("PBKDF2 failed");
    return to_hex(out, sizeof out);
}

std::string sha256(std::string_view text) { return helpdex::sha256(text); }

bool constant_time_equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace helpdex::api::access
