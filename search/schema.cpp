// Packing and unpacking of the candidate summary value.
#include "search/schema.h"

#include <algorithm>

namespace helpdex::schema {

namespace {

constexpr char kSeparator = '\x1f';

}  // namespace

std::string pack_summary(const CandidateSummary& s) {
    std::string packed;
    for (const std::string* field : {&s.id, &s.title, &s.type, &s.lang, &s.category, &s.group, &s.product}) {
        packed += *field;
        packed += kSeparator;
    }
    packed += std::to_string(s.priority);
    return packed;
}

CandidateSummary unpack_summary(std::string_view packed) {
    CandidateSummary s;
    size_t start = 0;
    for (std::string* field : {&s.id, &s.title, &s.type, &s.lang, &s.category, &s.group, &s.product}) {
        const size_t end = std::min(packed.find(kSeparator, start), packed.size());
        field->assign(packed.substr(start, end - start));
        start = std::min(end + 1, packed.size());
    }
    s.priority = start < packed.size() ? packed[start] - '0' : 1;
    return s;
}

}  // namespace helpdex::schema
