// Loading and re-reading the keys.
#include "api/access/key_source.h"

#include <fstream>
#include <sstream>

namespace helpdex::api::access {

namespace {

const std::string kInlineSource = "HELPDEX_API_KEYS";

// HELPDEX_API_KEYS holds entries separated by ';' or newlines.
std::string inline_lines(std::string entries) {
    for (char& c : entries) {
        if (c == ';') c = '\n';
    }
    return entries;
}

}  // namespace

KeySource::KeySource(std::filesystem::path file, std::string inline_entries)
    : file_(std::move(file)), inline_entries_(inline_lines(std::move(inline_entries))), current_(std::make_shared<KeyRing>()) {}

KeySource::Refresh KeySource::refresh() {
    Refresh refresh;
    ParsedKeys parsed = parse_key_entries(inline_entries_, kInlineSource);
    std::error_code error;
    if (!file_.empty()) {
        const auto stamp = std::filesystem::last_write_time(file_, error);
        const auto size = error ? 0 : std::filesystem::file_size(file_, error);
        if (loaded_ && !error && stamp == stamp_ && size == size_) return refresh;
        std::ifstream in(file_, std::ios::binary);
        if (error || !in) {
            refresh.problems.push_back({file_.string(), 0, "cannot read the keys file"});
            if (loaded_) return refresh;  // keep the keys in use
        } else {
            std::ostringstream text;
            text << in.rdbuf();
            // A name or id the environment already gave is a problem: with a repeated name the
            // log could not tell the two holders apart; with a repeated id only one key works.
            ParsedKeys from_file = parse_key_entries(text.str(), file_.string(), {parsed.keys, kInlineSource});
            for (auto& key : from_file.keys) parsed.keys.push_back(std::move(key));
            for (auto& problem : from_file.problems) parsed.problems.push_back(std::move(problem));
            stamp_ = stamp;
            size_ = size;
        }
    } else if (loaded_) {
        return refresh;  // inline entries never change
    }
    for (auto& problem : parsed.problems) refresh.problems.push_back(std::move(problem));
    if (loaded_ && !refresh.problems.empty()) return refresh;
    std::lock_guard lock(mutex_);
    current_ = std::make_shared<KeyRing>(std::move(parsed.keys));
    loaded_ = true;
    refresh.reread = true;
    return refresh;
}

std::shared_ptr<const KeyRing> KeySource::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

}  // namespace helpdex::api::access
