// Italian: stemmer, elision, stopwords, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile italian() {
    LanguageProfile profile;
    profile.code = "it";
    profile.name = "Italian";
    profile.snowball_stemmer = "italian";
    profile.elision = article_elision();
    profile.stopwords = {
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma", "se", "di", "del",
        "della", "dei", "delle", "a", "al", "alla", "da", "dal", "in", "nel", "nella", "con", "su",
        "per", "tra", "fra", "che", "chi", "cui", "non", "mi", "ti", "ci", "vi", "si", "io", "tu",
        "lui", "lei", "noi", "voi", "loro", "mio", "mia", "suo", "sua", "è", "sono", "ho", "ha",
        "hanno", "era", "anche", "già", "ancora", "molto", "più", "come", "quando", "dove"
    };
    profile.resolution_headings = {"risoluzione", "soluzione", "procedura", "passaggi"};
    profile.outcome_labels = {"risoluzione", "soluzione", "esito"};
    return profile;
}

}  // namespace helpdex::analysis::languages
