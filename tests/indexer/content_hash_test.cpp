// Proves indexer/content_hash: equal documents hash alike, and any stored field's change shows.
#include <catch2/catch.hpp>

#include <functional>

#include "indexer/content_hash.h"

using namespace helpdex;

namespace {

KbDocument document() {
    KbDocument d;
    d.id = "kb-refund";
    d.type = "faq";
    d.title = "How long does a refund take?";
    d.lang = "en";
    d.category = "billing/refunds";
    d.tags = {"refund", "money back"};
    d.body_markdown = "Refunds take **five** working days.";
    d.body_html = "<p>Refunds take <strong>five</strong> working days.</p>";
    d.source = "articles/billing/refund.md";
    return d;
}

}  // namespace

TEST_CASE("a document's content hash changes with anything the index stores of it", "[content-hash]") {
    const std::string hash = indexer::content_hash(document());
    CHECK(hash.size() == indexer::kContentHashChars);
    CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(indexer::content_hash(document()) == hash);

    const std::vector<std::function<void(KbDocument&)>> edits = {
        [](KbDocument& d) { d.title += "?"; },
        [](KbDocument& d) { d.category = "billing/payments"; },
        [](KbDocument& d) { d.tags = {"refund money", "back"}; },  // the same text, split otherwise
        [](KbDocument& d) { d.priority = "high"; },
        [](KbDocument& d) { d.status = "draft"; },
        [](KbDocument& d) { d.translation_of = "kb-refund-nl"; },
        [](KbDocument& d) { d.escalation = Escalation{"billing", "2", "4h", "", ""}; },
        [](KbDocument& d) { d.body_markdown += " "; },
        [](KbDocument& d) { d.steps = {"Open the invoice."}; },
        [](KbDocument& d) { d.source = "articles/billing/refunds.md"; },  // moved: its shown source changes
    };
    for (size_t i = 0; i < edits.size(); ++i) {
        INFO("edit " << i);
        KbDocument edited = document();
        edits[i](edited);
        CHECK(indexer::content_hash(edited) != hash);
    }
}
