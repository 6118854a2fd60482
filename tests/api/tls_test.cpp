// Proves HTTPS (api/tls and the deadline stream over it) through the real server, with a
// certificate the test generates: answers over verified TLS, several on one connection, a
// large body both ways, nothing for a plain-HTTP client, and a wrong key refused at start.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

#include <openssl/ssl.h>

#include "api/running_server.h"

using namespace helpdex;

namespace {

// A self-signed certificate for 127.0.0.1 and its key, made with the openssl command.
struct Certificate {
    Certificate() {
        const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
                                    "-addext subjectAltName=IP:127.0.0.1 -keyout '" + key.string() + "' -out '" +
                                    cert.string() + "' >/dev/null 2>&1";
        REQUIRE(std::system(command.c_str()) == 0);
    }
    test::TempDir dir;
    std::filesystem::path cert = dir / "cert.pem", key = dir / "key.pem";
};

std::unique_ptr<httplib::SSLClient> verified_client(int port, const Certificate& certificate) {
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
    client->set_ca_cert_path(certificate.cert.c_str());
    client->enable_server_certificate_verification(true);
    client->set_connection_timeout(2);
    client->set_read_timeout(5);
    return client;
}

api::ServerOptions tls_options(const Certificate& certificate) {
    api::ServerOptions options;
    options.tls_cert = certificate.cert.string();
    options.tls_key = certificate.key.string();
    options.access_log = false;
    return options;
}

// Sends `request` over TLS (verifying the server) and reads what comes back until the server
// closes, or 10 s pass.
std::string tls_exchange(int port, const Certificate& certificate, const std::string& request) {
    SSL_CTX* context = SSL_CTX_new(TLS_client_method());
    REQUIRE(context);
    REQUIRE(SSL_CTX_load_verify_locations(context, certificate.cert.c_str(), nullptr) == 1);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    const timeval patience{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    SSL* ssl = SSL_new(context);
    SSL_set_fd(ssl, fd);
    std::string received;
    if (SSL_connect(ssl) == 1 && SSL_write(ssl, request.data(), static_cast<int>(request.size())) > 0) {
        char buffer[4096];
        for (int n; (n = SSL_read(ssl, buffer, sizeof buffer)) > 0;) received.append(buffer, static_cast<size_t>(n));
    }
    SSL_free(ssl);
    ::close(fd);
    SSL_CTX_free(context);
    return received;
}

}  // namespace

TEST_CASE("a TLS client too slow with its request gets a 408 it can read", "[api][tls][integration]") {
    using namespace std::chrono_literals;
    const Certificate certificate;
    api::ServerOptions options = tls_options(certificate);
    options.header_timeout = 1000ms;
    test::RunningServer server(options);
    // The head never ends: the server gives up on it at header_timeout.
    const std::string answer = tls_exchange(server.port(), certificate, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    CHECK(answer.rfind("HTTP/1.1 408", 0) == 0);
    // A whole request on such a connection is answered as usual.
    CHECK(tls_exchange(server.port(), certificate, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .rfind("HTTP/1.1 200", 0) == 0);
}

TEST_CASE("with a certificate the server answers over verified TLS, keeping the connection", "[api][tls][integration]") {
    const Certificate certificate;
    test::RunningServer server(tls_options(certificate));
    const auto owned = verified_client(server.port(), certificate);
    httplib::SSLClient& client = *owned;
    client.set_keep_alive(true);
    for (int i = 0; i < 3; ++i) {
        auto health = client.Get("/healthz");
        REQUIRE(health);
        CHECK(health->status == 200);
    }
    const std::string long_inquiry(20000, 'a');
    auto suggestion = client.Post("/v1/suggest", R"({"text":"my refund has not arrived )" + long_inquiry + R"("})", "application/json");
    REQUIRE(suggestion);
    CHECK(suggestion->status == 200);
    auto search = client.Get("/v1/search?q=refund&limit=100");
    REQUIRE(search);
    CHECK(search->status == 200);
    CHECK(nlohmann::json::parse(search->body)["total"] > 0);
}

TEST_CASE("a plain-HTTP client gets no answer from a TLS server, and it keeps serving", "[api][tls][integration]") {
    const Certificate certificate;
    test::RunningServer server(tls_options(certificate));
    auto plain = server.client();
    plain.set_read_timeout(2);
    auto result = plain.Get("/healthz");
    CHECK((!result || result->status != 200));
    auto client = verified_client(server.port(), certificate);
    auto health = client->Get("/healthz");
    REQUIRE(health);
    CHECK(health->status == 200);
}

TEST_CASE("a certificate and key that do not belong together stop the server at start", "[api][tls]") {
    const Certificate one, other;
    test::TempDir dir;
    test::index_corpus(test::fixture("small-corpus"), dir / "idx");
    api::ServerOptions options;
    options.tls_cert = one.cert.string();
    options.tls_key = other.key.string();
    CHECK_THROWS_WITH(api::Server(std::make_shared<LiveIndex>(dir / "idx"), options), Catch::Contains("tls_key: cannot use") && Catch::Contains("mismatch"));
    options.tls_key = one.cert.string();  // a certificate is no key
    CHECK_THROWS_WITH(api::Server(std::make_shared<LiveIndex>(dir / "idx"), options), Catch::Contains("tls_key: cannot use"));
}
