// French: stemmer, elision, stopwords, greetings, signature lines, urgency cues, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

// "l'écran" → "écran", "qu'il" → "il", "jusqu'à" → "à": only the part after the apostrophe
// carries the topic.
ElisionRule article_elision() {
    return {.elides_articles = true, .long_heads = {"qu", "jusqu", "lorsqu", "puisqu"}};
}

LanguageProfile french() {
    LanguageProfile profile;
    profile.code = "fr";
    profile.name = "French";
    profile.snowball_stemmer = "french";
    profile.elision = article_elision();
    profile.stopwords = {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "si",
        "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez",
        "vers", "entre", "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces",
        "je", "j", "me", "m", "moi", "mon", "ma", "mes", "tu", "te", "t", "toi", "ton", "ta",
        "tes", "il", "elle", "on", "se", "s", "lui", "leur", "leurs", "son", "sa", "ses", "nous",
        "notre", "nos", "vous", "votre", "vos", "ils", "elles", "eux", "y", "est", "suis", "es",
        "sont", "était", "été", "être", "ai", "as", "a", "avons", "avez", "ont", "avait", "avoir",
        "fait", "ne", "n", "pas", "plus", "très", "bien", "aussi", "encore", "déjà", "toujours",
        "comme", "alors", "donc", "car", "c", "ça", "cela", "tout", "tous", "toute", "toutes"
    };
    profile.greetings = {
        "bonjour", "bonsoir", "salut", "madame", "monsieur", "cher", "chère", "merci",
        "remerciements", "cordialement", "salutations", "bien", "sincères", "distinguées",
        "avance", "svp", "plaît", "équipe"
    };
    profile.signature_lines = {"Envoyé de mon", "Envoyé depuis", "-------- Message d'origine"};
    profile.urgency_cues = {
        {"panne générale", kUrgent, "outage"}, {"panne", kHigh, "outage"}, {"personne ne peut", kHigh, "outage"},
        {"piraté", kUrgent, "security"}, {"fuite de données", kUrgent, "security"}, {"intrusion", kUrgent, "security"},
        {"non autorisé", kHigh, "security"}, {"fraude", kHigh, "security"}, {"volé", kHigh, "security"},
        {"inconnu", kHigh, "security"},
        {"avocat", kHigh, "legal"}, {"action en justice", kHigh, "legal"}, {"tribunal", kHigh, "legal"},
        {"plainte", kHigh, "legal"}, {"mise en demeure", kHigh, "legal"}, {"médiateur", kHigh, "legal"},
        {"incendie", kUrgent, "safety"}, {"feu", kUrgent, "safety"}, {"fumée", kUrgent, "safety"},
        {"surchauffe", kUrgent, "safety"}, {"gonflée", kUrgent, "safety"}, {"gonfle", kUrgent, "safety"},
        {"étincelles", kUrgent, "safety"}, {"fondu", kUrgent, "safety"},
        {"urgent", kHigh, "time"}, {"urgence", kUrgent, "time"}, {"immédiatement", kHigh, "time"},
        {"pas de chauffage", kHigh, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"pas urgent", kCalm, "calm"}, {"rien d'urgent", kCalm, "calm"}, {"pas pressé", kCalm, "calm"},
        {"pas pressée", kCalm, "calm"}, {"aucune urgence", kCalm, "calm"}, {"sans urgence", kCalm, "calm"},
        {"quand vous aurez le temps", kCalm, "calm"}
    });
    profile.resolution_headings = {"résolution", "resolution", "solution", "étapes", "procédure", "étapes de résolution",
                                   "marche à suivre", "contournement", "solution de contournement"};
    profile.outcome_labels = {"résolution", "resolution", "résultat", "solution"};
    return profile;
}

}  // namespace helpdex::analysis::languages
