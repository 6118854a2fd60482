// Proves indexer/case_outcome: how a past case ended, from its outcome line.
#include <catch2/catch.hpp>

#include "indexer/case_outcome.h"

using namespace helpdex::indexer;

TEST_CASE("a case's outcome is its last outcome line, in any bundled language", "[case_outcome]") {
    const auto [body, outcome] = GENERATE(table<std::string, std::string>({
        {"Customer: charged twice.\nResolution: refunded the duplicate charge.", "refunded the duplicate charge."},
        {"Klant belt.\nOplossing: code kwam binnen een minuut binnen. Gesloten.\n", "code kwam binnen een minuut binnen. Gesloten."},
        {"Lösung: nach Umstellen sofort angemeldet.", "nach Umstellen sofort angemeldet."},
        {"Résolution : connecté sur le PC. Clôturé.", "connecté sur le PC. Clôturé."},
        {"Solución: sesión iniciada. Cerrado.", "sesión iniciada. Cerrado."},
        {"お客様より連絡。\n結果：パスワード再設定完了。クローズ。", "パスワード再設定完了。クローズ。"},
        {"resolution: first\nnotes\nOutcome: second", "second"},
        {"  Resolution:   spaced out  \r\n", "spaced out"},
    }));
    INFO(body);
    CHECK(case_outcome(body) == outcome);
}

TEST_CASE("no outcome line, no outcome", "[case_outcome]") {
    CHECK(case_outcome("").empty());
    CHECK(case_outcome("Customer: my camera is offline.\nAgent: reset it.").empty());
    CHECK(case_outcome("Resolution:").empty());          // a label with nothing after it
    CHECK(case_outcome("The resolution: unclear").empty());  // not at the line's start
    CHECK(case_outcome(":refunded").empty());
}

TEST_CASE("a long outcome is cut at a character boundary", "[case_outcome]") {
    std::string long_text;
    for (int i = 0; i < 200; ++i) long_text += "é";  // 2 bytes each
    const std::string outcome = case_outcome("Resolution: " + long_text);
    CHECK(outcome.size() <= kMaxOutcomeBytes);
    CHECK(outcome.ends_with("…"));
    CHECK(outcome.substr(0, outcome.size() - 3).find_first_not_of("é") == std::string::npos);  // whole characters
    CHECK((outcome.size() - 3) % 2 == 0);
}
