// Themes: tokens (stop words from the generated stopwords-iso tables, URLs, mentions, case) and weighted
// log-odds terms of the negative and constructive groups with examples.
#include "core/analytics/stopwords.hpp"
#include "core/analytics/themes.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace sv;

TEST_CASE("stop words come from stopwords-iso per language", "[analytics][themes]") {
    CHECK(is_stopword(Lang::en, "the"));
    CHECK(is_stopword(Lang::sv, "och"));
    CHECK(is_stopword(Lang::de, "nicht"));
    CHECK(is_stopword(Lang::fi, "aika"));
    CHECK_FALSE(is_stopword(Lang::en, "refund"));
    CHECK_FALSE(is_stopword(Lang::sv, "the"));
    CHECK_FALSE(is_stopword(Lang::other, "the"));
}

TEST_CASE("theme tokens: lower case, no stop words, URLs, mentions or numbers", "[analytics][themes]") {
    std::string scratch;
    std::vector<std::string_view> tokens;
    tokenize_for_themes("The Refund policy is a SCAM!! https://x.com/a @ceo 2024 #Boycott ÖVERPRIS", Lang::en,
                        scratch, tokens);
    std::vector<std::string> kept;
    for (auto t : tokens)
        if (!t.empty()) kept.emplace_back(t);
    CHECK(kept == std::vector<std::string>{"refund", "policy", "scam", "boycott", "överpris"});
    // "refund policy" are adjacent (a bigram), "policy" and "scam" are not ("is a" was dropped between them).
    REQUIRE(tokens.size() >= 3);
    CHECK(tokens[0] == "refund");
    CHECK(tokens[1] == "policy");
    CHECK(tokens[2].empty());
}

namespace {
CommentStore store_with(const std::vector<std::string>& texts) {
    CommentStore c;
    for (const auto& t : texts) {
        const size_t r = c.append_row();
        c.text[r] = c.strings.append(t);
    }
    return c;
}
} // namespace

TEST_CASE("negative and constructive themes by weighted log-odds", "[analytics][themes]") {
    svtest::Rng rng(11);
    std::vector<std::string> texts;
    SentimentColumns s;
    const char* neutral_words[] = {"product", "store", "today", "order", "delivery", "price", "customer"};
    for (int i = 0; i < 600; ++i) {
        std::string t = neutral_words[rng.below(7)];
        t += ' ';
        t += neutral_words[rng.below(7)];
        const int kind = i % 3; // 0 negative outrage, 1 negative constructive, 2 positive
        if (kind == 0) t += " hidden fees scandal";
        if (kind == 1) t += " please publish the refund timeline";
        if (kind == 2) t += " lovely staff";
        texts.push_back(t);
        s.compound.push_back(kind == 2 ? 0.6f : -0.5f);
        s.constructive.push_back(kind == 1);
        s.language.push_back(Lang::en);
    }
    const CommentStore c = store_with(texts);
    ThemeSet neg, con;
    compute_themes(c, s, neg, con);
    REQUIRE(neg.available);
    REQUIRE(con.available);
    CHECK(neg.comments_in == 400);
    REQUIRE(!neg.terms.empty());
    auto has = [](const ThemeSet& set, const std::string& term) {
        return std::any_of(set.terms.begin(), set.terms.end(),
                           [&](const ThemeTerm& t) { return t.term == term; });
    };
    CHECK(has(neg, "hidden fees"));
    CHECK(has(neg, "scandal"));
    CHECK_FALSE(has(neg, "lovely"));
    CHECK_FALSE(has(neg, "product")); // spread evenly: not over-represented
    for (const ThemeTerm& t : neg.terms) {
        CHECK(t.z >= 1.96);
        REQUIRE(t.examples.size() == 3);
        for (int32_t row : t.examples) CHECK(s.compound[static_cast<size_t>(row)] <= kNegativeThreshold);
    }
    CHECK(has(con, "refund timeline"));
    CHECK_FALSE(has(con, "scandal"));

    ThemeSet n2, c2;
    compute_themes(c, SentimentColumns{}, n2, c2);
    CHECK_FALSE(n2.available);
    CHECK(n2.reason.find("sentiment") != std::string::npos);
}
