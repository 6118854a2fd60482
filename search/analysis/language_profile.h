// What helpdex knows about each language: one profile per language, in search/analysis/languages/.
#pragma once

#include <string_view>
#include <unordered_set>
#include <vector>

namespace helpdex::analysis {

// Words in normalised (NFKC case-folded) form. Views of string literals, so never dangling.
using WordSet = std::unordered_set<std::string_view>;

// How an apostrophe splits a word. Elision languages drop the head before it when the head
// is at most two bytes ("l'", "d'") or one of `long_heads` ("jusqu'"): "l'écran" → "écran".
struct ElisionRule {
    bool elides_articles = false;
    std::vector<std::string_view> long_heads;

    bool elides(std::string_view head) const;
};

// Urgency on the scale of priority_rank() in search/document.h: a calm cue ("no rush") makes
// an inquiry low unless a stronger cue is found too.
enum class CueLevel : int { calm = 0, high = 2, urgent = 3 };

// A phrase that raises an inquiry's urgency whatever the matched documents say, as written
// (UrgencyCues in search/urgency.h analyses it like an inquiry, so "hacked" matches "hacking").
struct RawUrgencyCue {
    std::string_view phrase;  // "data breach"
    CueLevel level = CueLevel::high;
    std::string_view reason;  // "outage", "security", "legal", "safety", "time"
};

struct LanguageProfile {
    std::string_view code;              // ISO 639-1 primary subtag, lower case; empty when neutral
    std::string_view name;              // English name, for messages and the console
    std::string_view snowball_stemmer;  // Xapian::Stem name ("english"); empty: words stay unstemmed
    bool spaceless = false;             // written without spaces between words (CJK, Thai)
    ElisionRule elision;
    // Written for helpdex: the commonest function words ("the", "de", "und"), kept short so
    // that topical words are never dropped. A language without a list stops nothing.
    WordSet stopwords;
    // Salutations, thanks and sign-offs that open and close inquiries ("hello", "bedankt",
    // "cordialement"): noise for matching, but never stopwords inside documents' text.
    WordSet greetings;
    // Prefixes of the line where a reply's mail-client signature or quoted original begins
    // ("Sent from my", "-----Original Message"), as written, case and all: not normalised.
    std::vector<std::string_view> signature_lines;
    // Written for helpdex: words that signal urgency in nearly every context (an outage, a
    // breach, a legal threat, a safety hazard). Order matters: found cues of one level keep it.
    std::vector<RawUrgencyCue> urgency_cues;
    // Section headings, normalised, that introduce an article's resolution steps ("oplossing").
    std::vector<std::string_view> resolution_headings;
    // Labels, normalised, of the line that tells how a past case ended ("Resolution: refunded
    // the duplicate charge", "Oplossing: …", "結果：…").
    std::vector<std::string_view> outcome_labels;
    // Languages whose words this one shares most (cognates, loanwords), closest first: an
    // inquiry in this language is read in the first of them the index holds when the index
    // lacks it ("cancelar assinatura" read as Spanish finds "cancelar la suscripción").
    std::vector<std::string_view> relatives;
    // The system word lists of the language (files in /usr/share/dict from Debian's
    // wordlist packages): real words a small corpus does not use are still no typos.
    std::vector<std::string_view> word_lists;

    bool stemmed() const { return !snowball_stemmer.empty(); }
    bool is_stopword(std::string_view normalized_word) const { return stopwords.contains(normalized_word); }
    bool is_greeting(std::string_view normalized_word) const { return greetings.contains(normalized_word); }
};

// Every profile is built once, on first use, and immutable afterwards: thread-safe, and the
// references returned stay valid for the life of the program.

// The profile of `code`; for an unknown code the neutral profile: no stemmer, no word lists,
// no cues (never English's). Unknown codes are not an error: such text is still analysed.
const LanguageProfile& language_profile(std::string_view code);

// The profile of `code`, or nullptr if helpdex does not know the language.
const LanguageProfile* find_language_profile(std::string_view code);

// Every known language, in code order.
const std::vector<LanguageProfile>& language_profiles();

// Every language's resolution headings, each once.
const std::vector<std::string_view>& all_resolution_headings();

// Every language's case outcome labels, each once.
const std::vector<std::string_view>& all_outcome_labels();

// Every language's signature line prefixes, each once: an inquiry may be in any language
// while its mail client writes in another.
const std::vector<std::string_view>& all_signature_line_prefixes();

}  // namespace helpdex::analysis
