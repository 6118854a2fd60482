// Proves search/inquiry_cleaning: what of a pasted e-mail is read as the inquiry.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "search/analysis/analyzer.h"
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

namespace {

// Each segment as "kind:text", for readable comparisons.
std::vector<std::string> described(std::string_view text, const std::vector<MessageSegment>& segments) {
    std::vector<std::string> out;
    for (const MessageSegment& s : segments) {
        out.push_back(std::string(segment_kind_name(s.kind)) + ":" + std::string(text.substr(s.begin, s.end - s.begin)));
    }
    return out;
}

std::vector<std::string> with_greetings(const std::string& text, const std::string& language) {
    analysis::Analyzer analyzer;
    return described(text, mark_greeting_lines(text, segment_message(text), analyzer, language));
}

}  // namespace

TEST_CASE("a message's segments cover it end to end, each run of lines with what it is", "[inquiry]") {
    const std::string text = "My camera is offline.\r\n> On Monday you wrote:\n> reset it\nStill offline.\n-- \nJan\nStreet 1";
    CHECK(described(text, segment_message(text)) == std::vector<std::string>{
                                                         "read:My camera is offline.\r\n",
                                                         "quote:> On Monday you wrote:\n> reset it\n",
                                                         "read:Still offline.\n",
                                                         "trailer:-- \nJan\nStreet 1",
                                                     });
    CHECK(segment_message("").empty());
    CHECK(described("one\ntwo", segment_message("one\ntwo")) == std::vector<std::string>{"read:one\ntwo"});
    // What is read is the same text the search reads.
    CHECK(read_lines(text, segment_message(text)) == strip_quoted_and_signature(text));
    CHECK(read_lines(text, segment_message(text)) == "My camera is offline.\nStill offline.\n");
}

TEST_CASE("lines that only greet or sign off are told apart from the question", "[inquiry]") {
    CHECK(with_greetings("Hi Anna,\nMy camera is offline.\nKind regards,\nPeter Smith\n", "en") ==
          std::vector<std::string>{"greeting:Hi Anna,\n", "read:My camera is offline.\n", "greeting:Kind regards,\n",
                                   "read:Peter Smith\n"});
    CHECK(with_greetings("Goedemiddag,\nmijn camera valt uit.\nGroet, Sanne", "nl") ==
          std::vector<std::string>{"greeting:Goedemiddag,\n", "read:mijn camera valt uit.\n", "greeting:Groet, Sanne"});
    // A greeting that opens the question is part of it.
    CHECK(with_greetings("Hi, my camera is offline\n", "en") == std::vector<std::string>{"read:Hi, my camera is offline\n"});
    CHECK(with_greetings("Hello, anyone there?\n", "en") == std::vector<std::string>{"read:Hello, anyone there?\n"});
    // Quotes and trailers stay what they were.
    CHECK(with_greetings("Thanks!\n> old\n-- \nme", "en") ==
          std::vector<std::string>{"greeting:Thanks!\n", "quote:> old\n", "trailer:-- \nme"});
}
