// Proves common/digest: SHA-256 as the standard defines it, fed in pieces or whole.
#include <catch2/catch.hpp>

#include "common/digest.h"

using helpdex::Sha256;

TEST_CASE("SHA-256 gives the standard's digests, whole or in pieces", "[digest]") {
    // FIPS 180-2, appendix B.1: "abc".
    const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    CHECK(Sha256().update("abc").hex() == abc);
    CHECK(Sha256().update("a").update("").update("bc").hex() == abc);
    CHECK(Sha256().update("abc").hex(4) == "ba7816bf");
    CHECK(helpdex::sha256("abc").size() == 32);
}

TEST_CASE("fields are told apart by their lengths", "[digest]") {
    CHECK(Sha256().field("ab").field("c").hex() != Sha256().field("a").field("bc").hex());
    CHECK(Sha256().field("ab").field("c").hex() == Sha256().field("ab").field("c").hex());
}
