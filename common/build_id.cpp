// Reads the NT_GNU_BUILD_ID note of the main program's loaded segments.
#include "common/build_id.h"

#include <elf.h>
#include <link.h>

#include <cstring>

namespace helpdex {

namespace {

// The note's descriptor as hex, from the first object dl_iterate_phdr visits: the program.
int read_note(dl_phdr_info* info, size_t, void* out) {
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = info->dlpi_phdr[i];
        if (segment.p_type != PT_NOTE) continue;
        const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
        const char* end = at + segment.p_memsz;
        while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char* name = at + sizeof note;
            const char* descriptor = name + ((note.n_namesz + 3) & ~3u);
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                static constexpr char kDigits[] = "0123456789abcdef";
                auto& hex = *static_cast<std::string*>(out);
                for (ElfW(Word) b = 0; b < note.n_descsz; ++b) {
                    const auto byte = static_cast<unsigned char>(descriptor[b]);
                    hex += kDigits[byte >> 4];
                    hex += kDigits[byte & 0x0f];
                }
                return 1;
            }
            at = descriptor + ((note.n_descsz + 3) & ~3u);
        }
    }
    return 1;  // only the program itself, never a library
}

}  // namespace

const std::string& build_id() {
    static const std::string id = [] {
        std::string hex;
        dl_iterate_phdr(read_note, &hex);
        return hex;
    }();
    return id;
}

}  // namespace helpdex
