// Reply trees: structural virality exact on stars, paths, balanced trees and against brute force on random
// trees; per-tree figures, tops, cycles, layouts.
#include "core/analytics/cascades.hpp"
#include "test_analytics_sim.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sv;

namespace {

// Mean pairwise distance by a breadth-first search from every node: O(n^2).
double brute_force_virality(const std::vector<int32_t>& parent) {
    const size_t n = parent.size();
    std::vector<std::vector<size_t>> adj(n);
    for (size_t i = 0; i < n; ++i)
        if (parent[i] >= 0) {
            adj[i].push_back(static_cast<size_t>(parent[i]));
            adj[static_cast<size_t>(parent[i])].push_back(i);
        }
    double total = 0;
    for (size_t s = 0; s < n; ++s) {
        std::vector<int> dist(n, -1);
        std::vector<size_t> queue = {s};
        dist[s] = 0;
        for (size_t k = 0; k < queue.size(); ++k)
            for (size_t w : adj[queue[k]])
                if (dist[w] < 0) {
                    dist[w] = dist[queue[k]] + 1;
                    queue.push_back(w);
                }
        for (int d : dist) total += d;
    }
    return total / (static_cast<double>(n) * static_cast<double>(n - 1));
}

} // namespace

TEST_CASE("structural virality of stars, paths and balanced trees", "[analytics][cascade]") {
    for (int n : {2, 5, 100}) {
        std::vector<int32_t> star(static_cast<size_t>(n), 0), path(static_cast<size_t>(n));
        star[0] = -1;
        for (int i = 0; i < n; ++i) path[static_cast<size_t>(i)] = i - 1;
        // Star: n-1 pairs at distance 1 (with the centre), the rest at 2.
        const double pairs = n * (n - 1) / 2.0;
        CHECK(structural_virality(star) == Approx(((n - 1) * 1.0 + (pairs - (n - 1)) * 2.0) / pairs));
        // Path: mean distance (n + 1) / 3.
        CHECK(structural_virality(path) == Approx((n + 1) / 3.0));
    }
    // Complete binary tree of depth 2 (7 nodes): distances summed by hand = 48 over 21 pairs.
    const std::vector<int32_t> binary = {-1, 0, 0, 1, 1, 2, 2};
    CHECK(structural_virality(binary) == Approx(48.0 / 21.0));
    CHECK(structural_virality({-1}) == 0.0);
}

TEST_CASE("structural virality equals brute force on random trees", "[analytics][cascade]") {
    svtest::Rng rng(17);
    for (int trial = 0; trial < 40; ++trial) {
        const size_t n = 2 + rng.below(300);
        std::vector<int32_t> parent(n);
        parent[0] = -1;
        for (size_t i = 1; i < n; ++i) // attach to a random earlier node, preferring recent ones sometimes
            parent[i] = static_cast<int32_t>(trial % 2 ? rng.below(static_cast<uint32_t>(i))
                                                       : i - 1 - rng.below(std::min<uint32_t>(3, i)));
        CHECK(structural_virality(parent) == Approx(brute_force_virality(parent)).epsilon(1e-9));
    }
}

namespace {
CommentStore forest(const std::vector<int32_t>& parent) {
    CommentStore c;
    for (size_t i = 0; i < parent.size(); ++i) {
        const size_t r = c.append_row();
        c.parent[r] = parent[i];
        c.author[r] = c.add_author("someone");
    }
    return c;
}
} // namespace

TEST_CASE("cascade figures, tops, descendants and cycles", "[analytics][cascade]") {
    // Tree A: 0 <- 1, 2; 1 <- 3, 4; 3 <- 5  (size 6, depth 3, breadth 2)
    // Tree B: 6 <- 7, 8, 9                   (a star of 4)
    // 10: alone. 11 <-> 12: a cycle (bad data).
    const std::vector<int32_t> parent = {-1, 0, 0, 1, 1, 3, -1, 6, 6, 6, -1, 12, 11};
    CommentStore c = forest(parent);
    SentimentColumns s;
    s.compound = {0.1f, -0.5f, 0.2f, 0, 0, 0, -0.4f, -0.3f, -0.9f, 0.0f, 0, 0, 0};
    CascadeStats st;
    compute_cascades(c, s, st);
    CHECK(st.count == 2);
    CHECK(st.unreachable == 2);
    CHECK(st.replies_in_trees == 8);
    CHECK(st.largest_size == 6);
    CHECK(st.max_depth == 3);
    REQUIRE(st.largest.size() == 2);
    CHECK(st.largest[0].root == 0);
    CHECK(st.largest[0].size == 6);
    CHECK(st.largest[0].depth == 3);
    CHECK(st.largest[0].max_breadth == 2);
    CHECK(st.largest[1].root == 6);
    CHECK(st.largest[1].max_breadth == 3);
    CHECK(st.largest[1].structural_virality == Approx(1.5)); // star of 4: (3*1 + 3*2) / 6
    REQUIRE(st.most_negative.size() == 2);
    CHECK(st.most_negative[0].root == 6);
    CHECK(st.most_negative[0].negative == 3);
    CHECK(st.descendants[0] == 5);
    CHECK(st.descendants[1] == 3);
    CHECK(st.descendants[3] == 1);
    CHECK(st.descendants[10] == 0);
    CHECK(st.mean_structural_virality == Approx((brute_force_virality({-1, 0, 0, 1, 1, 3}) + 1.5) / 2));

    // Without sentiment there is no "most negative".
    compute_cascades(c, SentimentColumns{}, st);
    CHECK(st.most_negative.empty());
}

TEST_CASE("cascade layout: preorder, depth, leaf order", "[analytics][cascade]") {
    const std::vector<int32_t> parent = {-1, 0, 0, 1, 1, 3};
    const ReplyIndex r = build_reply_index(parent);
    const CascadeLayout l = layout_cascade(r, 0);
    CHECK(l.row == std::vector<int32_t>{0, 1, 3, 5, 4, 2});
    CHECK(l.parent == std::vector<int32_t>{-1, 0, 1, 2, 1, 0});
    CHECK(l.depth == std::vector<uint32_t>{0, 1, 2, 3, 2, 1});
    // Leaves 5, 4, 2 get 0, 1, 2; node 3 sits over 5 (0), node 1 between 3 and 4 (0.5), the root at 1.25.
    CHECK(l.order == std::vector<float>{1.25f, 0.5f, 0.0f, 0.0f, 1.0f, 2.0f});
}

TEST_CASE("a deep reply chain does not recurse", "[analytics][cascade]") {
    std::vector<int32_t> parent(200000);
    for (size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<int32_t>(i) - 1;
    CommentStore c = forest(parent);
    CascadeStats st;
    compute_cascades(c, SentimentColumns{}, st);
    CHECK(st.max_depth == 199999);
    CHECK(st.largest_size == 200000);
    CHECK(st.largest[0].structural_virality == Approx(200001.0 / 3.0));
    CHECK(st.layouts[0].row.empty()); // larger than the layout cap
}
