// The agent console's files (web/), compiled into the binary at build time by
// cmake/embed_files.cmake: helpdex serve answers them from memory.
#pragma once

#include <string_view>
#include <vector>

namespace helpdex::api {

struct WebAsset {
    std::string_view path;   // relative to web/: "index.html", "js/app.js"
    std::string_view bytes;  // the file as it was at build time
};

// Every file, sorted by path. Defined in the generated web_assets.cpp.
const std::vector<WebAsset>& web_assets();

}  // namespace helpdex::api
