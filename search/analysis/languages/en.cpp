// English: stemmer, stopwords, greetings, signature lines, urgency cues, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile english() {
    LanguageProfile profile;
    profile.code = "en";
    profile.name = "English";
    profile.snowball_stemmer = "english";
    profile.stopwords = {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about",
        "to", "from", "in", "on", "into", "over", "under", "again", "then", "once", "here", "there",
        "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
        "some", "such", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just",
        "should", "now", "i", "me", "my", "myself", "we", "our", "ours", "you", "your", "yours",
        "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "what",
        "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were",
        "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
        "would", "could", "as", "until", "while", "up", "out", "off", "also", "im", "i'm", "ive",
        "i've", "it's", "get", "got", "still", "yet", "even", "because", "through", "during",
        "before", "after", "above", "below", "between", "s", "t", "d", "ll", "m", "re", "ve"
    };
    profile.greetings = {
        "hi", "hello", "hey", "dear", "thanks", "thank", "thx", "regards", "kind", "best",
        "cheers", "sincerely", "greetings", "sir", "madam", "team", "morning", "afternoon",
        "evening", "please", "pls", "appreciate", "advance"
    };
    profile.signature_lines = {"Sent from my", "-----Original Message"};
    profile.urgency_cues = {
        {"outage", kUrgent, "outage"}, {"down for everyone", kUrgent, "outage"},
        {"service is down", kUrgent, "outage"}, {"nobody can", kHigh, "outage"},
        {"hacked", kUrgent, "security"}, {"data breach", kUrgent, "security"},
        {"breach", kUrgent, "security"}, {"someone logged into my account", kUrgent, "security"},
        {"unauthorised", kHigh, "security"}, {"unauthorized", kHigh, "security"},
        {"stranger", kHigh, "security"}, {"fraud", kHigh, "security"}, {"stolen", kHigh, "security"},
        {"lawyer", kHigh, "legal"}, {"solicitor", kHigh, "legal"}, {"legal action", kHigh, "legal"},
        {"sue", kHigh, "legal"}, {"court", kHigh, "legal"}, {"ombudsman", kHigh, "legal"},
        {"chargeback", kHigh, "legal"}, {"trading standards", kHigh, "legal"},
        {"fire", kUrgent, "safety"}, {"smoke", kUrgent, "safety"}, {"burning", kUrgent, "safety"},
        {"overheating", kUrgent, "safety"}, {"swollen", kUrgent, "safety"}, {"swelling", kUrgent, "safety"},
        {"melted", kUrgent, "safety"}, {"sparks", kUrgent, "safety"}, {"electric shock", kUrgent, "safety"},
        {"urgent", kHigh, "time"}, {"urgently", kHigh, "time"}, {"asap", kHigh, "time"},
        {"emergency", kUrgent, "time"}, {"immediately", kHigh, "time"}, {"no heating", kHigh, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"not urgent", kCalm, "calm"}, {"no rush", kCalm, "calm"}, {"no hurry", kCalm, "calm"},
        {"not in a hurry", kCalm, "calm"}, {"whenever you can", kCalm, "calm"},
        {"when you get a chance", kCalm, "calm"}, {"no urgency", kCalm, "calm"},
        {"not a priority", kCalm, "calm"}, {"low priority", kCalm, "calm"}
    });
    profile.resolution_headings = {"resolution", "solution", "fix", "steps", "how to fix", "workaround", "workarounds", "procedure",
                                   "resolution steps", "steps to resolve", "steps to fix", "troubleshooting steps", "solution steps",
                                   "how to resolve", "what to do", "instructions"};
    profile.outcome_labels = {"resolution", "resolved", "outcome", "result"};
    return profile;
}

}  // namespace helpdex::analysis::languages
