// The scored comments CSV (the app's "Scored comments (CSV)" export and `analyze --scored`) goes back
// through the importer and gives the same comments: ids, parents, threads, authors, followers, times,
// texts, likes, replies, shares. Cells a spreadsheet would run as formulas (= + - @ at the start) carry the
// documented single-quote prefix and nothing else changes.
#include "core/pipeline/analyze_job.hpp"
#include "core/report/scored_csv.hpp"
#include "core/sample/sample_crisis.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sv;

namespace {

std::unique_ptr<Analysis> analyze_text(const std::string& text, const char* name) {
    AnalyzeJob job(std::vector<char>(text.begin(), text.end()), name, AnalyzeOptions{});
    if (run_to_end(job) != StepResult::done) return nullptr;
    return job.take();
}

std::string scored(const Analysis& a) {
    std::string out;
    write_scored_csv(a, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

bool formula_like(std::string_view v) {
    return !v.empty() &&
           (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r');
}
std::string escaped(std::string_view v) {
    std::string out;
    if (formula_like(v)) out.push_back('\'');
    out.append(v.data(), v.size());
    return out;
}

// Compares two stores row by row (text cells of `a` as the export escapes them).
void check_same_comments(const CommentStore& a, const CommentStore& b) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        INFO("row " << i << " id " << a.id_of(i));
        CHECK(escaped(a.id_of(i)) == b.id_of(i));
        CHECK(escaped(a.str(a.parent_id[i])) == b.str(b.parent_id[i]));
        CHECK(a.parent[i] == b.parent[i]);
        CHECK(escaped(a.author_of(i)) == b.author_of(i));
        CHECK(a.followers_of_author(a.author[i]) == b.followers_of_author(b.author[i]));
        CHECK(a.created_at[i] == b.created_at[i]);
        CHECK(escaped(a.text_of(i)) == b.text_of(i));
        CHECK(a.likes[i] == b.likes[i]);
        CHECK(a.replies[i] == b.replies[i]);
        CHECK(a.shares[i] == b.shares[i]);
        if (a.threads.size()) CHECK(escaped(a.threads.name(a.thread[i])) == b.threads.name(b.thread[i]));
    }
}

} // namespace

TEST_CASE("scored CSV round trip: tricky cells come back as they went out", "[scored_csv]") {
    // Written for this test: commas, quotes, line breaks, å ä ö, emoji, and formula-like texts.
    const std::string csv = "id,parent_id,author,author_followers,created_at,text,likes,replies,shares\n"
                            "c1,,Åsa Öberg,1200,2026-02-01T10:00:00Z,\"Hej, vi är besvikna på \"\"nya\"\" "
                            "smaken \xF0\x9F\x98\xA1\",12,2,3\n"
                            "c2,c1,Jörg,80,2026-02-01T10:05:00Z,\"Zwei Zeilen\nzweite Zeile\",0,0,0\n"
                            "c3,c1,@handle,5,2026-02-01T10:07:00Z,=SUM(A1:A9),1,0,0\n"
                            "c4,,Bob,,2026-02-01T10:09:00Z,-5 stars from me,4,0,\n"
                            "c5,c4,Eve,31,2026-02-01T10:12:00Z,+1 agree,0,0,0\n";
    const auto first = analyze_text(csv, "tricky.csv");
    REQUIRE(first);
    REQUIRE(first->comments.size() == 5);
    const std::string out = scored(*first);
    CHECK(out.rfind("id,parent_id,thread,author,author_followers,created_at,", 0) == 0);
    // No cell starts with a bare formula character.
    CHECK(out.find(",=SUM") == std::string::npos);
    CHECK(out.find("\"'=SUM(A1:A9)\"") != std::string::npos);
    CHECK(out.find("\"'-5 stars from me\"") != std::string::npos);

    const auto second = analyze_text(out, "tricky-scored.csv");
    REQUIRE(second);
    CHECK(second->import.rows_rejected == 0);
    check_same_comments(first->comments, second->comments);
    // The scores went out and the importer keeps them as extra columns or scores again: the labels agree.
    REQUIRE(second->sentiment.size() == first->sentiment.size());
    for (size_t i = 0; i < first->sentiment.size(); ++i)
        CHECK(first->sentiment.label[i] == second->sentiment.label[i]);
}

TEST_CASE("scored CSV round trip: the sample crisis", "[scored_csv]") {
    const auto first = analyze_text(generate_sample_crisis_csv(), "sample-crisis.csv");
    REQUIRE(first);
    const auto second = analyze_text(scored(*first), "sample-crisis-scored.csv");
    REQUIRE(second);
    CHECK(second->import.rows_rejected == 0);
    check_same_comments(first->comments, second->comments);
}
