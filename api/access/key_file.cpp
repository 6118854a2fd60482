// Reading and rewriting the keys file.
#include "api/access/key_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "common/files.h"

namespace helpdex::api::access {

namespace {

constexpr const char* kHeader =
    "# helpdex API keys: NAME SCOPES ID pbkdf2-sha256$ROUNDS$SALT$HASH [rate=R/B]\n"
    "# Written by `helpdex keys create`; the keys themselves are never stored.\n";

std::string text_of(const std::filesystem::path& file) {
    return std::filesystem::exists(file) ? read_file(file) : std::string(kHeader);
}

ParsedKeys parsed_or_throw(const std::string& text, const std::filesystem::path& file) {
    ParsedKeys parsed = parse_key_entries(text, file.string());
    if (!parsed.problems.empty()) {
        std::string message = "the keys file has problems; fix them first:";
        for (const auto& problem : parsed.problems) message += "\n  " + problem.to_string();
        throw std::runtime_error(message);
    }
    return parsed;
}

void write_whole(const std::filesystem::path& file, const std::string& text) {
    const std::filesystem::path temporary = file.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot write " + temporary.string() + ": " + std::strerror(errno));
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot write " + temporary.string() + ": " + std::strerror(errno));
        }
        written += static_cast<size_t>(n);
    }
    const bool durable = ::fsync(fd) == 0;
    ::close(fd);
    if (!durable) throw std::runtime_error("cannot write " + temporary.string() + ": " + std::strerror(errno));
    std::filesystem::rename(temporary, file);
}

}  // namespace

std::vector<ApiKey> read_key_file(const std::filesystem::path& file) {
    return parsed_or_throw(text_of(file), file).keys;
}

void add_key_entry(const std::filesystem::path& file, const ApiKey& entry) {
    std::string text = text_of(file);
    for (const ApiKey& key : parsed_or_throw(text, file).keys) {
        if (key.name == entry.name) throw std::runtime_error("a key named \"" + entry.name + "\" exists; revoke it first");
    }
    if (!text.empty() && text.back() != '\n') text += '\n';
    write_whole(file, text + format_key_entry(entry) + "\n");
}

bool remove_key_entry(const std::filesystem::path& file, const std::string& name) {
    const std::string text = text_of(file);
    parsed_or_throw(text, file);
    std::istringstream in(text);
    std::string kept;
    bool removed = false;
    for (std::string line; std::getline(in, line);) {
        const ParsedKeys one = parse_key_entries(line, file.string());
        if (!one.keys.empty() && one.keys.front().name == name) {
            removed = true;
            continue;
        }
        kept += line + "\n";
    }
    if (removed) write_whole(file, kept);
    return removed;
}

}  // namespace helpdex::api::access
