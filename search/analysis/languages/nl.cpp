// Dutch: stemmer, stopwords, greetings, signature lines, urgency cues, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile dutch() {
    LanguageProfile profile;
    profile.code = "nl";
    profile.name = "Dutch";
    profile.snowball_stemmer = "dutch";
    profile.stopwords = {
        "de", "het", "een", "en", "of", "maar", "als", "van", "in", "op", "te", "aan", "met", "voor",
        "door", "over", "bij", "naar", "uit", "om", "tot", "tegen", "dat", "die", "dit", "deze",
        "er", "hier", "daar", "ik", "mij", "me", "mijn", "je", "jij", "jou", "jouw", "u", "uw",
        "hij", "hem", "zijn", "zij", "ze", "haar", "wij", "we", "ons", "onze", "jullie", "hun",
        "is", "ben", "bent", "was", "waren", "wordt", "worden", "werd", "ook", "al", "nog", "wel",
        "niet", "geen", "dan", "toen", "nu", "zo", "wat", "wie", "welke", "waar", "hoe", "heb",
        "hebt", "heeft", "hebben", "had", "kan", "kunnen", "kon", "zal", "zou", "moet", "mag",
        "want", "omdat", "dus", "toch", "even", "eens", "men", "iets", "alles", "veel", "meer",
        "zeer", "erg", "heel", "na", "tussen", "onder", "sinds", "zonder"
    };
    profile.greetings = {
        "hallo", "hoi", "hey", "beste", "geachte", "goedemorgen", "goedemiddag", "goedenavond",
        "dank", "bedankt", "alvast", "groet", "groeten", "vriendelijke", "mvg", "gr", "graag",
        "alstublieft", "aub", "svp", "heer", "mevrouw", "team"
    };
    profile.signature_lines = {"Verstuurd vanaf mijn", "Verzonden vanaf mijn", "-----Oorspronkelijk bericht"};
    profile.urgency_cues = {
        {"storing", kUrgent, "outage"}, {"ligt eruit", kUrgent, "outage"}, {"niemand kan", kHigh, "outage"},
        {"gehackt", kUrgent, "security"}, {"datalek", kUrgent, "security"}, {"ingelogd door iemand", kUrgent, "security"},
        {"onbevoegd", kHigh, "security"}, {"fraude", kHigh, "security"}, {"gestolen", kHigh, "security"},
        {"vreemde", kHigh, "security"},
        {"advocaat", kHigh, "legal"}, {"juridische stappen", kHigh, "legal"}, {"rechter", kHigh, "legal"},
        {"rechtszaak", kHigh, "legal"}, {"consumentenbond", kHigh, "legal"}, {"geschillencommissie", kHigh, "legal"},
        {"brand", kUrgent, "safety"}, {"rook", kUrgent, "safety"}, {"oververhit", kUrgent, "safety"},
        {"oververhitting", kUrgent, "safety"}, {"opgezwollen", kUrgent, "safety"}, {"gezwollen", kUrgent, "safety"},
        {"vonken", kUrgent, "safety"}, {"gesmolten", kUrgent, "safety"},
        {"dringend", kHigh, "time"}, {"spoed", kHigh, "time"}, {"noodgeval", kUrgent, "time"},
        {"direct", kHigh, "time"}, {"geen verwarming", kHigh, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"niet dringend", kCalm, "calm"}, {"niet urgent", kCalm, "calm"}, {"geen haast", kCalm, "calm"},
        {"geen spoed", kCalm, "calm"}, {"wanneer het uitkomt", kCalm, "calm"},
        {"als jullie tijd hebben", kCalm, "calm"}
    });
    profile.resolution_headings = {"oplossing", "stappen", "werkwijze", "procedure", "stappenplan", "aanpak", "oplossingsstappen",
                                   "workaround"};
    profile.outcome_labels = {"oplossing", "uitkomst", "resultaat", "afhandeling"};
    return profile;
}

}  // namespace helpdex::analysis::languages
