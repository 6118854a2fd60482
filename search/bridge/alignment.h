// Learning term translations from aligned text: IBM model 1 (Brown et al., 1993), trained
// by expectation-maximisation on the units a corpus's translation groups share.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "search/bridge/term_bridge.h"

namespace helpdex::bridge {

struct AlignmentOptions {
    int iterations = 8;
    float min_probability = 0.12f;  // translations below this are noise on a small corpus
    size_t max_translations = 3;    // per source term and target language
    size_t min_occurrences = 2;     // units a source term must occur in to be translated
};

// The same unit of a translation group (its title, its n-th step, its symptoms, …) in
// several languages, each as the index terms of its text.
class AlignedUnits {
public:
    // `unit` names the unit across languages ("kb-refund#title"); a second text for the
    // same unit and language is appended to the first.
    void add(const std::string& unit, const std::string& lang, const std::vector<std::string>& terms);

    size_t size() const { return units_.size(); }

    // Forgets every unit of translation group `group` (units named "group#…"), so that a
    // reindex re-adds those of a group whose members changed.
    void remove_group(const std::string& group);

    // The units, one "unit<TAB>lang<TAB>term<TAB>term…" line each, kept in a generation for
    // the next reindex to start from. read throws std::runtime_error at a malformed line.
    void write(std::ostream& out) const;
    static AlignedUnits read(std::istream& in);

    // For every ordered pair of languages sharing units, P(target term | source term).
    TermBridge learn(const AlignmentOptions& options = {}) const;

private:
    std::map<std::string, std::map<std::string, std::vector<std::string>>> units_;  // unit → lang → terms
};

}  // namespace helpdex::bridge
