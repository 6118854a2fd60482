// Portuguese: stemmer, stopwords, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile portuguese() {
    LanguageProfile profile;
    profile.code = "pt";
    profile.name = "Portuguese";
    profile.snowball_stemmer = "portuguese";
    profile.stopwords = {
        "o", "a", "os", "as", "um", "uma", "e", "ou", "mas", "se", "de", "do", "da", "dos", "das",
        "em", "no", "na", "nos", "nas", "por", "para", "com", "sem", "que", "quem", "eu", "me",
        "meu", "minha", "você", "ele", "ela", "nós", "eles", "elas", "seu", "sua", "é", "são",
        "foi", "está", "estou", "tem", "tenho", "não", "já", "ainda", "muito", "mais", "também",
        "como", "quando", "onde"
    };
    profile.resolution_headings = {"solução", "resolução", "procedimento", "passos"};
    profile.outcome_labels = {"solução", "resolução", "resultado"};
    return profile;
}

}  // namespace helpdex::analysis::languages
