// Writing a synthetic corpus in helpdex's corpus format, streamed one document at a time.
#pragma once

#include <cstddef>
#include <filesystem>

#include "bench/perf/synthetic_corpus.h"

namespace helpdex::bench {

struct WrittenCorpus {
    size_t cases = 0;
    size_t articles = 0;
};

// Cases per cases/*.jsonl file: file k holds documents [k * kCasesPerFile, (k + 1) * kCasesPerFile),
// so the files of a smaller corpus are prefixes of a larger one's.
inline constexpr size_t kCasesPerFile = 10000;

// Writes documents 0..documents-1 of `corpus` into `out_dir` (created if needed): routing.yaml,
// cases/cases-NNNN.jsonl and articles/<category>/<id>.md. Holds one document in memory at a
// time. Throws std::runtime_error when a file cannot be written.
WrittenCorpus write_corpus(const SyntheticCorpus& corpus, size_t documents, const std::filesystem::path& out_dir);

// Writes inquiries 0..count-1 as TSV lines: category, length bucket, text. Throws
// std::runtime_error when the file cannot be written.
void write_inquiries(const SyntheticCorpus& corpus, size_t count, const std::filesystem::path& file);

// The article's file: front matter with the corpus format's keys, then the Markdown body.
std::string article_file(const SyntheticDocument& document);
// The case's line in a .jsonl file, without the newline.
std::string case_line(const SyntheticDocument& document);
// A default route and one per top-level category.
std::string routing_yaml(const SyntheticCorpus& corpus);

}  // namespace helpdex::bench
