// Spanish: stemmer, stopwords, greetings, signature lines, urgency cues, resolution headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile spanish() {
    LanguageProfile profile;
    profile.code = "es";
    profile.name = "Spanish";
    profile.snowball_stemmer = "spanish";
    profile.stopwords = {
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "pero",
        "si", "de", "del", "a", "al", "en", "por", "para", "con", "sin", "sobre", "entre", "desde",
        "hasta", "que", "qué", "quien", "cual", "donde", "como", "cómo", "cuando", "este", "esta",
        "esto", "estos", "estas", "ese", "esa", "eso", "yo", "me", "mi", "mis", "mí", "tu", "tus",
        "te", "ti", "él", "ella", "le", "les", "se", "su", "sus", "nos", "nosotros", "nuestro",
        "nuestra", "vosotros", "usted", "ustedes", "ellos", "ellas", "es", "soy", "eres", "son",
        "era", "fue", "ser", "estoy", "está", "están", "estaba", "he", "ha", "han", "has", "había",
        "hay", "haber", "no", "ya", "muy", "más", "también", "todavía", "aún", "porque", "pues",
        "todo", "toda", "todos", "todas", "algo", "nada", "otro", "otra"
    };
    profile.greetings = {
        "hola", "buenos", "buenas", "días", "tardes", "noches", "estimado", "estimada",
        "estimados", "gracias", "saludos", "atentamente", "cordiales", "un", "favor", "equipo",
        "señor", "señora", "agradezco", "antemano"
    };
    profile.signature_lines = {"Enviado desde mi", "-----Mensaje original"};
    profile.urgency_cues = {
        {"caída", kUrgent, "outage"}, {"fuera de servicio", kUrgent, "outage"}, {"nadie puede", kHigh, "outage"},
        {"hackeado", kUrgent, "security"}, {"hackearon", kUrgent, "security"}, {"brecha de datos", kUrgent, "security"},
        {"filtración", kUrgent, "security"}, {"no autorizado", kHigh, "security"}, {"fraude", kHigh, "security"},
        {"robado", kHigh, "security"}, {"desconocido", kHigh, "security"},
        {"abogado", kHigh, "legal"}, {"acciones legales", kHigh, "legal"}, {"denuncia", kHigh, "legal"},
        {"tribunal", kHigh, "legal"}, {"demanda", kHigh, "legal"}, {"consumo", kHigh, "legal"},
        {"incendio", kUrgent, "safety"}, {"fuego", kUrgent, "safety"}, {"humo", kUrgent, "safety"},
        {"sobrecalentamiento", kUrgent, "safety"}, {"sobrecalienta", kUrgent, "safety"}, {"hinchada", kUrgent, "safety"},
        {"chispas", kUrgent, "safety"}, {"derretido", kUrgent, "safety"},
        {"urgente", kHigh, "time"}, {"urgencia", kUrgent, "time"}, {"inmediatamente", kHigh, "time"},
        {"sin calefacción", kHigh, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"no es urgente", kCalm, "calm"}, {"nada urgente", kCalm, "calm"}, {"no hay prisa", kCalm, "calm"},
        {"sin prisa", kCalm, "calm"}, {"no corre prisa", kCalm, "calm"}, {"no urge", kCalm, "calm"},
        {"cuando puedan", kCalm, "calm"}
    });
    profile.resolution_headings = {"solución", "solucion", "resolución", "pasos", "procedimiento", "pasos a seguir",
                                   "pasos para resolver", "solución alternativa"};
    profile.outcome_labels = {"solución", "solucion", "resolución", "resultado"};
    return profile;
}

}  // namespace helpdex::analysis::languages
