// Proves search/wording/lexicon: a language's word lists know its real words with or without
// accents, and nothing else; the installed Debian word lists are read per language.
#include <catch2/catch.hpp>

#include <filesystem>

#include "search/wording/lexicon.h"
#include "support/test_support.h"

using helpdex::wording::Lexicon;

TEST_CASE("a lexicon knows its words in any case, with or without their accents", "[lexicon]") {
    const Lexicon lexicon = Lexicon::from_words({"Soir", "capter", "réinitialiser", "Rückerstattung"});
    CHECK(lexicon.size() == 4);
    CHECK(lexicon.knows("soir"));
    CHECK(lexicon.knows("réinitialiser"));
    CHECK(lexicon.knows("reinitialiser"));
    CHECK(lexicon.knows("ruckerstattung"));
    CHECK_FALSE(lexicon.knows("voir"));
    CHECK_FALSE(lexicon.knows("soi"));
}

TEST_CASE("each language reads its own installed word list", "[lexicon]") {
    if (!std::filesystem::exists(helpdex::wording::word_list_directory() / "french")) {
        WARN(helpdex::test::kSkipped << "no /usr/share/dict/french: scripts/install-deps.sh installs wfrench");
        return;
    }
    CHECK(Lexicon::of("fr").knows("soir"));
    CHECK(Lexicon::of("fr").knows("capte"));
    CHECK_FALSE(Lexicon::of("fr").knows("pasword"));
    CHECK(Lexicon::of("ja").size() == 0);   // no word list: every unknown word may be corrected
    CHECK(&Lexicon::of("fr") == &Lexicon::of("fr"));  // read once
}
