// Whole-file reading.
#include "common/files.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace helpdex {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw std::runtime_error("cannot read " + path.string());
    return content.str();
}

}  // namespace helpdex
