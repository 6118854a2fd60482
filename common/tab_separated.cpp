// Reading tab-separated rows.
#include "common/tab_separated.h"

#include <charconv>
#include <stdexcept>
#include <string>

namespace helpdex {

void read_tab_separated(std::istream& in, std::string_view what, std::string_view shape,
                        const std::function<bool(const std::vector<std::string_view>&)>& row) {
    std::string line;
    std::vector<std::string_view> fields;
    for (size_t number = 1; std::getline(in, line); ++number) {
        fields.clear();
        const std::string_view rest(line);
        for (size_t start = 0;;) {
            const size_t tab = rest.find('\t', start);
            fields.push_back(rest.substr(start, tab == std::string_view::npos ? tab : tab - start));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        if (!row(fields)) {
            throw std::runtime_error(std::string(what) + ", line " + std::to_string(number) + ": not " + std::string(shape));
        }
    }
}

std::optional<unsigned long long> positive_count(std::string_view field) {
    unsigned long long count = 0;
    const char* end = field.data() + field.size();
    const auto [stop, error] = std::from_chars(field.data(), end, count);
    if (error != std::errc() || stop != end || count == 0) return std::nullopt;
    return count;
}

}  // namespace helpdex
