// Baseline: plain Xapian BM25 with default settings over the case texts.
#include <chrono>

#include <xapian.h>

#include "baselines.h"

namespace relbench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr Xapian::doccount kTopCases = 10;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void index_cases(const std::vector<LabelledText>& cases, const std::filesystem::path& db_dir) {
    Xapian::WritableDatabase db(db_dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    db.begin_transaction();
    for (const LabelledText& item : cases) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(item.text);
        doc.set_data(item.category);
        db.add_document(doc);
    }
    db.commit_transaction();
    db.close();
}

// One reader for the whole run: the queries are sent from this thread only.
class XapianSearcher {
public:
    explicit XapianSearcher(const std::filesystem::path& db_dir) : db_(db_dir.string()), enquire_(db_) {
        parser_.set_stemmer(Xapian::Stem("english"));
        parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser_.set_database(db_);
        enquire_.set_weighting_scheme(Xapian::BM25Weight());
    }

    RankedCases search(const std::string& text) {
        const auto start = Clock::now();
        RankedCases ranked;
        Xapian::Query query;
        try {
            query = parser_.parse_query(text);
        } catch (const Xapian::QueryParserError&) {
            ranked.latency_ms = seconds_since(start) * 1000;
            return ranked;  // unparseable text finds nothing, as a plain Xapian app would answer
        }
        enquire_.set_query(query);
        const Xapian::MSet matches = enquire_.get_mset(0, kTopCases);
        for (auto it = matches.begin(); it != matches.end(); ++it) {
            ranked.cases.push_back({it.get_document().get_data(), it.get_weight()});
        }
        ranked.latency_ms = seconds_since(start) * 1000;
        return ranked;
    }

private:
    Xapian::Database db_;
    Xapian::Enquire enquire_;
    Xapian::QueryParser parser_;
};

}  // namespace

BaselineResult run_xapian_bm25(const std::vector<LabelledText>& cases, const std::vector<LabelledText>& warmup,
                               const std::vector<LabelledText>& queries, const std::filesystem::path& db_dir) {
    BaselineResult result;
    const auto start = Clock::now();
    index_cases(cases, db_dir);
    result.index_seconds = seconds_since(start);

    XapianSearcher searcher(db_dir);
    for (const LabelledText& text : warmup) searcher.search(text.text);
    result.per_query.reserve(queries.size());
    for (const LabelledText& query : queries) result.per_query.push_back(searcher.search(query.text));
    return result;
}

}  // namespace relbench
