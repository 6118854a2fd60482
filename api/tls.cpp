// OpenSSL, server side.
#include "api/tls.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <stdexcept>
#include <string>

namespace helpdex::api {

namespace {

std::string openssl_reason() {
    const unsigned long error = ERR_get_error();
    ERR_clear_error();
    if (error == 0) return "unknown reason";
    char text[256];
    ERR_error_string_n(error, text, sizeof text);
    return text;
}

}  // namespace

TlsContext::TlsContext(const std::filesystem::path& certificate, const std::filesystem::path& key) {
    context_ = SSL_CTX_new(TLS_server_method());
    if (!context_) throw std::runtime_error("cannot set up TLS: " + openssl_reason());
    SSL_CTX_set_min_proto_version(context_, TLS1_2_VERSION);
    // A write may be retried with a different buffer address once the socket drains.
    SSL_CTX_set_mode(context_, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_ENABLE_PARTIAL_WRITE);
    auto fail = [this](const std::string& what) {
        const std::string reason = openssl_reason();
        SSL_CTX_free(context_);
        throw std::runtime_error(what + ": " + reason);
    };
    if (SSL_CTX_use_certificate_chain_file(context_, certificate.c_str()) != 1) {
        fail("tls_cert: cannot use " + certificate.string() + " as a PEM certificate");
    }
    if (SSL_CTX_use_PrivateKey_file(context_, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        fail("tls_key: cannot use " + key.string() + " as a PEM private key");
    }
    if (SSL_CTX_check_private_key(context_) != 1) fail("tls_key: " + key.string() + " is not the key of " + certificate.string());
}

TlsContext::~TlsContext() {
    SSL_CTX_free(context_);
}

TlsSession::TlsSession(const TlsContext& context, int fd) : ssl_(SSL_new(context.get())) {
    if (!ssl_ || SSL_set_fd(ssl_, fd) != 1) {
        SSL_free(ssl_);
        throw std::runtime_error("cannot start a TLS session: " + openssl_reason());
    }
    SSL_set_accept_state(ssl_);
}

TlsSession::~TlsSession() {
    // No close_notify: the socket may already be closed, its number reused by another
    // connection. HTTP's own framing tells the client where the answer ended.
    SSL_free(ssl_);
    ERR_clear_error();
}

TlsSession::Step TlsSession::step_of(int result) {
    switch (SSL_get_error(ssl_, result)) {
        case SSL_ERROR_WANT_READ: return Step::wants_read;
        case SSL_ERROR_WANT_WRITE: return Step::wants_write;
        default: ERR_clear_error(); return Step::failed;
    }
}

TlsSession::Step TlsSession::handshake() {
    if (established_) return Step::done;
    const int result = SSL_accept(ssl_);
    if (result == 1) {
        established_ = true;
        return Step::done;
    }
    return step_of(result);
}

ssize_t TlsSession::receive(char* data, size_t size, Step& wants) {
    const int n = SSL_read(ssl_, data, static_cast<int>(std::min<size_t>(size, 1 << 30)));
    if (n > 0) return n;
    if (SSL_get_error(ssl_, n) == SSL_ERROR_ZERO_RETURN) return 0;  // the peer's close_notify
    wants = step_of(n);
    return wants == Step::failed && n == 0 ? 0 : -1;
}

ssize_t TlsSession::send(const char* data, size_t size, Step& wants) {
    const int n = SSL_write(ssl_, data, static_cast<int>(std::min<size_t>(size, 1 << 30)));
    if (n > 0) return n;
    wants = step_of(n);
    return -1;
}

}  // namespace helpdex::api
