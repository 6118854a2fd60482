// Turns the labelled cases into a helpdex corpus folder: cases/cases.jsonl and routing.yaml.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bench_types.h"

namespace relbench {

// Each case is written with its own lang, so one corpus can mix languages.
void write_helpdex_corpus(const std::vector<LabelledText>& cases, const std::filesystem::path& corpus_dir);

// [A-Za-z0-9._-] only; anything else becomes '_'.
std::string to_document_id(const std::string& raw);

// The text on one line, cut at a word boundary to about max_chars characters.
std::string title_of(const std::string& text, size_t max_chars = 80);

}  // namespace relbench
