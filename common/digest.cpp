// SHA-256 through OpenSSL's EVP interface.
#include "common/digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace helpdex {

struct Sha256::Context {
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
    context_->md = EVP_MD_CTX_new();
    if (!context_->md || EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed to start");
    }
}

Sha256::~Sha256() = default;

Sha256& Sha256::update(std::string_view bytes) {
    if (EVP_DigestUpdate(context_->md, bytes.data(), bytes.size()) != 1) throw std::runtime_error("SHA-256 failed");
    return *this;
}

Sha256& Sha256::field(std::string_view bytes) {
    const uint64_t size = bytes.size();
    unsigned char length[8];
    for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>(size >> (8 * i));
    update(std::string_view(reinterpret_cast<const char*>(length), sizeof length));
    return update(bytes);
}

std::string Sha256::raw() {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_->md, out, &size) != 1) throw std::runtime_error("SHA-256 failed");
    return std::string(reinterpret_cast<const char*>(out), size);
}

std::string Sha256::hex(size_t bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    const std::string digest = raw();
    const size_t size = std::min(bytes, digest.size());
    std::string out(size * 2, '0');
    for (size_t i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(digest[i]);
        out[2 * i] = kDigits[byte >> 4];
        out[2 * i + 1] = kDigits[byte & 0x0f];
    }
    return out;
}

std::string sha256(std::string_view text) { return Sha256().update(text).raw(); }

}  // namespace helpdex
