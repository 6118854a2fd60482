// The cue table and its matcher.
#include "search/urgency.h"

#include <algorithm>
#include <array>

#include "search/document.h"

namespace helpdex {

namespace {

struct RawCue {
    const char* lang;
    const char* phrase;
    int level;
    const char* reason;
};

constexpr int kHigh = 2;
constexpr int kUrgent = 3;

// Written for helpdex. Kept to words that signal urgency in nearly every context.
constexpr RawCue kCues[] = {
    // English
    {"en", "outage", kUrgent, "outage"}, {"en", "down for everyone", kUrgent, "outage"},
    {"en", "service is down", kUrgent, "outage"}, {"en", "nobody can", kHigh, "outage"},
    {"en", "hacked", kUrgent, "security"}, {"en", "data breach", kUrgent, "security"},
    {"en", "breach", kUrgent, "security"}, {"en", "someone logged into my account", kUrgent, "security"},
    {"en", "unauthorised", kHigh, "security"}, {"en", "unauthorized", kHigh, "security"},
    {"en", "stranger", kHigh, "security"}, {"en", "fraud", kHigh, "security"}, {"en", "stolen", kHigh, "security"},
    {"en", "lawyer", kHigh, "legal"}, {"en", "solicitor", kHigh, "legal"}, {"en", "legal action", kHigh, "legal"},
    {"en", "sue", kHigh, "legal"}, {"en", "court", kHigh, "legal"}, {"en", "ombudsman", kHigh, "legal"},
    {"en", "chargeback", kHigh, "legal"}, {"en", "trading standards", kHigh, "legal"},
    {"en", "fire", kUrgent, "safety"}, {"en", "smoke", kUrgent, "safety"}, {"en", "burning", kUrgent, "safety"},
    {"en", "overheating", kUrgent, "safety"}, {"en", "swollen", kUrgent, "safety"}, {"en", "swelling", kUrgent, "safety"},
    {"en", "melted", kUrgent, "safety"}, {"en", "sparks", kUrgent, "safety"}, {"en", "electric shock", kUrgent, "safety"},
    {"en", "urgent", kHigh, "time"}, {"en", "urgently", kHigh, "time"}, {"en", "asap", kHigh, "time"},
    {"en", "emergency", kUrgent, "time"}, {"en", "immediately", kHigh, "time"}, {"en", "no heating", kHigh, "time"},
    // Dutch
    {"nl", "storing", kUrgent, "outage"}, {"nl", "ligt eruit", kUrgent, "outage"}, {"nl", "niemand kan", kHigh, "outage"},
    {"nl", "gehackt", kUrgent, "security"}, {"nl", "datalek", kUrgent, "security"}, {"nl", "ingelogd door iemand", kUrgent, "security"},
    {"nl", "onbevoegd", kHigh, "security"}, {"nl", "fraude", kHigh, "security"}, {"nl", "gestolen", kHigh, "security"},
    {"nl", "vreemde", kHigh, "security"},
    {"nl", "advocaat", kHigh, "legal"}, {"nl", "juridische stappen", kHigh, "legal"}, {"nl", "rechter", kHigh, "legal"},
    {"nl", "rechtszaak", kHigh, "legal"}, {"nl", "consumentenbond", kHigh, "legal"}, {"nl", "geschillencommissie", kHigh, "legal"},
    {"nl", "brand", kUrgent, "safety"}, {"nl", "rook", kUrgent, "safety"}, {"nl", "oververhit", kUrgent, "safety"},
    {"nl", "oververhitting", kUrgent, "safety"}, {"nl", "opgezwollen", kUrgent, "safety"}, {"nl", "gezwollen", kUrgent, "safety"},
    {"nl", "vonken", kUrgent, "safety"}, {"nl", "gesmolten", kUrgent, "safety"},
    {"nl", "dringend", kHigh, "time"}, {"nl", "spoed", kHigh, "time"}, {"nl", "noodgeval", kUrgent, "time"},
    {"nl", "direct", kHigh, "time"}, {"nl", "geen verwarming", kHigh, "time"},
    // German
    {"de", "störung", kUrgent, "outage"}, {"de", "ausfall", kUrgent, "outage"}, {"de", "niemand kann", kHigh, "outage"},
    {"de", "gehackt", kUrgent, "security"}, {"de", "datenleck", kUrgent, "security"}, {"de", "datenpanne", kUrgent, "security"},
    {"de", "unbefugt", kHigh, "security"}, {"de", "betrug", kHigh, "security"}, {"de", "gestohlen", kHigh, "security"},
    {"de", "fremde", kHigh, "security"},
    {"de", "anwalt", kHigh, "legal"}, {"de", "rechtliche schritte", kHigh, "legal"}, {"de", "klage", kHigh, "legal"},
    {"de", "gericht", kHigh, "legal"}, {"de", "verbraucherzentrale", kHigh, "legal"}, {"de", "abmahnung", kHigh, "legal"},
    {"de", "brand", kUrgent, "safety"}, {"de", "feuer", kUrgent, "safety"}, {"de", "rauch", kUrgent, "safety"},
    {"de", "überhitzt", kUrgent, "safety"}, {"de", "überhitzung", kUrgent, "safety"}, {"de", "aufgebläht", kUrgent, "safety"},
    {"de", "funken", kUrgent, "safety"}, {"de", "geschmolzen", kUrgent, "safety"},
    {"de", "dringend", kHigh, "time"}, {"de", "sofort", kHigh, "time"}, {"de", "notfall", kUrgent, "time"},
    {"de", "keine heizung", kHigh, "time"},
    // French
    {"fr", "panne générale", kUrgent, "outage"}, {"fr", "panne", kHigh, "outage"}, {"fr", "personne ne peut", kHigh, "outage"},
    {"fr", "piraté", kUrgent, "security"}, {"fr", "fuite de données", kUrgent, "security"}, {"fr", "intrusion", kUrgent, "security"},
    {"fr", "non autorisé", kHigh, "security"}, {"fr", "fraude", kHigh, "security"}, {"fr", "volé", kHigh, "security"},
    {"fr", "inconnu", kHigh, "security"},
    {"fr", "avocat", kHigh, "legal"}, {"fr", "action en justice", kHigh, "legal"}, {"fr", "tribunal", kHigh, "legal"},
    {"fr", "plainte", kHigh, "legal"}, {"fr", "mise en demeure", kHigh, "legal"}, {"fr", "médiateur", kHigh, "legal"},
    {"fr", "incendie", kUrgent, "safety"}, {"fr", "feu", kUrgent, "safety"}, {"fr", "fumée", kUrgent, "safety"},
    {"fr", "surchauffe", kUrgent, "safety"}, {"fr", "gonflée", kUrgent, "safety"}, {"fr", "gonfle", kUrgent, "safety"},
    {"fr", "étincelles", kUrgent, "safety"}, {"fr", "fondu", kUrgent, "safety"},
    {"fr", "urgent", kHigh, "time"}, {"fr", "urgence", kUrgent, "time"}, {"fr", "immédiatement", kHigh, "time"},
    {"fr", "pas de chauffage", kHigh, "time"},
    // Spanish
    {"es", "caída", kUrgent, "outage"}, {"es", "fuera de servicio", kUrgent, "outage"}, {"es", "nadie puede", kHigh, "outage"},
    {"es", "hackeado", kUrgent, "security"}, {"es", "hackearon", kUrgent, "security"}, {"es", "brecha de datos", kUrgent, "security"},
    {"es", "filtración", kUrgent, "security"}, {"es", "no autorizado", kHigh, "security"}, {"es", "fraude", kHigh, "security"},
    {"es", "robado", kHigh, "security"}, {"es", "desconocido", kHigh, "security"},
    {"es", "abogado", kHigh, "legal"}, {"es", "acciones legales", kHigh, "legal"}, {"es", "denuncia", kHigh, "legal"},
    {"es", "tribunal", kHigh, "legal"}, {"es", "demanda", kHigh, "legal"}, {"es", "consumo", kHigh, "legal"},
    {"es", "incendio", kUrgent, "safety"}, {"es", "fuego", kUrgent, "safety"}, {"es", "humo", kUrgent, "safety"},
    {"es", "sobrecalentamiento", kUrgent, "safety"}, {"es", "sobrecalienta", kUrgent, "safety"}, {"es", "hinchada", kUrgent, "safety"},
    {"es", "chispas", kUrgent, "safety"}, {"es", "derretido", kUrgent, "safety"},
    {"es", "urgente", kHigh, "time"}, {"es", "urgencia", kUrgent, "time"}, {"es", "inmediatamente", kHigh, "time"},
    {"es", "sin calefacción", kHigh, "time"},
    // Japanese
    {"ja", "障害", kUrgent, "outage"}, {"ja", "不正アクセス", kUrgent, "security"}, {"ja", "乗っ取り", kUrgent, "security"},
    {"ja", "情報漏洩", kUrgent, "security"}, {"ja", "詐欺", kHigh, "security"}, {"ja", "弁護士", kHigh, "legal"},
    {"ja", "訴訟", kHigh, "legal"}, {"ja", "消費者センター", kHigh, "legal"}, {"ja", "火事", kUrgent, "safety"},
    {"ja", "発火", kUrgent, "safety"}, {"ja", "煙", kUrgent, "safety"}, {"ja", "過熱", kUrgent, "safety"},
    {"ja", "膨張", kUrgent, "safety"}, {"ja", "膨らん", kUrgent, "safety"}, {"ja", "至急", kHigh, "time"},
    {"ja", "緊急", kUrgent, "time"},
};

}  // namespace

UrgencyCues::UrgencyCues(analysis::Analyzer& analyzer) {
    for (const RawCue& raw : kCues) {
        Entry entry{raw.lang, {}, UrgencyCue{raw.phrase, raw.level, raw.reason}};
        for (const auto& word : analyzer.analyze(raw.phrase, raw.lang)) entry.terms.push_back(word.term);
        if (!entry.terms.empty()) entries_.push_back(std::move(entry));
    }
}

std::vector<UrgencyCue> UrgencyCues::find(const std::vector<analysis::AnalyzedWord>& words, std::string_view lang) const {
    std::vector<UrgencyCue> found;
    for (const Entry& entry : entries_) {
        if (entry.lang != lang || entry.terms.size() > words.size()) continue;
        for (size_t start = 0; start + entry.terms.size() <= words.size(); ++start) {
            bool match = true;
            for (size_t k = 0; k < entry.terms.size() && match; ++k) match = words[start + k].term == entry.terms[k];
            if (match) {
                found.push_back(entry.cue);
                break;
            }
        }
    }
    // A longer phrase ("data breach") makes a shorter one it contains ("breach") redundant.
    std::vector<UrgencyCue> kept;
    for (const UrgencyCue& cue : found) {
        const bool contained = std::any_of(found.begin(), found.end(), [&](const UrgencyCue& other) {
            return other.phrase.size() > cue.phrase.size() && other.phrase.find(cue.phrase) != std::string::npos;
        });
        if (!contained) kept.push_back(cue);
    }
    found = std::move(kept);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.level > b.level; });
    return found;
}

const UrgencyCues& standard_urgency_cues() {
    static const UrgencyCues cues = [] {
        analysis::Analyzer analyzer;
        return UrgencyCues(analyzer);
    }();
    return cues;
}

std::string assess_urgency(const std::vector<Hit>& voters, const std::string& category,
                           const std::vector<UrgencyCue>& cues) {
    std::array<double, 4> weight{};
    for (const Hit& hit : voters) {
        if (hit.category == category) weight[static_cast<size_t>(std::clamp(hit.priority, 0, 3))] += hit.score;
    }
    int level = 1;
    double best = 0;
    for (int rank = 0; rank < 4; ++rank) {
        if (weight[rank] > best) {
            best = weight[rank];
            level = rank;
        }
    }
    for (const auto& cue : cues) level = std::max(level, cue.level);
    return std::string(priority_name(level));
}

}  // namespace helpdex
