// Proves HTTPS (api/tls and the deadline stream over it) through the real server, with a
// certificate the test generates: answers over verified TLS, several on one connection, a
// large body both ways, nothing for a plain-HTTP client, and a wrong key refused at start.
#include <catch2/catch.hpp>

#include <cstdlib>

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

}  // namespace

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
