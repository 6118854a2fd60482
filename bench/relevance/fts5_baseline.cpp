// Baseline: SQLite FTS5 (porter tokenizer, bm25 order) in memory over the case texts.
#include <chrono>
#include <stdexcept>

#include <sqlite3.h>

#include "baselines.h"

namespace relbench {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

class Sqlite {
public:
    Sqlite() {
        if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open failed");
    }
    ~Sqlite() { sqlite3_close(db_); }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;

    void exec(const char* sql) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            throw std::runtime_error(std::string("sqlite: ") + text + " in: " + sql);
        }
    }
    sqlite3* handle() { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Sqlite& db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt_, nullptr) != SQLITE_OK) fail("prepare");
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind_text(int index, const std::string& value) {
        if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
            fail("bind");
        }
    }
    // True while there is a row; throws on errors.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc != SQLITE_DONE) fail("step");
        return false;
    }
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    std::string text_column(int index) {
        const unsigned char* text = sqlite3_column_text(stmt_, index);
        return text ? reinterpret_cast<const char*>(text) : "";
    }
    double double_column(int index) { return sqlite3_column_double(stmt_, index); }

private:
    Sqlite& db_;
    sqlite3_stmt* stmt_ = nullptr;

    [[noreturn]] void fail(const char* what) {
        throw std::runtime_error(std::string("sqlite ") + what + ": " + sqlite3_errmsg(db_.handle()));
    }
};

void insert_cases(Sqlite& db, const std::vector<LabelledText>& cases) {
    db.exec("CREATE VIRTUAL TABLE cases USING fts5(text, category UNINDEXED, tokenize='porter')");
    db.exec("BEGIN");
    Statement insert(db, "INSERT INTO cases(text, category) VALUES(?, ?)");
    for (const LabelledText& item : cases) {
        insert.bind_text(1, item.text);
        insert.bind_text(2, item.category);
        insert.step();
        insert.reset();
    }
    db.exec("COMMIT");
}

bool is_token_byte(unsigned char c) {
    // Bytes of non-ASCII characters stay in the token; inside double quotes FTS5 splits them
    // as its tokenizer does, so they can never cause a syntax error.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// "tok1" OR "tok2" …: every token quoted so no query text is read as FTS5 syntax.
std::string fts5_or_query(const std::string& text) {
    std::string query, token;
    auto flush = [&] {
        if (token.empty()) return;
        if (!query.empty()) query += " OR ";
        query += '"' + token + '"';
        token.clear();
    };
    for (unsigned char c : text) {
        if (is_token_byte(c)) {
            token += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        } else {
            flush();
        }
    }
    flush();
    return query;
}

RankedCases search_fts5(Statement& search, const std::string& text) {
    const auto start = Clock::now();
    RankedCases ranked;
    const std::string match = fts5_or_query(text);
    if (!match.empty()) {
        search.bind_text(1, match);
        while (search.step()) ranked.cases.push_back({search.text_column(0), -search.double_column(1)});
        search.reset();
    }
    ranked.latency_ms = seconds_since(start) * 1000;
    return ranked;
}

}  // namespace

BaselineResult run_sqlite_fts5(const std::vector<LabelledText>& cases, const std::vector<LabelledText>& warmup,
                               const std::vector<LabelledText>& queries) {
    BaselineResult result;
    Sqlite db;
    const auto start = Clock::now();
    insert_cases(db, cases);
    result.index_seconds = seconds_since(start);

    Statement search(db, "SELECT category, bm25(cases) FROM cases WHERE cases MATCH ? ORDER BY bm25(cases), rowid LIMIT 10");
    for (const LabelledText& text : warmup) search_fts5(search, text.text);
    result.per_query.reserve(queries.size());
    for (const LabelledText& query : queries) result.per_query.push_back(search_fts5(search, query.text));
    return result;
}

}  // namespace relbench
