// test_import_chunks.cpp — reading a file chunk by chunk (issue 9) gives exactly the import of the whole
// file: the decoder with sequences and UTF-16 units cut by chunk ends, the CSV reader with records, CRLF
// and doubled quotes cut by window ends, on our fixtures and on constructed edge cases.
#include "core/import/byte_source.hpp"
#include "core/import/import.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/report/analyze_report.hpp"
#include "core/text/encoding.hpp"
#include "test_import_helpers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace sv;
using sv::test::fixture;

namespace {

// Decodes `in` with the given probe, fed in chunks of `chunk` bytes (0 = whole).
std::string decode_chunked(const std::string& in, size_t probe, size_t chunk) {
    StreamDecoder d(probe);
    std::vector<char> out;
    if (chunk == 0) {
        d.feed(in.data(), in.size(), true, out);
    } else {
        for (size_t i = 0; i < in.size(); i += chunk)
            d.feed(in.data() + i, std::min(chunk, in.size() - i), false, out);
        d.feed(nullptr, 0, true, out);
    }
    const DecodedText& r = d.result();
    std::string s = r.encoding;
    s.append("|").append(std::to_string(r.replaced)).append("|").append(std::to_string(r.first_bad));
    s.append("|").append(out.begin(), out.end());
    return s;
}

// Everything the import produced that a reader of the case sees: the import report and every column.
std::string describe(const Analysis& a) {
    Json j = Json::object();
    append_import_report(a, j);
    std::string s = j.dump();
    const CommentStore& c = a.comments;
    auto put = [&s](std::string_view v) {
        s.append(v);
        s.push_back('|');
    };
    for (size_t r = 0; r < c.size(); ++r) {
        s.push_back('\n');
        put(c.id_of(r));
        put(c.str(c.parent_id[r]));
        put(std::to_string(c.parent[r]));
        put(c.author_of(r));
        put(std::to_string(c.created_at[r]));
        put(std::to_string(static_cast<int>(c.precision[r])));
        put(c.text_of(r));
        put(std::to_string(c.likes[r]));
        put(std::to_string(c.shares[r]));
        for (const ExtraColumn& e : c.extras) {
            put(e.name);
            put(c.str(e.cell[r]));
        }
    }
    return s;
}

std::string import_chunked(const std::string& bytes, size_t chunk, ImportOptions options = {}) {
    Analysis a;
    if (options.reference_time == 0) options.reference_time = 1767225600;
    a.source_bytes = bytes.size();
    std::unique_ptr<ByteSource> src =
        chunk ? std::make_unique<MemorySource>(std::vector<char>(bytes.begin(), bytes.end()), chunk)
              : std::make_unique<MemorySource>(std::vector<char>(bytes.begin(), bytes.end()));
    auto job = make_import_job(a, std::move(src), options, chunk);
    const StepResult r = run_to_end(*job);
    if (r != StepResult::done) return "failed: " + job->error().kind + ": " + job->error().message;
    return describe(a);
}

void check_all_chunkings(const std::string& bytes, const std::string& what) {
    const std::string whole = import_chunked(bytes, 0);
    INFO(what);
    for (size_t chunk = 1; chunk <= 64; ++chunk) {
        INFO("chunk " << chunk);
        REQUIRE(import_chunked(bytes, chunk) == whole);
    }
    for (const size_t chunk : {size_t(1000), size_t(4093), size_t(65536 + 7), size_t(1) << 20}) {
        INFO("chunk " << chunk);
        REQUIRE(import_chunked(bytes, chunk) == whole);
    }
}

} // namespace

TEST_CASE("the stream decoder gives the same text for every chunking", "[import][chunk][encoding]") {
    const std::vector<std::pair<const char*, std::string>> inputs = {
        {"utf-8 with multi-byte characters", "id,text\n1,\xC3\xA4pple \xF0\x9F\x98\x80 \xE2\x82\xAC\n2,ok\n"},
        {"utf-8 with a BOM", "\xEF\xBB\xBFid,text\n1,Gr\xC3\xB6\xC3\x9F"
                             "e\n"},
        {"invalid utf-8 among valid", "id,text\n1,\xC3\xA4 bad \xFF\xFE here \xE2\x82 cut\n2,\xE2\x82\xAC\n"},
        {"windows-1252", "id,text\n1,Gr\xF6\xDF"
                         "e \x80 5 and more ascii after it\n"},
        {"utf-16le with a BOM and a surrogate pair", std::string("\xFF\xFEi\0d\0,\0t\0\n\0"
                                                                 "1\0,\0\x3D\xD8\x00\xDE\xE4\0\n\0",
                                                                 24)},
        {"utf-16be with a BOM", std::string("\xFE\xFF\0i\0d\0\n\0\xE4\xD8\x3D\xDE\x00", 14)},
        {"a lone high surrogate at the end", std::string("\xFF\xFEx\0\x3D\xD8", 6)},
        {"a truncated sequence at the end", "abc\xE2\x82"},
    };
    for (const auto& [what, in] : inputs) {
        INFO(what);
        for (const size_t probe : {size_t(4), size_t(16), StreamDecoder::kProbe}) {
            const std::string whole = decode_chunked(in, probe, 0);
            for (size_t chunk = 1; chunk <= 64; ++chunk) {
                INFO("probe " << probe << " chunk " << chunk);
                REQUIRE(decode_chunked(in, probe, chunk) == whole);
            }
        }
    }
    // The rule itself: the first non-ASCII sequence decides after a pure-ASCII probe.
    CHECK(decode_chunked(std::string(40, 'a') + "\xE4", 16, 3).rfind("windows-1252|0|0|", 0) == 0);
    CHECK(decode_chunked(std::string(40, 'a') + "\xC3\xA4\xFF", 16, 3).rfind("utf-8|1|42|", 0) == 0);
    CHECK(decode_chunked("\xEF\xBB\xBFx\xE4", 16, 1) == "utf-8-bom|1|1|x\xEF\xBF\xBD");
}

TEST_CASE("chunked import equals whole import on every CSV fixture", "[import][chunk][csv]") {
    namespace fs = std::filesystem;
    int files = 0;
    for (const auto& e : fs::directory_iterator(std::string(SV_FIXTURES_DIR) + "/import")) {
        const std::string name = e.path().filename().string();
        const std::string ext = e.path().extension().string();
        if (ext != ".csv" && ext != ".txt" && ext != ".tsv") continue;
        check_all_chunkings(fixture(name), name);
        ++files;
    }
    CHECK(files >= 5);
}

TEST_CASE("chunked import: records, CRLF, quotes and characters cut by chunk ends", "[import][chunk][csv]") {
    // Quoted fields with line breaks, doubled quotes, a stray quote, CRLF and CR line ends, a ragged row,
    // blank lines, multi-byte characters and a final record without a line end.
    check_all_chunkings("id,parent,author,created_at,text,likes\r\n"
                        "1,,anna,2024-05-01T10:00:00Z,\"hej, \"\"v\xC3\xA4rlden\"\"\r\nrad tv\xC3\xA5\",3\r\n"
                        "2,1,bo,2024-05-01T10:01:00Z,\"a\"b stray,1\r\n\r\n"
                        "3,1,anna,2024-05-01T10:02:00Z,emoji \xF0\x9F\x94\xA5 here,0\r"
                        "4,,c\xC3\xA9line,03/04/2024,plain,2\n"
                        "5,,dora,2024-05-01,ragged\n"
                        "6,5,eve,2024-05-01T10:05:00Z,\"\"\"\",7",
                        "edge cases");
    check_all_chunkings("\xEF\xBB\xBFid;text\n1;\"a;b\"\n2;\xE2\x82\xAC\n", "a BOM and semicolons");
    check_all_chunkings(std::string("\xFF\xFEi\0d\0,\0t\0e\0x\0t\0\n\0"
                                    "1\0,\0\xE4\0\n\0"
                                    "2\0,\0b\0\n\0",
                                    34),
                        "UTF-16LE");
    check_all_chunkings("id,text\n1,\"never closed\n2,more\n", "an unterminated quote");
}

TEST_CASE("chunked import equals whole import beyond the decoder's probe", "[import][chunk][csv]") {
    // More than StreamDecoder::kProbe bytes, so raw chunks are decoded after the encoding is decided.
    std::string csv = "id,parent,author,created_at,text\n";
    for (int i = 0; csv.size() < StreamDecoder::kProbe + 300000; ++i)
        csv += std::to_string(i) + "," + (i % 3 ? std::to_string(i / 3) : "") + ",u" +
               std::to_string(i % 101) +
               ",2024-05-01T10:00:00Z,\"r\xC3\xA4"
               "d " +
               std::to_string(i) + ", \"\"q\"\"\n\xF0\x9F\x98\x80\"\n";
    const std::string whole = import_chunked(csv, 0);
    for (const size_t chunk : {size_t(4093), size_t(65536 + 7), size_t(1) << 20, size_t(3) << 20}) {
        INFO("chunk " << chunk);
        REQUIRE(import_chunked(csv, chunk) == whole);
    }
    CHECK(whole.find("\"rows_rejected\":0") != std::string::npos);
}

TEST_CASE("the order of ambiguous numeric dates can be forced", "[import][csv]") {
    const std::string csv = "id,text,date\n1,a,03/04/2025\n2,b,13/04/2025\n3,c,05/06/2025\n";
    auto from_column = sv::test::import_bytes(csv); // 13/04 only fits day-first
    REQUIRE(from_column.ok);
    CHECK(from_column.a->comments.created_at[0] == 1743638400); // 2025-04-03
    CHECK(from_column.a->import.date_order_forced.empty());

    ImportOptions mdy;
    mdy.date_order = DateOrder::month_first;
    auto forced = sv::test::import_bytes(csv, mdy);
    REQUIRE(forced.ok);
    CHECK(forced.a->comments.created_at[0] == 1741046400); // 2025-03-04
    CHECK(forced.a->comments.created_at[1] == 1744502400); // 2025-04-13: only fits day-first, kept
    CHECK(forced.a->import.date_order_forced == "mdy");
    bool warned = false;
    for (const std::string& w : forced.a->import.warnings)
        warned |= w.find("forced by the user") != std::string::npos;
    CHECK(warned);

    ImportOptions in_mapping;
    in_mapping.mapping = {"date_order=mdy"};
    auto mapped = sv::test::import_bytes(csv, in_mapping);
    REQUIRE(mapped.ok);
    CHECK(mapped.a->comments.created_at[2] == 1746489600); // 2025-05-06
    CHECK(mapped.a->import.date_order_forced == "mdy");

    in_mapping.mapping = {"date_order=ymd"};
    auto bad = sv::test::import_bytes(csv, in_mapping);
    CHECK_FALSE(bad.ok);
    CHECK(bad.error.kind == "bad_mapping");
}

TEST_CASE("chunked import equals whole import on random CSV-like bytes", "[import][chunk][csv]") {
    // Bytes drawn from what makes CSV hard: quotes, delimiters, CR, LF, multi-byte and invalid UTF-8,
    // a BOM at the start now and then. Fixed seed: the same cases every run.
    static const char* const kPieces[] = {"\"",       "\"\"", ",",        ";",
                                          "\r",       "\n",   "\r\n",     "a",
                                          "bc",       " ",    "\xC3\xA4", "\xF0\x9F\x98\x80",
                                          "\xE2\x82", "\xFF", "&amp;",    "2024-05-01"};
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state]() {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
    };
    for (int c = 0; c < 150; ++c) {
        std::string bytes = next() % 5 == 0 ? "\xEF\xBB\xBF" : "";
        bytes += "id,text,created_at\n";
        const int pieces = static_cast<int>(next() % 120);
        for (int i = 0; i < pieces; ++i) bytes += kPieces[next() % (sizeof kPieces / sizeof *kPieces)];
        const std::string whole = import_chunked(bytes, 0);
        for (const size_t chunk : {size_t(1), size_t(2), size_t(3), size_t(7), size_t(13), size_t(64)}) {
            INFO("case " << c << " chunk " << chunk);
            REQUIRE(import_chunked(bytes, chunk) == whole);
        }
    }
}
