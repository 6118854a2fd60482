// The guarded connection layer: admission on the accepting thread, requests read without
// blocking, one worker per arrived request, waits in the watcher, gentle closes.
#include "api/http_connections.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <utility>

#include "api/unrouted_answers.h"

namespace helpdex::api {

namespace {

// How long a refused or closing connection may keep sending before it is cut off; reading
// it meanwhile lets the client read our answer instead of a reset.
constexpr std::chrono::milliseconds kLinger{1000};

// cpp-httplib's accept loop hands every new socket to enqueue(); running the task right
// there makes admission happen on that thread, before any worker is involved.
class InlineAdmission : public httplib::TaskQueue {
public:
    explicit InlineAdmission(GuardedHttpServer& server) : server_(server) {}
    void enqueue(std::function<void()> admit) override { admit(); }
    void shutdown() override { server_.close_connections(); }

private:
    GuardedHttpServer& server_;
};

}  // namespace

struct GuardedHttpServer::ClosingSocket {
    explicit ClosingSocket(int socket) : fd(socket) {}
    ~ClosingSocket() { ::close(fd); }
    ClosingSocket(const ClosingSocket&) = delete;
    ClosingSocket& operator=(const ClosingSocket&) = delete;
    int fd;
};

struct GuardedHttpServer::Connection {
    Connection(int socket, int stop_fd, const StreamLimits& limits, std::atomic<size_t>& open_count)
        : fd(socket), stream(socket, stop_fd, limits), open(open_count) {}
    ~Connection() {
        if (fd >= 0) ::close(fd);
        --open;
    }
    // The socket leaves the connection (to be refused or lingered); it stops counting as open.
    int release() { return std::exchange(fd, -1); }

    int fd;
    DeadlineStream stream;
    size_t answered = 0;
    std::atomic<size_t>& open;
};

GuardedHttpServer::GuardedHttpServer(ConnectionLimits limits, UnroutedAnswerHook on_unrouted)
    : limits_(limits),
      on_unrouted_(std::move(on_unrouted)),
      stop_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)),
      workers_(limits.threads, limits.max_queued) {
    if (stop_fd_ < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
    new_task_queue = [this] { return new InlineAdmission(*this); };
    // Only advertised in responses' Keep-Alive header; the limits themselves are enforced here.
    set_keep_alive_max_count(limits_.keep_alive_max_count);
    set_keep_alive_timeout(std::max<time_t>(1, std::chrono::ceil<std::chrono::seconds>(limits_.keep_alive_timeout).count()));
}

GuardedHttpServer::~GuardedHttpServer() {
    close_connections();
    ::close(stop_fd_);
}

void GuardedHttpServer::widen_listen_backlog() {
    // listen() again on a listening socket only changes its backlog; the kernel caps it.
    ::listen(svr_sock_, static_cast<int>(std::min<size_t>(limits_.max_connections, 4096)));
}

void GuardedHttpServer::close_connections() {
    std::call_once(closed_, [this] {
        const uint64_t one = 1;
        (void)!::write(stop_fd_, &one, sizeof one);
        // The watcher first: a worker finishing afterwards finds it closed and drops its connection.
        watcher_.shutdown();
        workers_.shutdown();
    });
}

bool GuardedHttpServer::process_and_close_socket(socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    if (open_.load() >= limits_.max_connections) {
        refuse(sock, 503);
        return false;
    }
    ++open_;
    auto connection = std::make_shared<Connection>(sock, stop_fd_, limits_.stream, open_);
    if (limits_.tls) {
        try {
            connection->stream.use_tls(std::make_unique<TlsSession>(*limits_.tls, sock));
        } catch (const std::exception&) {
            return false;  // out of memory in OpenSSL: the connection closes
        }
    }
    if (!workers_.try_submit([this, connection] { serve(connection); })) {
        refuse(*connection, 503);
        return false;
    }
    return true;
}

// On a worker: answers every request that has fully arrived, then leaves the connection to
// the watcher until more bytes come.
void GuardedHttpServer::serve(const ConnectionPtr& connection) {
    for (;;) {
        const Arrival arrival = connection->stream.fill_available();
        if (arrival == Arrival::closed) return;
        if (arrival == Arrival::waiting) return await_bytes(connection);
        if (!answer(*connection)) return;
        connection->stream.begin_request(Clock::now());
    }
}

// One request through cpp-httplib; false when the connection must close.
bool GuardedHttpServer::answer(Connection& connection) {
    DeadlineStream& stream = connection.stream;
    const bool refused = stream.body_refused();
    const bool last = refused || connection.answered + 1 >= limits_.keep_alive_max_count;
    bool client_closes = false;
    const bool ok = process_request(stream, last, client_closes, nullptr);
    ++connection.answered;
    // The refused body is still coming: closing outright would reset the connection,
    // and the client could lose the 413.
    if (refused && ok && !stream.failed()) linger(connection.release());
    if (!ok || last || client_closes || stream.failed()) return false;
    stream.finish_request();
    return true;
}

void GuardedHttpServer::await_bytes(const ConnectionPtr& connection) {
    const bool idle = connection->answered > 0 && !connection->stream.has_unread();
    const Clock::time_point now = Clock::now();
    const Clock::time_point deadline = idle ? now + limits_.keep_alive_timeout : connection->stream.wait_deadline();
    if (deadline <= now) return time_out(*connection);
    auto readable = [this, connection] {
        // A request's clock starts with its first byte, not when the last one ended.
        if (!connection->stream.has_unread()) connection->stream.begin_request(Clock::now());
        if (!workers_.try_submit([this, connection] { serve(connection); })) refuse(*connection, 503);
    };
    // A false watch() (stopping) destroys both callbacks: the connection closes.
    watcher_.watch(connection->fd, deadline, std::move(readable), [this, connection] { time_out(*connection); });
}

// Overdue: a request begun gets a 408 and a gentle close (a slow client still sending would
// otherwise get a reset and lose it); an idle keep-alive connection just closes.
void GuardedHttpServer::time_out(Connection& connection) {
    if (connection.stream.has_unread()) refuse(connection, 408);
}

// A new socket: the short answer fits the empty send buffer, so this never blocks. Over
// HTTPS nothing can be said before a handshake: the close is the answer.
void GuardedHttpServer::refuse(int fd, int status) {
    const std::string text = unrouted_answer(status, on_unrouted_(status));
    if (!limits_.tls) (void)::send(fd, text.data(), text.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    linger(fd);
}

void GuardedHttpServer::refuse(Connection& connection, int status) {
    connection.stream.send_last(unrouted_answer(status, on_unrouted_(status)));
    linger(connection.release());
}

// Sends our FIN now, then reads and discards what the client still sends, until it closes
// or kLinger passes.
void GuardedHttpServer::linger(int fd) {
    ::shutdown(fd, SHUT_WR);
    drain(std::make_shared<ClosingSocket>(fd), Clock::now() + kLinger);
}

void GuardedHttpServer::drain(std::shared_ptr<ClosingSocket> socket, Clock::time_point deadline) {
    const int fd = socket->fd;
    watcher_.watch(fd, deadline, [this, socket, deadline] {
        char scratch[16 * 1024];
        for (int round = 0; round < 4; ++round) {  // a fast sender must not hog the watcher
            const ssize_t n = ::recv(socket->fd, scratch, sizeof scratch, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) return;
            if (n < 0) break;
        }
        drain(socket, deadline);
    }, [] {});
}

}  // namespace helpdex::api
