// synonyms.yaml: an editor's list of the words customers use for the corpus's words, per
// language ("op slot" = "geblokkeerd", "pw" = "password"). Applied when an inquiry or a
// search is read; the server re-reads the file when it changes, without a reindex.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/analysis/analyzer.h"
#include "search/query_terms.h"

namespace helpdex::wording {

// One thing wrong in a synonyms file; what it concerns is skipped.
struct SynonymProblem {
    std::string file;
    size_t line = 0;  // 1-based; 0 when unknown
    std::string message;
    std::string to_string() const;  // "FILE:LINE: message"
};

// Immutable once parsed: thread-safe to share.
class Synonyms {
public:
    // Parses synonyms.yaml: language code → list of groups, each a list of two or more words
    // or phrases that mean the same. Problems (file and line named) skip what they concern:
    // an unknown language, a group of fewer than two phrases, an empty phrase. Nullopt when
    // nothing can be read (not YAML, not a map).
    static std::optional<Synonyms> parse(std::string_view yaml, const std::string& file,
                                         std::vector<SynonymProblem>& problems);

    // For each phrase of a group found in `words` (analysed in `lang`; consecutive words,
    // function words included), the group's other phrases become alternatives of the
    // phrase's first content term in `terms`, which the query then searches as one word.
    void expand(QueryTerms& terms, const std::vector<analysis::AnalyzedWord>& words, const std::string& lang) const;

    size_t group_count() const { return groups_; }
    bool empty() const { return groups_ == 0; }

private:
    using Phrase = std::vector<std::string>;  // its terms, as analysed
    struct PhraseRef {
        size_t group, phrase;
    };
    struct Language {
        std::vector<std::vector<Phrase>> groups;
        std::unordered_map<std::string, std::vector<PhraseRef>> starting_with;  // first term → phrases
    };
    void add_group(const std::string& lang, std::vector<Phrase> phrases);

    std::map<std::string, Language, std::less<>> by_language_;
    size_t groups_ = 0;
};

// No synonyms at all (a default argument).
const Synonyms& no_synonyms();

// The synonyms file a server serves: re-read when it changes. Thread-safe.
class SynonymsFile {
public:
    // `path` need not exist: until it does there are no synonyms.
    explicit SynonymsFile(std::filesystem::path path);

    struct Refresh {
        bool reread = false;                   // the file changed (or appeared, or went) and was read
        std::vector<SynonymProblem> problems;  // of that reading
    };
    // Reads the file again when its modification time or size changed. A file that cannot be
    // read or is not valid YAML keeps the synonyms in use; a bad group skips only itself.
    Refresh refresh();

    std::shared_ptr<const Synonyms> current() const;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    mutable std::mutex mutex_;
    std::shared_ptr<const Synonyms> current_;
    std::filesystem::file_time_type stamp_{};
    std::uintmax_t size_ = 0;
    bool seen_ = false;  // whether the file existed at the last look
};

}  // namespace helpdex::wording
