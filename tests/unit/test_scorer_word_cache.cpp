// The scorer's word cache (scorer_scan.cpp: the lexicon lookup of recent words, keyed by the word's bytes):
// whatever a scorer has seen before, it scores a text exactly as a fresh scorer does. The words are written
// for this test: known words and made-up words that share their first 8 or 16 bytes, at every length around
// the cache's 8- and 16-byte key boundaries, and enough distinct words that slots are overwritten.
#include "core/sentiment/scorer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> cache_test_texts() {
    const std::vector<std::string> known = {
        "good",          "bad",          "terrible",   "wonderful",     "not",       "very",
        "disappointing", "unacceptable", "bra",        "dålig",         "katastrof", "kundtjänstkatastrofen",
        "scheiße",       "enttäuscht",   "ridiculous", "outstandingly", "gooooood",  "hate",
        "love",          "awful"};
    std::vector<std::string> words;
    for (const std::string& k : known) {
        words.push_back(k);
        for (size_t cut = 1; cut < k.size(); ++cut) words.push_back(k.substr(0, cut)); // shorter, same bytes
        for (const char* tail : {"s", "ly", "x", "xxxxxxxx", "xxxxxxxxxxxxxxx"})
            words.emplace_back(k).append(tail);
    }
    for (int i = 0; i < 6000; ++i)
        words.emplace_back("w").append(std::to_string(i * 7919)).append("zq"); // evictions
    std::vector<std::string> texts;
    for (size_t i = 0; i + 3 < words.size(); i += 2) {
        const std::string& a = words[i];
        const std::string& b = words[(i * 31 + 7) % words.size()];
        const std::string& c = words[(i * 17 + 3) % words.size()];
        // (append(), not operator+: g++ 12 warns falsely about restrict on the chained concatenation)
        texts.emplace_back(a).append(" ").append(b).append(" ").append(c).append(i % 3 == 0 ? "!" : "");
        texts.emplace_back("not ").append(a).append(" very ").append(c);
    }
    return texts;
}

bool same(const sv::TextScore& x, const sv::TextScore& y) {
    return x.language == y.language && x.compound == y.compound && x.emotionality == y.emotionality &&
           x.constructive == y.constructive;
}

} // namespace

TEST_CASE("the scorer's word cache never changes a score", "[sentiment][word_cache]") {
    const std::vector<std::string> texts = cache_test_texts();
    REQUIRE(texts.size() > 6000); // more distinct words (6,000 made up) than the cache has slots (4,096)
    sv::SentimentScorer forward, backward;
    std::vector<sv::TextScore> first(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) first[i] = forward.score(texts[i]);
    size_t differ = 0, fresh_differ = 0;
    for (size_t i = texts.size(); i-- > 0;) // the other order: other words in the cache's slots
        if (!same(backward.score(texts[i]), first[i])) ++differ;
    for (size_t i = 0; i < texts.size(); i += 97) { // a fresh scorer: an empty cache
        sv::SentimentScorer fresh;
        if (!same(fresh.score(texts[i]), first[i])) ++fresh_differ;
    }
    CHECK(differ == 0);
    CHECK(fresh_differ == 0);
    // And the cache serves the right word: a known word and its made-up extensions score apart.
    sv::SentimentScorer s;
    CHECK(s.score("this is good").compound > 0.f);
    CHECK(s.score("this is goodxxxxxxxx").compound == 0.f);
    CHECK(s.score("this is good").compound > 0.f);
    CHECK(s.score("terrible terrible").compound < 0.f);
    CHECK(s.score("terriblexxxxxxxxxxxxxxx terriblexxxxxxxxxxxxxxx").compound == 0.f);
}
