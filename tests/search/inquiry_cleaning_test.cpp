// Proves search/inquiry_cleaning: what of a pasted e-mail is read as the inquiry.
#include <catch2/catch.hpp>

#include "search/inquiry_cleaning.h"

using namespace helpdex;

TEST_CASE("quoted replies and signatures are not part of the inquiry", "[inquiry]") {
    const std::string text = "My camera is offline.\n\n-- \nJan Jansen\nRefund Street 1\n";
    CHECK(strip_quoted_and_signature(text) == "My camera is offline.\n\n");
    CHECK(strip_quoted_and_signature("Still broken\n> On Monday you wrote:\n> refund\n") == "Still broken\n");
    CHECK(strip_quoted_and_signature("Help\nSent from my iPhone") == "Help\n");
}

TEST_CASE("a forwarded or replied-to message ends the inquiry, in every bundled language", "[inquiry]") {
    const auto [marker, language] = GENERATE(table<std::string, std::string>({
        {"-----Original Message-----", "en"},
        {"-----Oorspronkelijk bericht-----", "nl"},
        {"Verstuurd vanaf mijn iPhone", "nl"},
        {"-----Ursprüngliche Nachricht-----", "de"},
        {"Von meinem iPhone gesendet", "de"},
        {"-------- Message d'origine --------", "fr"},
        {"Envoyé de mon iPhone", "fr"},
        {"-----Mensaje original-----", "es"},
        {"Enviado desde mi iPhone", "es"},
    }));
    INFO(language << ": " << marker);
    CHECK(strip_quoted_and_signature("Mijn factuur klopt niet\r\n" + marker + "\r\nFrom: support\r\nrefund\r\n") ==
          "Mijn factuur klopt niet\n");
}

TEST_CASE("a text without quotes or signature is read whole", "[inquiry]") {
    CHECK(strip_quoted_and_signature("one\ntwo") == "one\ntwo\n");
    CHECK(strip_quoted_and_signature("").empty());
    // A dash line that is not the "-- " separator is the customer's own.
    CHECK(strip_quoted_and_signature("a - b\n---\nc") == "a - b\n---\nc\n");
}
