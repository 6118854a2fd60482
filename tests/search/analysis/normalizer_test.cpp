// Proves search/analysis/normalizer: NFKC case folding as indexing and querying see it.
#include <catch2/catch.hpp>

#include "search/analysis/normalizer.h"

using helpdex::analysis::is_valid_utf8;
using helpdex::analysis::normalize;

TEST_CASE("normalize folds case and compatibility forms in every script", "[normalizer]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"Refund", "refund"},
        {"STRASSE", "strasse"},
        {"Straße", "strasse"},
        {"ＥＲＲＯＲ１０４", "error104"},   // full-width Latin and digits
        {"Ｅ－１０４", "e-104"},
        {"ÉCRAN", "écran"},
        {"ΟΔΗΓΌΣ", "οδηγόσ"},             // Greek final sigma folds to σ
        {"ｶﾒﾗ", "カメラ"},                 // half-width katakana
        {"l’écran", "l'écran"},            // typographic apostrophe
        {"already plain", "already plain"},
    }));
    CHECK(normalize(input) == expected);
}

TEST_CASE("is_valid_utf8 rejects broken sequences", "[normalizer]") {
    CHECK(is_valid_utf8("héllo 日本"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xC3"));
    CHECK_FALSE(is_valid_utf8("ab\xFF" "cd"));
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // UTF-16 surrogate encoded in UTF-8
}

TEST_CASE("normalize never throws on invalid UTF-8", "[normalizer]") {
    CHECK_NOTHROW(normalize("bad \xFF byte"));
}

TEST_CASE("fold_diacritics drops accents the way a keyboard without them types", "[normalizer]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"réinitialisation", "reinitialisation"},
        {"rückerstattung", "ruckerstattung"},
        {"contraseña", "contrasena"},
        {"déconnectée", "deconnectee"},
        {"password", "password"},
        {"", ""},
    }));
    CHECK(helpdex::analysis::fold_diacritics(input) == expected);
}
