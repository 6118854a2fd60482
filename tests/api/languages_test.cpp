// Integration: the real server over the bundled corpus, asked as a ticket system would, in
// every bundled language and some it lacks — typos, topics that exist only in English, a
// language the index does not hold, a misleading language hint, an inquiry out of scope.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "api/running_server.h"
#include "support/test_support.h"

using namespace helpdex;
using nlohmann::json;

namespace {

// The bundled corpus indexed and served once per test process.
struct BundledServer {
    test::TempDir dir;
    std::unique_ptr<test::RunningServer> server;
    BundledServer() {
        test::index_corpus(test::bundled_corpus(), dir / "idx");
        server = std::make_unique<test::RunningServer>(std::make_shared<LiveIndex>(dir / "idx"), test::quiet_options());
    }
    static BundledServer& get() {
        static BundledServer instance;
        return instance;
    }
};

json suggest(const json& body) {
    auto client = BundledServer::get().server->client();
    const auto result = client.Post("/v1/suggest", body.dump(), "application/json");
    REQUIRE(result);
    INFO(result->body);
    REQUIRE(result->status == 200);
    return json::parse(result->body);
}

// The top three solutions' translation groups: a bundled translation's id is its
// original's with "-<lang>" added.
std::vector<std::string> top3_groups(const json& answer) {
    std::vector<std::string> groups;
    for (const json& hit : answer.at("solutions")) {
        if (groups.size() == 3) break;
        std::string id = hit.at("id");
        const std::string suffix = "-" + hit.at("lang").get<std::string>();
        if (id.ends_with(suffix)) id.resize(id.size() - suffix.size());
        groups.push_back(id);
    }
    return groups;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("an inquiry with a typo finds the right article in each bundled language", "[server][languages]") {
    auto [text, lang, corrected] = GENERATE(table<std::string, std::string, bool>({
        {"I never got the pasword reset emial", "en", true},
        {"Ik krijg de wachtwoordherstel-mial niet, wachtwoord vergten", "nl", true},
        {"Die E-Mail zum Zurücksetzen des Pasworts kommt nicht an", "de", true},
        {"Je ne recois pas l'email de reinitialisation du mot de passe", "fr", true},
        {"No me llega el correo para restablcer la contraseña", "es", true},
        // Japanese has no spelling dictionary (no spaces, no words to correct): its
        // character n-grams still match around a slip of the keyboard.
        {"パスワード再設定のメールが届きまません", "ja", false},
    }));
    INFO(text);
    const json answer = suggest({{"text", text}});
    CHECK(answer.at("inquiry").at("language") == lang);
    CHECK(answer.at("inquiry").at("corrections").empty() != corrected);
    CHECK(contains(top3_groups(answer), "kb-account-password-reset-email-not-received"));
    CHECK(answer.at("answered") == true);
}

TEST_CASE("a search with a typo says what it searched for instead", "[server][languages]") {
    auto client = BundledServer::get().server->client();
    const auto result = client.Get("/v1/search?q=abonnment%20opzeggen");
    REQUIRE(result);
    REQUIRE(result->status == 200);
    const json page = json::parse(result->body);
    CHECK(page.at("corrected_query") == "abonnement opzeggen");
    REQUIRE(page.at("corrections").size() == 1);
    CHECK(page.at("corrections")[0] == json{{"word", "abonnment"}, {"correction", "abonnement"}});
    REQUIRE_FALSE(page.at("results").empty());
    CHECK(page.at("results")[0].at("id") == "kb-subscription-cancel-kestrel-plus-nl");

    const json plain = json::parse(client.Get("/v1/search?q=abonnement%20opzeggen")->body);
    CHECK(plain.at("corrected_query").is_null());
    CHECK(plain.at("corrections").empty());
}

TEST_CASE("answers across languages: a topic only in English, a language the index lacks, a misleading hint",
          "[server][languages]") {
    SECTION("a Dutch inquiry on an English-only topic finds the English article, flagged by its lang") {
        const json answer = suggest({{"text", "Welke betaalmethoden accepteren jullie? Kan ik ook met PayPal of Bancontact betalen?"}});
        CHECK(answer.at("inquiry").at("language") == "nl");
        const json& solutions = answer.at("solutions");
        const auto hit = std::find_if(solutions.begin(), solutions.end(),
                                      [](const json& h) { return h.at("id") == "kb-billing-accepted-payment-methods"; });
        REQUIRE(hit != solutions.end());
        CHECK(hit - solutions.begin() < 3);
        CHECK(hit->at("lang") == "en");
    }
    SECTION("a Portuguese inquiry is recognised and answered from the closest language") {
        const json answer = suggest({{"text", "Olá, quero cancelar a minha assinatura do Kestrel Plus porque já não uso as câmaras. "
                                              "Como posso cancelar a assinatura? Obrigado, João"}});
        CHECK(answer.at("inquiry").at("language") == "pt");
        CHECK(answer.at("inquiry").at("language_in_index") == false);
        CHECK(contains(top3_groups(answer), "kb-subscription-cancel-kestrel-plus"));
    }
    SECTION("a contradicting lang hint loses against a long clear text") {
        const json answer = suggest(
            {{"text", "Bonjour, ma caméra se déconnecte sans arrêt du wifi et l'application l'affiche hors ligne depuis "
                      "trois jours. J'ai déjà redémarré la box internet. Pouvez-vous m'aider ? Merci, Claire"},
             {"lang", "en"}});
        CHECK(answer.at("inquiry").at("language") == "fr");
        CHECK(answer.at("inquiry").at("language_source") == "hint_overruled");
        REQUIRE_FALSE(answer.at("solutions").empty());
        CHECK(answer.at("solutions")[0].at("id") == "kb-devices-camera-offline-fr");
    }
}

TEST_CASE("no answer is said plainly, and a subject alone is an inquiry", "[server][languages]") {
    SECTION("an out-of-scope inquiry gets answered: false and the default route, no specialist team") {
        const json answer = suggest({{"text", "Can you give me a good recipe for a chocolate cake with strawberries and cream?"}});
        CHECK(answer.at("answered") == false);
        CHECK(answer.at("inquiry").at("category_uncertain") == true);
        CHECK(answer.at("escalation").at("source") == "routing:default");
    }
    SECTION("a subject with an empty body is accepted and answered") {
        const json answer = suggest({{"subject", "Cancel subscription"}, {"text", ""}});
        CHECK(contains(top3_groups(answer), "kb-subscription-cancel-kestrel-plus"));
    }
}
