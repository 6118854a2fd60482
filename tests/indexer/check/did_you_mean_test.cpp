// Proves indexer/check/did_you_mean: the known name a misspelt key most likely means.
#include <catch2/catch.hpp>

#include "indexer/check/did_you_mean.h"

using namespace helpdex::indexer;

namespace {

constexpr std::string_view kKeys[] = {"id", "type", "title", "lang", "category", "translation_of", "tags", "updated"};

}  // namespace

TEST_CASE("an edit is an insertion, a deletion, a substitution or two neighbours swapped", "[check]") {
    auto [a, b, distance] = GENERATE(table<std::string, std::string, size_t>({
        {"category", "category", 0},
        {"catgory", "category", 1},        // a letter left out
        {"categorry", "category", 1},      // one too many
        {"kategory", "category", 1},       // one replaced
        {"cateogry", "category", 1},       // two swapped
        {"Category", "category", 0},       // case does not count
        {"translation-of", "translation_of", 0},
        {"", "lang", 4},
        {"abc", "", 3},
    }));
    INFO(a << " / " << b);
    CHECK(edit_distance(a, b) == distance);
}

TEST_CASE("a misspelt key is matched to the key it most likely means, a word too far from all to none", "[check]") {
    auto [word, expected] = GENERATE(table<std::string, std::string>({
        {"catgory", "category"},
        {"tittle", "title"},
        {"lng", "lang"},
        {"tag", "tags"},
        {"update", "updated"},
        {"translaton_of", "translation_of"},
        {"Title", "title"},
        {"catgry", "category"},  // two edits in six letters: still a slip
        {"langs", "lang"},       // one edit up to five letters
        {"colour", ""},          // nothing like it
        {"ctgry", ""},           // three edits: another word
        {"lanzs", ""},           // two edits in five letters
        {"ab", ""},              // in two letters any edit is half the word
        {"", ""},
    }));
    INFO(word);
    CHECK(closest_name(word, kKeys) == expected);
}

TEST_CASE("ties go to the first known name", "[check]") {
    constexpr std::string_view names[] = {"tags", "tabs"};
    CHECK(closest_name("tas", names) == "tags");
}

TEST_CASE("the message suggests the key, or says what it says without one", "[check]") {
    CHECK(unknown_name_message("catgory", kKeys, "unknown field", "unknown field (see the docs)") ==
          "unknown field; did you mean 'category'?");
    CHECK(unknown_name_message("colour", kKeys, "unknown field", "unknown field (see the docs)") == "unknown field (see the docs)");
}
