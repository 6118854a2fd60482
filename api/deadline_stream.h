// One connection's bytes for cpp-httplib: buffered, read without blocking while a request
// arrives, and every blocking read or write bounded by the request's deadline.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>

#include "api/request_head.h"
#include "api/tls.h"

namespace helpdex::api {

using Clock = std::chrono::steady_clock;

struct StreamLimits {
    std::chrono::milliseconds header_timeout{5000};   // the head must arrive within this
    std::chrono::milliseconds request_timeout{10000}; // and the whole request within this
    std::chrono::milliseconds write_timeout{10000};   // each response must be sent within this
    size_t max_body_bytes = 64 * 1024;                // a larger declared body is refused at once
    size_t max_head_bytes = 64 * 1024;                // a longer head closes the connection
};

// What fill_available() found.
enum class Arrival {
    ready,    // the request can be handed to cpp-httplib without waiting for bytes
    waiting,  // more bytes are needed; wait until wait_deadline()
    closed,   // the peer closed, the socket failed, or the head is over max_head_bytes
};

// Does not own the socket. Not thread-safe: one thread at a time uses a connection.
// `stop_fd` (an eventfd, or -1) once readable makes every wait fail at once (server stop).
class DeadlineStream : public httplib::Stream {
public:
    DeadlineStream(int fd, int stop_fd, StreamLimits limits);

    // Reads and writes through `session` from now on (HTTPS); its handshake runs as the
    // first bytes arrive, within the first request's header_timeout.
    void use_tls(std::unique_ptr<TlsSession> session) { tls_ = std::move(session); }

    // Starts a request's clock at `now`: head by now + header_timeout, all by now + request_timeout.
    void begin_request(Clock::time_point now);
    // Receives whatever the socket holds, without waiting: the head, and a Content-Length
    // body of at most max_body_bytes. A chunked body is read later, through read().
    Arrival fill_available();
    // When the head (or, once it is complete, the whole request) is overdue.
    Clock::time_point wait_deadline() const;
    // Bytes of the current request received and not yet consumed.
    bool has_unread() const { return pos_ < buffer_.size(); }
    // The head declared a body over max_body_bytes: read() stops at the end of the head so
    // that cpp-httplib answers 413 at once; the connection must then be closed.
    bool body_refused() const;
    // A wait timed out, the peer vanished or the server is stopping.
    bool failed() const { return failed_; }
    // The connection layer's last word (a 408 or 503): one attempt to send `text` without
    // waiting, through TLS on an HTTPS connection, nothing before its handshake is complete
    // (plain text would reach a TLS client as a broken record).
    void send_last(std::string_view text);
    // Drops the finished request's bytes (and any body cpp-httplib left unread), keeping
    // the next request's if the client pipelined it.
    void finish_request();

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return fd_; }

private:
    enum class Wait { ready, timed_out, stopped };
    Wait wait_for(short events, Clock::time_point deadline) const;
    bool body_complete() const;
    ssize_t receive_some();  // one recv into buffer_ without waiting
    ssize_t send_some(const char* data, size_t size);  // one send without waiting
    short awaited() const;   // what the last EAGAIN waits for: POLLIN, or POLLOUT for TLS

    int fd_;
    int stop_fd_;
    StreamLimits limits_;
    std::string buffer_;
    size_t pos_ = 0;                   // next byte cpp-httplib reads
    std::optional<RequestHead> head_;
    Clock::time_point head_deadline_{}, request_deadline_{};
    std::optional<Clock::time_point> write_deadline_;  // set by the response's first write
    bool failed_ = false;
    std::unique_ptr<TlsSession> tls_;  // null: plain HTTP
    TlsSession::Step tls_wants_ = TlsSession::Step::wants_read;
};

}  // namespace helpdex::api
