// Building, packing and unpacking a shown document.
#include "search/shown_document.h"

#include <algorithm>
#include <stdexcept>

namespace helpdex {

namespace {

constexpr uint8_t kFormat = 2;  // 2: updated and resolution

class Writer {
public:
    void byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
    void varint(uint64_t v) {
        for (; v >= 0x80; v >>= 7) byte(static_cast<uint8_t>(v | 0x80));
        byte(static_cast<uint8_t>(v));
    }
    void string(std::string_view s) {
        varint(s.size());
        out_.append(s);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    uint8_t byte() {
        if (pos_ >= in_.size()) corrupt();
        return static_cast<uint8_t>(in_[pos_++]);
    }
    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const uint8_t b = byte();
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        corrupt();
    }
    std::string_view bytes(uint64_t n) {
        if (n > in_.size() - pos_) corrupt();
        const std::string_view s = in_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    std::string string() { return std::string(bytes(varint())); }
    // A count of items each taking at least one byte: a corrupt count cannot allocate much.
    size_t count() {
        const uint64_t n = varint();
        if (n > in_.size() - pos_) corrupt();
        return n;
    }
    bool at_end() const { return pos_ == in_.size(); }
    [[noreturn]] static void corrupt() { throw std::runtime_error("corrupt shown-document value"); }

private:
    std::string_view in_;
    size_t pos_ = 0;
};

void write_terms(Writer& w, const std::vector<std::string>& terms) {
    w.varint(terms.size());
    std::string_view previous;
    for (const auto& term : terms) {
        size_t shared = 0;
        while (shared < previous.size() && shared < term.size() && previous[shared] == term[shared]) ++shared;
        w.varint(shared);
        w.string(std::string_view(term).substr(shared));
        previous = term;
    }
}

std::vector<std::string> read_terms(Reader& r) {
    std::vector<std::string> terms(r.count());
    for (size_t i = 0; i < terms.size(); ++i) {
        const uint64_t shared = r.varint();
        if (i == 0 ? shared != 0 : shared > terms[i - 1].size()) Reader::corrupt();
        const std::string_view rest = r.bytes(r.varint());
        terms[i].reserve(shared + rest.size());
        if (i > 0) terms[i].assign(terms[i - 1], 0, shared);
        terms[i] += rest;
    }
    return terms;
}

void write_words(Writer& w, const std::vector<SnippetWord>& words) {
    w.varint(words.size());
    uint32_t previous_end = 0;
    for (const SnippetWord& word : words) {
        w.varint(word.begin - previous_end);
        w.varint(word.end - word.begin);
        w.varint(word.term == SnippetWord::kNoTerm ? 0 : uint64_t{word.term} + 1);
        previous_end = word.end;
    }
}

std::vector<SnippetWord> read_words(Reader& r, size_t text_size, size_t term_count) {
    std::vector<SnippetWord> words(r.count());
    uint64_t end = 0;
    for (SnippetWord& word : words) {
        const uint64_t begin = end + r.varint();
        end = begin + r.varint();
        const uint64_t term = r.varint();
        if (end > text_size || term > term_count) Reader::corrupt();
        word = {term == 0 ? SnippetWord::kNoTerm : static_cast<uint32_t>(term - 1), static_cast<uint32_t>(begin),
                static_cast<uint32_t>(end)};
    }
    return words;
}

}  // namespace

std::optional<uint32_t> ShownDocument::find_term(std::string_view term) const {
    const auto it = std::lower_bound(terms.begin(), terms.end(), term);
    if (it == terms.end() || *it != term) return std::nullopt;
    return static_cast<uint32_t>(it - terms.begin());
}

ShownDocument make_shown_document(const KbDocument& document, const std::vector<analysis::AnalyzedWord>& snippet_words,
                                  std::vector<std::string> sorted_terms) {
    ShownDocument shown;
    shown.steps = document.steps;
    shown.escalation = document.escalation;
    shown.updated = document.updated;
    shown.resolution = document.resolution;
    shown.snippet_source = document.snippet_source();
    shown.terms = std::move(sorted_terms);
    shown.words.reserve(snippet_words.size());
    for (const auto& word : snippet_words) {
        const auto term = word.stopword ? std::nullopt : shown.find_term(word.term);
        shown.words.push_back({term.value_or(SnippetWord::kNoTerm), static_cast<uint32_t>(word.begin),
                               static_cast<uint32_t>(word.end)});
    }
    return shown;
}

std::string pack_shown(const ShownDocument& d) {
    Writer w;
    w.byte(kFormat);
    w.varint(d.steps.size());
    for (const auto& step : d.steps) w.string(step);
    w.byte(d.escalation ? 1 : 0);
    if (d.escalation) {
        for (const std::string* field : {&d.escalation->team, &d.escalation->tier, &d.escalation->sla,
                                          &d.escalation->when, &d.escalation->contact}) {
            w.string(*field);
        }
    }
    w.string(d.updated);
    w.string(d.resolution);
    w.string(d.snippet_source);
    write_terms(w, d.terms);
    write_words(w, d.words);
    return w.take();
}

ShownDocument unpack_shown(std::string_view packed) {
    Reader r(packed);
    if (r.byte() != kFormat) Reader::corrupt();
    ShownDocument d;
    d.steps.resize(r.count());
    for (auto& step : d.steps) step = r.string();
    const uint8_t has_escalation = r.byte();
    if (has_escalation > 1) Reader::corrupt();
    if (has_escalation) {
        Escalation e;
        for (std::string* field : {&e.team, &e.tier, &e.sla, &e.when, &e.contact}) *field = r.string();
        d.escalation = std::move(e);
    }
    d.updated = r.string();
    d.resolution = r.string();
    d.snippet_source = r.string();
    d.terms = read_terms(r);
    d.words = read_words(r, d.snippet_source.size(), d.terms.size());
    if (!r.at_end()) Reader::corrupt();
    return d;
}

}  // namespace helpdex
