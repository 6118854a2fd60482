// Records what the test servers answer, for the contract check: with HELPDEX_CONTRACT_RECORD
// set to a file, every request and its response are appended to it as one JSON line
// {method, path, route, status, content_type, body}, which scripts/contract-tests.sh
// validates against docs/openapi.yaml once the suite has run. Test-only routes (/test/…) are
// left out.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <functional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace helpdex::test {

using ResponseHook = std::function<void(const httplib::Request&, const httplib::Response&)>;

// The hook for ServerSetup::on_response; empty when HELPDEX_CONTRACT_RECORD is not set.
inline ResponseHook contract_recorder() {
    const char* file = std::getenv("HELPDEX_CONTRACT_RECORD");
    if (!file || !*file) return {};
    return [file = std::string(file)](const httplib::Request& req, const httplib::Response& res) {
        // Routes the tests themselves add (a handler that fails on purpose) are not the API.
        if (req.path.rfind("/test/", 0) == 0) return;
        const nlohmann::json exchange = {{"method", req.method},          {"path", req.path},
                                         {"route", ""},                   {"status", res.status},
                                         {"content_type", res.get_header_value("Content-Type")}, {"body", res.body}};
        const std::string line = exchange.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        // One append per line: test processes running side by side never interleave lines.
        const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return;
        [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
        ::close(fd);
    };
}

}  // namespace helpdex::test
