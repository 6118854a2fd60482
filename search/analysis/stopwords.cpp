// Stopword and greeting tables. Written for helpdex: the commonest function words of each
// language, kept short so that topical words are never dropped.
#include "search/analysis/stopwords.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace helpdex::analysis {

namespace {

using WordSet = std::unordered_set<std::string_view>;
using Table = std::unordered_map<std::string_view, WordSet>;

const Table& stopword_table() {
    static const Table table{
        {"en", {"a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about",
                "to", "from", "in", "on", "into", "over", "under", "again", "then", "once", "here", "there",
                "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
                "some", "such", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just",
                "should", "now", "i", "me", "my", "myself", "we", "our", "ours", "you", "your", "yours",
                "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "what",
                "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were",
                "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
                "would", "could", "as", "until", "while", "up", "out", "off", "also", "im", "i'm", "ive",
                "i've", "it's", "get", "got", "still", "yet", "even", "because", "through", "during",
                "before", "after", "above", "below", "between", "s", "t", "d", "ll", "m", "re", "ve"}},
        {"nl", {"de", "het", "een", "en", "of", "maar", "als", "van", "in", "op", "te", "aan", "met", "voor",
                "door", "over", "bij", "naar", "uit", "om", "tot", "tegen", "dat", "die", "dit", "deze",
                "er", "hier", "daar", "ik", "mij", "me", "mijn", "je", "jij", "jou", "jouw", "u", "uw",
                "hij", "hem", "zijn", "zij", "ze", "haar", "wij", "we", "ons", "onze", "jullie", "hun",
                "is", "ben", "bent", "was", "waren", "wordt", "worden", "werd", "ook", "al", "nog", "wel",
                "niet", "geen", "dan", "toen", "nu", "zo", "wat", "wie", "welke", "waar", "hoe", "heb",
                "hebt", "heeft", "hebben", "had", "kan", "kunnen", "kon", "zal", "zou", "moet", "mag",
                "want", "omdat", "dus", "toch", "even", "eens", "men", "iets", "alles", "veel", "meer",
                "zeer", "erg", "heel", "na", "tussen", "onder", "sinds", "zonder"}},
        {"de", {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                "und", "oder", "aber", "wenn", "als", "von", "vom", "zu", "zum", "zur", "in", "im", "an",
                "am", "auf", "aus", "bei", "mit", "nach", "seit", "für", "über", "unter", "um", "durch",
                "gegen", "ohne", "dass", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem",
                "meiner", "du", "dich", "dir", "dein", "sie", "ihr", "ihre", "ihren", "ihm", "ihn", "er",
                "es", "wir", "uns", "unser", "unsere", "euch", "ist", "bin", "bist", "sind", "seid",
                "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "habe", "hast", "haben",
                "hatte", "kann", "können", "konnte", "soll", "sollte", "muss", "müssen", "darf", "auch",
                "noch", "schon", "nicht", "kein", "keine", "so", "wie", "was", "wer", "wo", "warum",
                "dann", "da", "hier", "dort", "jetzt", "nur", "sehr", "mal", "doch", "denn", "man",
                "sich", "dies", "diese", "dieser", "dieses", "diesen", "alle", "immer", "bereits"}},
        {"fr", {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "si",
                "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez",
                "vers", "entre", "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces",
                "je", "j", "me", "m", "moi", "mon", "ma", "mes", "tu", "te", "t", "toi", "ton", "ta",
                "tes", "il", "elle", "on", "se", "s", "lui", "leur", "leurs", "son", "sa", "ses", "nous",
                "notre", "nos", "vous", "votre", "vos", "ils", "elles", "eux", "y", "est", "suis", "es",
                "sont", "était", "été", "être", "ai", "as", "a", "avons", "avez", "ont", "avait", "avoir",
                "fait", "ne", "n", "pas", "plus", "très", "bien", "aussi", "encore", "déjà", "toujours",
                "comme", "alors", "donc", "car", "c", "ça", "cela", "tout", "tous", "toute", "toutes"}},
        {"es", {"el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "pero",
                "si", "de", "del", "a", "al", "en", "por", "para", "con", "sin", "sobre", "entre", "desde",
                "hasta", "que", "qué", "quien", "cual", "donde", "como", "cómo", "cuando", "este", "esta",
                "esto", "estos", "estas", "ese", "esa", "eso", "yo", "me", "mi", "mis", "mí", "tu", "tus",
                "te", "ti", "él", "ella", "le", "les", "se", "su", "sus", "nos", "nosotros", "nuestro",
                "nuestra", "vosotros", "usted", "ustedes", "ellos", "ellas", "es", "soy", "eres", "son",
                "era", "fue", "ser", "estoy", "está", "están", "estaba", "he", "ha", "han", "has", "había",
                "hay", "haber", "no", "ya", "muy", "más", "también", "todavía", "aún", "porque", "pues",
                "todo", "toda", "todos", "todas", "algo", "nada", "otro", "otra"}},
        {"it", {"il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "ma", "se", "di", "del",
                "della", "dei", "delle", "a", "al", "alla", "da", "dal", "in", "nel", "nella", "con", "su",
                "per", "tra", "fra", "che", "chi", "cui", "non", "mi", "ti", "ci", "vi", "si", "io", "tu",
                "lui", "lei", "noi", "voi", "loro", "mio", "mia", "suo", "sua", "è", "sono", "ho", "ha",
                "hanno", "era", "anche", "già", "ancora", "molto", "più", "come", "quando", "dove"}},
        {"pt", {"o", "a", "os", "as", "um", "uma", "e", "ou", "mas", "se", "de", "do", "da", "dos", "das",
                "em", "no", "na", "nos", "nas", "por", "para", "com", "sem", "que", "quem", "eu", "me",
                "meu", "minha", "você", "ele", "ela", "nós", "eles", "elas", "seu", "sua", "é", "são",
                "foi", "está", "estou", "tem", "tenho", "não", "já", "ainda", "muito", "mais", "também",
                "como", "quando", "onde"}},
        {"ja", {"の", "に", "は", "を", "が", "で", "て", "と", "し", "た", "だ", "も", "な", "か", "へ",
                "や", "から", "まで", "より", "ので", "のに", "けど", "けれど", "です", "ます", "でした",
                "ました", "ません", "ある", "あり", "いる", "おり", "する", "され", "される", "なっ", "なり",
                "なる", "こと", "もの", "この", "その", "あの", "これ", "それ", "あれ", "ここ", "そこ",
                "よう", "ため", "など", "れ", "れる", "られ", "られる", "ない", "ず", "い", "う", "ね",
                "よ", "わ", "さ", "せ", "でき", "できる", "ください", "について", "ま", "せん", "まし", "でし",
                "たい", "たら", "ば", "ん", "お", "ご"}},
    };
    return table;
}

const Table& greeting_table() {
    static const Table table{
        {"en", {"hi", "hello", "hey", "dear", "thanks", "thank", "thx", "regards", "kind", "best",
                "cheers", "sincerely", "greetings", "sir", "madam", "team", "morning", "afternoon",
                "evening", "please", "pls", "appreciate", "advance"}},
        {"nl", {"hallo", "hoi", "hey", "beste", "geachte", "goedemorgen", "goedemiddag", "goedenavond",
                "dank", "bedankt", "alvast", "groet", "groeten", "vriendelijke", "mvg", "gr", "graag",
                "alstublieft", "aub", "svp", "heer", "mevrouw", "team"}},
        {"de", {"hallo", "hi", "guten", "tag", "morgen", "abend", "liebe", "lieber", "sehr", "geehrte",
                "geehrter", "damen", "herren", "danke", "dank", "vielen", "besten", "freundlichen",
                "grüssen", "grüsse", "gruss", "mfg", "lg", "viele", "bitte", "team"}},
        {"fr", {"bonjour", "bonsoir", "salut", "madame", "monsieur", "cher", "chère", "merci",
                "remerciements", "cordialement", "salutations", "bien", "sincères", "distinguées",
                "avance", "svp", "plaît", "équipe"}},
        {"es", {"hola", "buenos", "buenas", "días", "tardes", "noches", "estimado", "estimada",
                "estimados", "gracias", "saludos", "atentamente", "cordiales", "un", "favor", "equipo",
                "señor", "señora", "agradezco", "antemano"}},
        {"ja", {"お世話", "世話", "お願い", "願い", "よろしく", "宜しく", "いたし", "いたします", "致し",
                "ござい", "ございます", "申し上げ", "恐れ入り", "恐縮", "お疲れ", "様", "さま", "御中",
                "失礼"}},
    };
    return table;
}

bool contains(const Table& table, std::string_view lang, std::string_view word) {
    auto it = table.find(lang);
    return it != table.end() && it->second.count(word) > 0;
}

}  // namespace

bool is_stopword(std::string_view lang, std::string_view normalized_word) {
    return contains(stopword_table(), lang, normalized_word);
}

bool is_greeting_noise(std::string_view lang, std::string_view normalized_word) {
    return contains(greeting_table(), lang, normalized_word);
}

}  // namespace helpdex::analysis
