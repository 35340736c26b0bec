// The binary case file: exact round trip, and every kind of damage refused with a message (never a crash).
#include "core/case/case_file.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

using namespace sv;

namespace {

std::unique_ptr<Analysis> sample_analysis(bool with_sentiment) {
    auto a = std::make_unique<Analysis>();
    a->source_name = "kommentarer.csv";
    a->source_bytes = 1234;
    CommentStore& c = a->comments;
    c.platform = Platform::youtube;
    c.extras.push_back({"video_title", {}});
    for (int i = 0; i < 50; ++i) {
        const size_t r = c.append_row();
        c.id[r] = c.strings.append("id" + std::to_string(i));
        if (i % 3) c.parent_id[r] = c.strings.append("id" + std::to_string(i / 3));
        c.author[r] = c.add_author(i % 2 ? "Åsa Öberg" : "Jürgen", i % 2 ? 1200 : -1);
        c.thread[r] = c.threads.intern(i < 25 ? "videoA" : "videoB");
        c.created_at[r] = 1700000000 + i * 60;
        c.precision[r] = TimePrecision::second;
        c.text[r] = c.strings.append("Kommentar nummer " + std::to_string(i) + " 😡 är så dålig");
        c.likes[r] = i;
        c.extras[0].cell[r] = c.strings.append("Produktvideo");
    }
    a->import.replies_linked = c.link_replies();
    a->import.format = "generic_csv";
    a->import.rows_read = 51;
    a->import.rows_accepted = 50;
    Error e = make_error("ragged_row", "row 7 has 3 fields, the header has 8", "check the quoting on line 7");
    e.line = 7;
    a->import.reject(e);
    a->import.warnings.push_back("dates read day-first");
    if (with_sentiment) {
        SentimentColumns& s = a->sentiment;
        for (size_t i = 0; i < c.size(); ++i) {
            s.language.push_back(i % 2 ? Lang::sv : Lang::de);
            s.compound.push_back(-0.5f + 0.02f * static_cast<float>(i));
            s.label.push_back(label_for(s.compound.back()));
            s.emotionality.push_back(0.25f);
            s.constructive.push_back(static_cast<uint8_t>(i % 2));
        }
    }
    return a;
}

} // namespace

TEST_CASE("a case survives a round trip exactly", "[case]") {
    for (const bool with_sentiment : {false, true}) {
        const auto a = sample_analysis(with_sentiment);
        CaseMeta meta;
        meta.name = "Produktstorm";
        meta.saved_at = 1700009999;
        meta.user["mission"] = "Vi gör vardagen enklare";
        const std::string bytes = write_case_to_string(*a, meta);
        auto loaded = read_case(bytes);
        REQUIRE(loaded.ok());
        const Analysis& b = *loaded.value().analysis;
        const CommentStore& x = a->comments;
        const CommentStore& y = b.comments;
        REQUIRE(y.size() == x.size());
        CHECK(loaded.value().meta.name == "Produktstorm");
        CHECK(loaded.value().meta.saved_at == 1700009999);
        CHECK(loaded.value().meta.user["mission"] == "Vi gör vardagen enklare");
        CHECK(b.source_name == "kommentarer.csv");
        CHECK(y.platform == Platform::youtube);
        CHECK(b.import.rows_rejected == 1);
        CHECK(b.import.rejects.at(0).line == 7);
        CHECK(b.import.rejects_by_kind.at("ragged_row") == 1);
        CHECK(b.import.warnings.at(0) == "dates read day-first");
        CHECK(b.import.replies_linked == a->import.replies_linked);
        for (size_t i = 0; i < x.size(); ++i) {
            CHECK(y.id_of(i) == x.id_of(i));
            CHECK(y.text_of(i) == x.text_of(i));
            CHECK(y.author_of(i) == x.author_of(i));
            CHECK(y.followers_of_author(y.author[i]) == x.followers_of_author(x.author[i]));
            CHECK(y.threads.name(y.thread[i]) == x.threads.name(x.thread[i]));
            CHECK(y.parent[i] == x.parent[i]);
            CHECK(y.created_at[i] == x.created_at[i]);
            CHECK(y.likes[i] == x.likes[i]);
            CHECK(y.str(y.extras.at(0).cell[i]) == "Produktvideo");
        }
        CHECK(b.sentiment.present() == with_sentiment);
        if (with_sentiment) {
            CHECK(b.sentiment.compound == a->sentiment.compound);
            CHECK(b.sentiment.language == a->sentiment.language);
            CHECK(b.sentiment.constructive == a->sentiment.constructive);
        }
    }
}

TEST_CASE("damaged case files are refused with a message naming the damage", "[case]") {
    const auto a = sample_analysis(true);
    const std::string good = write_case_to_string(*a, CaseMeta{"Storm", 1, {}});
    REQUIRE(read_case(good).ok());

    SECTION("a flipped byte anywhere is caught") {
        // Every 97th byte: header, table, and each section's payload.
        for (size_t pos = 0; pos < good.size(); pos += 97) {
            std::string bad = good;
            bad[pos] = static_cast<char>(bad[pos] ^ 0x5a);
            auto r = read_case(bad, "case 'Storm'");
            INFO("flipped byte " << pos);
            if (r.ok()) {
                // Only alignment padding between sections is outside every checksum; flipping it is harmless.
                CHECK(r.value().analysis->comments.text_of(3) == a->comments.text_of(3));
                continue;
            }
            CHECK((r.error().kind == "case_damaged" || r.error().kind == "case_version"));
            CHECK(r.error().message.find("case 'Storm'") != std::string::npos);
            CHECK_FALSE(r.error().hint.empty());
        }
    }
    SECTION("a cut-off file") {
        for (size_t len : {size_t(0), size_t(10), size_t(100), good.size() / 2, good.size() - 1}) {
            auto r = read_case(std::string_view(good).substr(0, len));
            INFO("length " << len);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == "case_damaged");
        }
    }
    SECTION("a file from a newer version") {
        std::string newer = good;
        const uint32_t v = kCaseFormatVersion + 1;
        std::memcpy(newer.data() + 8, &v, 4);
        auto r = read_case(newer);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == "case_version");
        CHECK(r.error().message.find("newer Stormvakt") != std::string::npos);
    }
    SECTION("not a case at all") {
        auto r = read_case("id,text\n1,hej\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("not a Stormvakt case file") != std::string::npos);
    }
}

TEST_CASE("an empty case round-trips", "[case]") {
    Analysis empty;
    auto r = read_case(write_case_to_string(empty, CaseMeta{"tom", 0, {}}));
    REQUIRE(r.ok());
    CHECK(r.value().analysis->comments.size() == 0);
}

TEST_CASE("the case writer in slices writes the same bytes as in one go", "[case]") {
    const auto a = sample_analysis(true);
    // Enough text that the checksums and the assembly take several slices of 4 MiB.
    for (int i = 0; i < 40000; ++i) {
        const size_t row = a->comments.append_row();
        a->comments.text[row] = a->comments.strings.append(std::string(200, static_cast<char>('a' + i % 26)));
    }
    CaseMeta meta;
    meta.name = "sliced";
    meta.saved_at = 1700000000;
    a->sentiment = SentimentColumns{}; // columns must match the rows: score nothing
    const std::string whole = write_case_to_string(*a, meta);
    CaseWriteJob job(*a, meta);
    int slices = 0;
    while (job.step(0.0) == StepResult::more) {
        ++slices;
        CHECK(job.progress().done <= job.progress().total);
    }
    CHECK(slices > 2);
    const std::string sliced = job.take();
    CHECK(sliced.size() == whole.size());
    CHECK(sliced == whole);
    auto back = read_case(sliced);
    REQUIRE(back);
    CHECK(back.value().analysis->comments.size() == a->comments.size());
}
