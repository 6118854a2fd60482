// Inquiries to the bundled corpus in its languages, for tests that compare two ways of
// serving the same index (one database, shards, remote shards) answer for answer.
#pragma once

#include <string>
#include <vector>

namespace helpdex::test {

inline const std::vector<std::string>& bundled_inquiries() {
    static const std::vector<std::string> inquiries = {
        "Hi, my card keeps getting declined when I try to pay for Kestrel Plus",
        "I was charged twice this month, please refund one of the payments",
        "The doorbell battery is swollen and very hot, there was a burning smell",
        "camera offline",
        "how do I reset my password",
        "Mijn betaling voor Kestrel Plus wordt steeds geweigerd",
        "Goedemiddag, mijn camera valt steeds uit en staat offline in de app. Wat kan ik doen? Groet, Sanne",
        "Meine Kamera geht ständig offline, die App zeigt sie als getrennt an",
        "Je n'arrive pas à appairer mon hub, la LED clignote en bleu",
        "Quiero cancelar mi suscripción Kestrel Plus",
        "パスワードリセットのメールが届きません",
        "firmware update failed, the hub keeps rebooting",
        "invoice",
    };
    return inquiries;
}

}  // namespace helpdex::test
