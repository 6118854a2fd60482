// German: stemmer, stopwords, greetings, signature lines, urgency cues, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile german() {
    LanguageProfile profile;
    profile.code = "de";
    profile.name = "German";
    profile.snowball_stemmer = "german";
    profile.stopwords = {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "und", "oder", "aber", "wenn", "als", "von", "vom", "zu", "zum", "zur", "in", "im", "an",
        "am", "auf", "aus", "bei", "mit", "nach", "seit", "für", "über", "unter", "um", "durch",
        "gegen", "ohne", "dass", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem",
        "meiner", "du", "dich", "dir", "dein", "sie", "ihr", "ihre", "ihren", "ihm", "ihn", "er",
        "es", "wir", "uns", "unser", "unsere", "euch", "ist", "bin", "bist", "sind", "seid",
        "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "habe", "hast", "haben",
        "hatte", "kann", "können", "konnte", "soll", "sollte", "muss", "müssen", "darf", "auch",
        "noch", "schon", "nicht", "kein", "keine", "so", "wie", "was", "wer", "wo", "warum",
        "dann", "da", "hier", "dort", "jetzt", "nur", "sehr", "mal", "doch", "denn", "man",
        "sich", "dies", "diese", "dieser", "dieses", "diesen", "alle", "immer", "bereits"
    };
    profile.greetings = {
        "hallo", "hi", "guten", "tag", "morgen", "abend", "liebe", "lieber", "sehr", "geehrte",
        "geehrter", "damen", "herren", "danke", "dank", "vielen", "besten", "freundlichen",
        "grüssen", "grüsse", "gruss", "mfg", "lg", "viele", "bitte", "team"
    };
    profile.signature_lines = {"Von meinem", "Gesendet von", "-----Ursprüngliche Nachricht"};
    profile.urgency_cues = {
        {"störung", kUrgent, "outage"}, {"ausfall", kUrgent, "outage"}, {"niemand kann", kHigh, "outage"},
        {"gehackt", kUrgent, "security"}, {"datenleck", kUrgent, "security"}, {"datenpanne", kUrgent, "security"},
        {"unbefugt", kHigh, "security"}, {"betrug", kHigh, "security"}, {"gestohlen", kHigh, "security"},
        {"fremde", kHigh, "security"},
        {"anwalt", kHigh, "legal"}, {"rechtliche schritte", kHigh, "legal"}, {"klage", kHigh, "legal"},
        {"gericht", kHigh, "legal"}, {"verbraucherzentrale", kHigh, "legal"}, {"abmahnung", kHigh, "legal"},
        {"brand", kUrgent, "safety"}, {"feuer", kUrgent, "safety"}, {"rauch", kUrgent, "safety"},
        {"überhitzt", kUrgent, "safety"}, {"überhitzung", kUrgent, "safety"}, {"aufgebläht", kUrgent, "safety"},
        {"funken", kUrgent, "safety"}, {"geschmolzen", kUrgent, "safety"},
        {"dringend", kHigh, "time"}, {"sofort", kHigh, "time"}, {"notfall", kUrgent, "time"},
        {"keine heizung", kHigh, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"nicht dringend", kCalm, "calm"}, {"keine eile", kCalm, "calm"}, {"eilt nicht", kCalm, "calm"},
        {"nicht eilig", kCalm, "calm"}, {"kein notfall", kCalm, "calm"},
        {"wenn sie zeit haben", kCalm, "calm"}
    });
    profile.resolution_headings = {"lösung", "losung", "loesung", "schritte", "behebung", "lösungsschritte", "vorgehen",
                                   "vorgehensweise", "abhilfe", "lösungsweg", "workaround"};
    profile.outcome_labels = {"lösung", "losung", "loesung", "ergebnis", "abschluss"};
    return profile;
}

}  // namespace helpdex::analysis::languages
