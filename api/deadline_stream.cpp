// The deadline stream: non-blocking receives into one buffer, poll() with the time left
// before every blocking read or write.
#include "api/deadline_stream.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace helpdex::api {

namespace {

constexpr size_t kReceiveChunk = 16 * 1024;

void address_of(const sockaddr_storage& address, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    }
    ip = text;
}

}  // namespace

DeadlineStream::DeadlineStream(int fd, int stop_fd, StreamLimits limits) : fd_(fd), stop_fd_(stop_fd), limits_(limits) {
    begin_request(Clock::now());
}

void DeadlineStream::begin_request(Clock::time_point now) {
    head_deadline_ = now + limits_.header_timeout;
    request_deadline_ = now + limits_.request_timeout;
    write_deadline_.reset();
}

bool DeadlineStream::body_refused() const {
    return head_ && head_->content_length && *head_->content_length > limits_.max_body_bytes;
}

bool DeadlineStream::body_complete() const {
    if (head_->chunked || body_refused() || !head_->content_length) return true;
    return buffer_.size() >= head_->size + *head_->content_length;  // the request starts at 0
}

Clock::time_point DeadlineStream::wait_deadline() const {
    return head_ ? request_deadline_ : std::min(head_deadline_, request_deadline_);
}

ssize_t DeadlineStream::receive_some() {
    const size_t old_size = buffer_.size();
    buffer_.resize(old_size + kReceiveChunk);
    ssize_t n;
    if (tls_) {
        n = tls_->receive(buffer_.data() + old_size, kReceiveChunk, tls_wants_);
        if (n < 0) errno = tls_wants_ == TlsSession::Step::failed ? EIO : EAGAIN;
    } else {
        do {
            n = ::recv(fd_, buffer_.data() + old_size, kReceiveChunk, MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
    }
    buffer_.resize(old_size + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    return n;
}

ssize_t DeadlineStream::send_some(const char* data, size_t size) {
    if (tls_) {
        const ssize_t n = tls_->send(data, size, tls_wants_);
        if (n < 0) errno = tls_wants_ == TlsSession::Step::failed ? EIO : EAGAIN;
        return n;
    }
    return ::send(fd_, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
}

short DeadlineStream::awaited() const {
    return tls_ && tls_wants_ == TlsSession::Step::wants_write ? POLLOUT : POLLIN;
}

Arrival DeadlineStream::fill_available() {
    if (tls_) {
        tls_wants_ = tls_->handshake();
        if (tls_wants_ == TlsSession::Step::failed) return Arrival::closed;
        if (tls_wants_ != TlsSession::Step::done) return Arrival::waiting;
    }
    for (;;) {
        if (!head_) head_ = scan_request_head(buffer_);
        if (head_ && body_complete()) return Arrival::ready;
        if (!head_ && buffer_.size() > limits_.max_head_bytes) return Arrival::closed;
        const ssize_t n = receive_some();
        if (n == 0) return Arrival::closed;
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? Arrival::waiting : Arrival::closed;
    }
}

void DeadlineStream::finish_request() {
    if (head_ && !head_->chunked && !body_refused()) {
        // cpp-httplib may leave a body unread (a GET with one): skip it, it is buffered.
        pos_ = std::min(buffer_.size(), std::max(pos_, head_->size + head_->content_length.value_or(0)));
    }
    buffer_.erase(0, pos_);
    pos_ = 0;
    head_.reset();
}

DeadlineStream::Wait DeadlineStream::wait_for(short events, Clock::time_point deadline) const {
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return Wait::timed_out;
        pollfd fds[2] = {{fd_, events, 0}, {stop_fd_, POLLIN, 0}};
        const int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left, 60'000)));
        if (n < 0 && errno != EINTR) return Wait::stopped;
        if (fds[1].revents) return Wait::stopped;
        if (fds[0].revents) return Wait::ready;  // POLLHUP and POLLERR too: recv/send says what
    }
}

bool DeadlineStream::is_readable() const {
    return has_unread() || wait_for(POLLIN, request_deadline_) == Wait::ready;
}

bool DeadlineStream::is_writable() const {
    return wait_for(POLLOUT, write_deadline_.value_or(Clock::now() + limits_.write_timeout)) == Wait::ready;
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
    // A refused body's bytes are never delivered: cpp-httplib's skip loop ends at once.
    const size_t end = body_refused() ? head_->size : std::string::npos;
    if (pos_ >= end) return 0;
    while (!has_unread()) {
        if (wait_for(awaited(), request_deadline_) != Wait::ready) return failed_ = true, -1;
        const ssize_t n = receive_some();
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) return failed_ = true, -1;
    }
    const size_t n = std::min({size, buffer_.size() - pos_, end - pos_});
    std::memcpy(ptr, buffer_.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
}

void DeadlineStream::send_last(std::string_view text) {
    if (tls_ && !tls_->established()) return;
    (void)send_some(text.data(), text.size());
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
    if (!write_deadline_) write_deadline_ = Clock::now() + limits_.write_timeout;
    size_t sent = 0;
    while (sent < size) {
        const ssize_t n = send_some(ptr + sent, size - sent);
        if (n > 0) {
            sent += static_cast<size_t>(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            const short events = tls_ && tls_wants_ == TlsSession::Step::wants_read ? POLLIN : POLLOUT;
            if (wait_for(events, *write_deadline_) != Wait::ready) return failed_ = true, -1;
        } else {
            return failed_ = true, -1;  // never 0: cpp-httplib's write loop would spin
        }
    }
    return static_cast<ssize_t>(size);
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

}  // namespace helpdex::api
