// Dutch: stemmer, stopwords and greeting/sign-off words.
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
    return profile;
}

}  // namespace helpdex::analysis::languages
