// The running program's GNU build ID (the linker's hash of its code and data), as hex: what
// tells a reindex whether the generation it starts from was analysed by this very build.
#pragma once

#include <string>

namespace helpdex {

// Empty when the program was linked without one (ld --build-id=none).
const std::string& build_id();

}  // namespace helpdex
