// Reading and filtering Debian's word lists (wamerican, wngerman, wfrench, wspanish, wdutch).
#include "bench/perf/word_lists.h"

#include <algorithm>
#include <fstream>
#include <optional>

namespace helpdex::bench {
namespace {

// Decodes UTF-8; nullopt when the bytes are not valid UTF-8 (then the line is ISO-8859-1).
std::optional<std::u32string> decode_utf8(std::string_view bytes) {
    std::u32string out;
    for (size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > bytes.size()) return std::nullopt;
        char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next >> 6) != 0x2) return std::nullopt;
            cp = (cp << 6) | (next & 0x3F);
        }
        out.push_back(cp);
        i += length;
    }
    return out;
}

std::u32string decode_latin1(std::string_view bytes) {
    std::u32string out;
    for (const char c : bytes) out.push_back(static_cast<unsigned char>(c));
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// A–Z and the Latin-1 capitals À–Þ (except ×) lower-case by adding 0x20.
char32_t lower_latin(char32_t cp) {
    if ((cp >= U'A' && cp <= U'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 0x20;
    return cp;
}

}  // namespace

const std::vector<LanguageSpec>& language_specs() {
    static const std::vector<LanguageSpec> specs = {
        {"en", "american-english", "wamerican", U"", false,
         {"the", "to", "and", "you", "for", "this", "that", "with", "not", "can", "have", "was", "but", "are", "when"},
         "Hello support team,", "Thanks in advance", "Customer:", "Resolution:"},
        {"de", "ngerman", "wngerman", U"äöüß", true,
         {"der", "die", "und", "das", "ich", "nicht", "mit", "ist", "ein", "eine", "auf", "den", "wenn", "aber", "kann"},
         "Hallo liebes Support-Team,", "Vielen Dank im Voraus", "Kunde:", "Lösung:"},
        {"fr", "french", "wfrench", U"àâæçéèêëîïôœùûüÿ", false,
         {"les", "des", "est", "une", "pas", "que", "pour", "dans", "avec", "qui", "sur", "mon", "mais", "par", "plus"},
         "Bonjour,", "Merci beaucoup", "Client :", "Résolution :"},
        {"es", "spanish", "wspanish", U"áéíñóúü", false,
         {"que", "los", "las", "del", "por", "una", "con", "para", "pero", "mis", "esta", "como", "cuando", "muy", "más"},
         "Hola,", "Gracias de antemano", "Cliente:", "Solución:"},
        {"nl", "dutch", "wdutch", U"éëïöüè", false,
         {"het", "een", "van", "dat", "niet", "bij", "mijn", "met", "voor", "maar", "ook", "als", "wel", "nog", "dan"},
         "Beste klantenservice,", "Alvast bedankt", "Klant:", "Oplossing:"},
    };
    return specs;
}

std::string accept_word(std::string_view line, const LanguageSpec& language) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    std::u32string letters = decode_utf8(line).value_or(decode_latin1(line));
    if (letters.size() < 3 || letters.size() > 15) return "";
    if (language.folds_capitals) letters[0] = lower_latin(letters[0]);
    std::string word;
    for (const char32_t cp : letters) {
        const bool ascii_lower = cp >= U'a' && cp <= U'z';
        if (!ascii_lower && language.extra_letters.find(cp) == std::u32string_view::npos) return "";
        append_utf8(word, cp);
    }
    return word;
}

std::vector<Vocabulary> load_vocabularies(const std::filesystem::path& dict_dir) {
    std::vector<Vocabulary> vocabularies;
    for (const auto& language : language_specs()) {
        const auto path = dict_dir / language.dict_file;
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            throw WordListMissing("cannot read the word list " + path.string() + ": install the Debian package " +
                                  std::string(language.package) + " (scripts/install-deps.sh)");
        }
        Vocabulary vocabulary{&language, {}};
        for (std::string line; std::getline(in, line);) {
            if (auto word = accept_word(line, language); !word.empty()) vocabulary.words.push_back(std::move(word));
        }
        // Folding German capitals can repeat a word ("Essen", "essen"): keep the first.
        std::sort(vocabulary.words.begin(), vocabulary.words.end());
        vocabulary.words.erase(std::unique(vocabulary.words.begin(), vocabulary.words.end()), vocabulary.words.end());
        if (vocabulary.words.size() < 1000) {
            throw WordListMissing("the word list " + path.string() + " has too few usable words: reinstall the Debian package " +
                                  std::string(language.package));
        }
        vocabularies.push_back(std::move(vocabulary));
    }
    return vocabularies;
}

}  // namespace helpdex::bench
