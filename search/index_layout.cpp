// Reading the CURRENT pointer of an index directory.
#include "search/index_layout.h"

#include "common/files.h"

namespace helpdex {

namespace fs = std::filesystem;

std::optional<std::string> read_current_name(const fs::path& index_dir) {
    const fs::path current = index_dir / layout::kCurrentFile;
    std::error_code error;
    if (!fs::exists(current, error)) return std::nullopt;
    std::string name;
    try {
        name = read_file(current);
    } catch (const std::runtime_error& e) {
        throw IndexError(e.what());
    }
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r' || name.back() == ' ')) name.pop_back();
    if (name.empty() || name.find('/') != std::string::npos || name.starts_with(".")) {
        throw IndexError(current.string() + " does not name a generation");
    }
    return name;
}

}  // namespace helpdex
