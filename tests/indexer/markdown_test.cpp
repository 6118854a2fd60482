// Proves indexer/markdown: HTML, plain text and resolution steps from Markdown bodies.
#include <catch2/catch.hpp>

#include "indexer/markdown.h"

using namespace helpdex::indexer;

TEST_CASE("the steps are the ordered list under the resolution heading", "[markdown]") {
    const auto body = render_markdown(
        "Intro.\n\n## Symptoms\n1. not a step\n\n## Resolution\n1. Open **Settings**.\n2. Tap *Reset*.\n   - a sub-point\n3. Done.\n\n"
        "## Escalation\n1. not a step either\n");
    CHECK(body.steps == std::vector<std::string>{"Open Settings.", "Tap Reset.\na sub-point", "Done."});
    CHECK(body.headings == std::vector<std::string>{"Symptoms", "Resolution", "Escalation"});
}

TEST_CASE("resolution headings are recognised in every bundled language", "[markdown]") {
    auto heading = GENERATE(as<std::string>{}, "Oplossing", "Lösung", "Résolution", "Solución", "解決方法", "Resolution:");
    INFO(heading);
    const auto body = render_markdown("## Other\n1. no\n\n## " + heading + "\n1. yes\n");
    CHECK(body.steps == std::vector<std::string>{"yes"});
}

TEST_CASE("resolution headings are recognised as other knowledge bases write them", "[markdown]") {
    auto heading = GENERATE(as<std::string>{}, "Resolution steps", "Steps to resolve", "Procedure", "3. Resolution",
                            "2) Workaround:", "Vorgehensweise", "Marche à suivre", "Pasos a seguir", "Stappenplan", "対処法");
    INFO(heading);
    // The list before it (how to reproduce the problem) is not what the agent should do.
    const auto body = render_markdown("## Steps to reproduce\n1. no\n\n## " + heading + "\n1. yes\n");
    CHECK(body.steps == std::vector<std::string>{"yes"});
}

TEST_CASE("a heading that merely contains a resolution word does not introduce the steps", "[markdown]") {
    const auto body = render_markdown("## Steps to reproduce\n1. reproduce\n\n## Fixed in version 2\n1. later\n");
    CHECK(body.steps == std::vector<std::string>{"reproduce"});  // no heading named: the first list
}

TEST_CASE("without a resolution heading the first ordered list is the steps", "[markdown]") {
    CHECK(render_markdown("Text\n\n1. first\n2. second\n").steps == std::vector<std::string>{"first", "second"});
    CHECK(render_markdown("- only\n- bullets\n").steps.empty());
}

TEST_CASE("raw HTML in Markdown is escaped, not passed through", "[markdown]") {
    const auto body = render_markdown("Hello <script>alert(1)</script>\n");
    CHECK(body.html.find("<script>") == std::string::npos);
    CHECK(body.text.find("alert(1)") != std::string::npos);
}

TEST_CASE("plain text keeps words apart and decodes entities", "[markdown]") {
    const auto body = render_markdown("# Title\nline one\nline two &amp; more\n\n| a | b |\n|---|---|\n| c | d |\n");
    CHECK(body.text.find("Title\n") != std::string::npos);
    CHECK(body.text.find("line one line two & more") != std::string::npos);
    CHECK(body.html.find("<table>") != std::string::npos);
}
