// Japanese: spaceless, unstemmed; stopwords (particles, auxiliaries), greetings, cues, headings.
#include "search/analysis/languages/registry.h"

namespace helpdex::analysis::languages {

LanguageProfile japanese() {
    LanguageProfile profile;
    profile.code = "ja";
    profile.name = "Japanese";
    profile.spaceless = true;
    profile.stopwords = {
        "の", "に", "は", "を", "が", "で", "て", "と", "し", "た", "だ", "も", "な", "か", "へ",
        "や", "から", "まで", "より", "ので", "のに", "けど", "けれど", "です", "ます", "でした",
        "ました", "ません", "ある", "あり", "いる", "おり", "する", "され", "される", "なっ", "なり",
        "なる", "こと", "もの", "この", "その", "あの", "これ", "それ", "あれ", "ここ", "そこ",
        "よう", "ため", "など", "れ", "れる", "られ", "られる", "ない", "ず", "い", "う", "ね",
        "よ", "わ", "さ", "せ", "でき", "できる", "ください", "について", "ま", "せん", "まし", "でし",
        "たい", "たら", "ば", "ん", "お", "ご"
    };
    profile.greetings = {
        "お世話", "世話", "お願い", "願い", "よろしく", "宜しく", "いたし", "いたします", "致し",
        "ござい", "ございます", "申し上げ", "恐れ入り", "恐縮", "お疲れ", "様", "さま", "御中",
        "失礼"
    };
    profile.urgency_cues = {
        {"障害", kUrgent, "outage"}, {"不正アクセス", kUrgent, "security"}, {"乗っ取り", kUrgent, "security"},
        {"情報漏洩", kUrgent, "security"}, {"詐欺", kHigh, "security"}, {"弁護士", kHigh, "legal"},
        {"訴訟", kHigh, "legal"}, {"消費者センター", kHigh, "legal"}, {"火事", kUrgent, "safety"},
        {"発火", kUrgent, "safety"}, {"煙", kUrgent, "safety"}, {"過熱", kUrgent, "safety"},
        {"膨張", kUrgent, "safety"}, {"膨らん", kUrgent, "safety"}, {"至急", kHigh, "time"},
        {"緊急", kUrgent, "time"},
    };
    // Said to be no hurry: low, unless a stronger cue is there too.
    profile.urgency_cues.insert(profile.urgency_cues.end(), {
        {"急ぎません", kCalm, "calm"}, {"急ぎではありません", kCalm, "calm"}, {"急ぎではない", kCalm, "calm"},
        {"急いでいません", kCalm, "calm"}, {"お手すきの際", kCalm, "calm"}, {"お時間のある時", kCalm, "calm"}
    });
    profile.resolution_headings = {"解決方法", "解決策", "対処方法", "対処法", "対応手順", "解決手順", "操作手順", "対応方法", "回避策", "手順"};
    profile.outcome_labels = {"結果", "対応結果", "解決", "解決方法"};
    return profile;
}

}  // namespace helpdex::analysis::languages
