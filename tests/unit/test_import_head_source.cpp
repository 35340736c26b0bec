// HeadKeepingSource (core/import): hands the bytes through unchanged, in the inner source's chunks, and keeps
// the first `limit` of them (the column-mapping preview's bytes).
#include "core/import/head_keeping_source.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sv;

TEST_CASE("HeadKeepingSource passes every byte through and keeps the head", "[import][head]") {
    std::string text;
    for (int i = 0; text.size() < 10000; ++i) text += "row " + std::to_string(i) + ",text\n";
    for (const size_t limit : {size_t(0), size_t(1), size_t(4096), size_t(7777), size_t(1) << 20}) {
        INFO("limit " << limit);
        auto head = std::make_shared<std::vector<char>>();
        HeadKeepingSource src(
            std::make_unique<MemorySource>(std::vector<char>(text.begin(), text.end()), 1000), limit, head);
        CHECK(src.size() == text.size());
        std::vector<char> out;
        ReadStatus st;
        while ((st = src.read(out, 333)) == ReadStatus::data) CHECK(src.consumed() == out.size());
        CHECK(st == ReadStatus::end);
        CHECK(std::string(out.begin(), out.end()) == text);
        CHECK(std::string(head->begin(), head->end()) == text.substr(0, std::min(limit, text.size())));
    }
}
