// HTTPS: the server's certificate and key (an OpenSSL context), and each connection's TLS
// session over its non-blocking socket, for the deadline stream to read and write through.
#pragma once

#include <sys/types.h>

#include <filesystem>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;

namespace helpdex::api {

class TlsContext {
public:
    // Loads a PEM certificate (chain) and its private key; TLS 1.2 and later only. Throws
    // std::runtime_error naming the file and OpenSSL's reason when either cannot be used.
    TlsContext(const std::filesystem::path& certificate, const std::filesystem::path& key);
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    SSL_CTX* get() const { return context_; }

private:
    SSL_CTX* context_ = nullptr;
};

// One connection's server side. Never blocks: an operation that needs the socket to be
// readable (or writable) first says so, as recv() and send() say EAGAIN.
class TlsSession {
public:
    TlsSession(const TlsContext& context, int fd);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    enum class Step { done, wants_read, wants_write, failed };
    // One step of the handshake; done once it is complete (and ever after).
    Step handshake();
    // Like recv()/send() on a non-blocking socket: bytes moved, 0 when the peer closed, or
    // -1 with `wants` saying what to wait for (Step::wants_read/wants_write) or failed.
    ssize_t receive(char* data, size_t size, Step& wants);
    ssize_t send(const char* data, size_t size, Step& wants);
    // Whether the handshake is complete: only then can anything be said to the client.
    bool established() const { return established_; }

private:
    Step step_of(int result);
    SSL* ssl_ = nullptr;
    bool established_ = false;
};

}  // namespace helpdex::api
