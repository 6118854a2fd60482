// Proves search/schema: boolean terms, text terms and the packed candidate summary.
#include <catch2/catch.hpp>

#include "search/schema.h"

using namespace helpdex;

TEST_CASE("a candidate summary survives packing", "[schema]") {
    const schema::CandidateSummary summary{"kb-1", "Card declined — what now?", "faq", "nl", "billing/payments",
                                           "kb-0", "plus", 3};
    const schema::CandidateSummary back = schema::unpack_summary(schema::pack_summary(summary));
    CHECK(back.id == "kb-1");
    CHECK(back.title == "Card declined — what now?");
    CHECK(back.type == "faq");
    CHECK(back.lang == "nl");
    CHECK(back.category == "billing/payments");
    CHECK(back.group == "kb-0");
    CHECK(back.product == "plus");
    CHECK(back.priority == 3);
}

TEST_CASE("empty summary fields stay empty, a truncated summary reads as normal priority", "[schema]") {
    const schema::CandidateSummary summary{"c-1", "", "case", "en", "billing", "c-1", "", 0};
    const auto back = schema::unpack_summary(schema::pack_summary(summary));
    CHECK(back.title.empty());
    CHECK(back.product.empty());
    CHECK(back.priority == 0);
    const auto truncated = schema::unpack_summary("c-2\x1ftitle");
    CHECK(truncated.id == "c-2");
    CHECK(truncated.title == "title");
    CHECK(truncated.type.empty());
    CHECK(truncated.priority == 1);
}

TEST_CASE("boolean terms of upper-case values get a colon, text terms are never prefixed", "[schema]") {
    CHECK(schema::boolean_term(schema::kIdPrefix, "Upper") == "Q:Upper");
    CHECK(schema::boolean_term(schema::kIdPrefix, "lower") == "Qlower");
    CHECK(schema::boolean_term(schema::kCategoryPrefix, "billing/refunds") == "XCATbilling/refunds");
    CHECK(schema::is_text_term("refund"));
    CHECK(schema::is_text_term("返金"));
    CHECK_FALSE(schema::is_text_term("XCATbilling"));
    CHECK_FALSE(schema::is_text_term(""));
}
