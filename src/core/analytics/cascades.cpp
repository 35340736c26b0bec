// cascades.cpp — reply trees: sizes, depth, breadth, structural virality, tops and layouts (rules in
// cascades.hpp). Every pass is O(n) over compressed child lists; no recursion (trees can be deep).
#include "core/analytics/cascades.hpp"

#include "core/base/sliced.hpp"

#include <algorithm>
#include <cstddef>

namespace sv {

ReplyIndex build_reply_index(const std::vector<int32_t>& parent) {
    const size_t n = parent.size();
    ReplyIndex r;
    r.offset.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const int32_t p = parent[i];
        if (p >= 0 && static_cast<size_t>(p) < n && static_cast<size_t>(p) != i) ++r.offset[p + 1];
    }
    for (size_t i = 0; i < n; ++i) r.offset[i + 1] += r.offset[i];
    r.child.resize(r.offset[n]);
    std::vector<uint32_t> fill(r.offset.begin(), r.offset.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        const int32_t p = parent[i];
        if (p >= 0 && static_cast<size_t>(p) < n && static_cast<size_t>(p) != i)
            r.child[fill[p]++] = static_cast<uint32_t>(i);
    }
    return r;
}

namespace {

bool is_root(const std::vector<int32_t>& parent, size_t i) {
    const int32_t p = parent[i];
    return p < 0 || static_cast<size_t>(p) >= parent.size() || static_cast<size_t>(p) == i;
}

// Breadth-first order of the tree under root appended to `order` (depth of each node set).
void bfs(const ReplyIndex& r, uint32_t root, std::vector<uint32_t>& order, std::vector<uint32_t>& depth) {
    const size_t start = order.size();
    order.push_back(root);
    depth[root] = 0;
    for (size_t k = start; k < order.size(); ++k) {
        const uint32_t v = order[k];
        for (uint32_t e = r.offset[v]; e < r.offset[v + 1]; ++e) {
            const uint32_t w = r.child[e];
            depth[w] = depth[v] + 1;
            order.push_back(w);
        }
    }
}

} // namespace

double structural_virality(const std::vector<int32_t>& parent) {
    const size_t n = parent.size();
    if (n < 2) return 0.0;
    const ReplyIndex r = build_reply_index(parent);
    size_t root = 0;
    while (root < n && !is_root(parent, root)) ++root;
    if (root == n) return 0.0;
    std::vector<uint32_t> order, depth(n, 0), size(n, 1);
    order.reserve(n);
    bfs(r, static_cast<uint32_t>(root), order, depth);
    double wiener = 0;
    for (size_t k = order.size(); k-- > 1;) {
        const uint32_t v = order[k];
        size[parent[v]] += size[v];
        wiener += static_cast<double>(size[v]) * static_cast<double>(order.size() - size[v]);
    }
    const double m = static_cast<double>(order.size());
    return 2.0 * wiener / (m * (m - 1.0));
}

CascadeBuilder::CascadeBuilder(const CommentStore& c, const SentimentColumns& s, CascadeStats& out)
    : c_(c), s_(s), out_(out) {
    out_ = CascadeStats{};
    sentiment_ = s.present() && s.compound.size() == c.size();
}

bool CascadeBuilder::step(double deadline_ms) {
    const CommentStore& c = c_;
    const SentimentColumns& s = s_;
    CascadeStats& out = out_;
    const size_t n = c.size();
    if (stage_ == 0) {
        r_ = build_reply_index(c.parent);
        depth_.assign(n, 0);
        size_.assign(n, 1);
        order_.reserve(n);
        out.descendants.assign(n, 0);
        stage_ = 1;
        if (clock_ms() >= deadline_ms) return false;
    }
    if (stage_ == 1) {
        const bool done = roots_.run(n, deadline_ms, [&](size_t i) {
            if (!is_root(c.parent, i)) return;
            const size_t start = order_.size();
            bfs(r_, static_cast<uint32_t>(i), order_, depth_);
            const size_t m = order_.size() - start;
            if (m < 2) return;
            Cascade t;
            t.root = static_cast<int32_t>(i);
            t.size = static_cast<uint32_t>(m);
            double wiener = 0, compound = 0;
            uint32_t run = 0, run_depth = 0;
            for (size_t k = start; k < order_.size(); ++k) {
                const uint32_t v = order_[k];
                run = depth_[v] == run_depth ? run + 1 : 1;
                run_depth = depth_[v];
                t.max_breadth = std::max(t.max_breadth, run);
                t.depth = std::max(t.depth, depth_[v]);
                if (sentiment_) {
                    compound += s.compound[v];
                    t.negative += s.compound[v] <= kNegativeThreshold;
                }
            }
            for (size_t k = order_.size(); k-- > start + 1;) {
                const uint32_t v = order_[k];
                size_[c.parent[v]] += size_[v];
                wiener += static_cast<double>(size_[v]) * static_cast<double>(m - size_[v]);
            }
            for (size_t k = start; k < order_.size(); ++k) out.descendants[order_[k]] = size_[order_[k]] - 1;
            t.structural_virality = 2.0 * wiener / (static_cast<double>(m) * static_cast<double>(m - 1));
            t.mean_compound = static_cast<float>(compound / static_cast<double>(m));
            virality_sum_ += t.structural_virality;
            out.replies_in_trees += m - 1;
            out.largest_size = std::max(out.largest_size, t.size);
            out.max_depth = std::max(out.max_depth, t.depth);
            trees_.push_back(t);
        });
        if (!done) return false;
        stage_ = 2;
        order_ = {};
        depth_ = {};
        size_ = {};
    }
    size_t reached = 0;
    for (size_t i = 0; i < n; ++i) reached += is_root(c.parent, i) ? 1 + out.descendants[i] : 0;
    out.unreachable = n - reached;
    out.count = trees_.size();
    out.mean_structural_virality = trees_.empty() ? 0.0 : virality_sum_ / static_cast<double>(trees_.size());

    std::vector<Cascade>& trees = trees_;
    const size_t top = std::min(kCascadeTop, trees.size());
    std::partial_sort(trees.begin(), trees.begin() + static_cast<ptrdiff_t>(top), trees.end(),
                      [](const Cascade& a, const Cascade& b) {
                          return a.size != b.size ? a.size > b.size : a.root < b.root;
                      });
    out.largest.assign(trees.begin(), trees.begin() + static_cast<ptrdiff_t>(top));
    if (sentiment_) {
        std::vector<Cascade> negative;
        for (const Cascade& t : trees)
            if (t.size >= 3 && t.negative > 0) negative.push_back(t);
        const size_t k = std::min(kCascadeTop, negative.size());
        std::partial_sort(negative.begin(), negative.begin() + static_cast<ptrdiff_t>(k), negative.end(),
                          [](const Cascade& a, const Cascade& b) {
                              if (a.negative != b.negative) return a.negative > b.negative;
                              return a.mean_compound < b.mean_compound;
                          });
        out.most_negative.assign(negative.begin(), negative.begin() + static_cast<ptrdiff_t>(k));
    }
    for (const Cascade& t : out.largest)
        out.layouts.push_back(t.size <= kCascadeLayoutMaxNodes ? layout_cascade(r_, t.root)
                                                               : CascadeLayout{});
    trees_ = {};
    r_ = ReplyIndex{};
    return true;
}

void compute_cascades(const CommentStore& c, const SentimentColumns& s, CascadeStats& out) {
    CascadeBuilder builder(c, s, out);
    while (!builder.step(1e300)) {}
}

CascadeLayout layout_cascade(const ReplyIndex& r, int32_t root) {
    CascadeLayout out;
    if (root < 0 || static_cast<size_t>(root) + 1 >= r.offset.size()) return out;
    // Preorder with an explicit stack (children pushed in reverse so they come out in order).
    std::vector<std::pair<uint32_t, int32_t>> stack; // (row, parent node index)
    stack.push_back({static_cast<uint32_t>(root), -1});
    while (!stack.empty()) {
        const auto [v, p] = stack.back();
        stack.pop_back();
        const int32_t node = static_cast<int32_t>(out.row.size());
        out.row.push_back(static_cast<int32_t>(v));
        out.parent.push_back(p);
        out.depth.push_back(p < 0 ? 0 : out.depth[p] + 1);
        for (uint32_t e = r.offset[v + 1]; e-- > r.offset[v];) stack.push_back({r.child[e], node});
    }
    // Leaf order left to right in preorder; inner nodes at the mean of their children (children come after
    // their parent in preorder, so a reverse pass sees every child before its parent).
    const size_t m = out.row.size();
    out.order.assign(m, 0.0f);
    std::vector<float> sum(m, 0.0f);
    std::vector<uint32_t> kids(m, 0);
    float leaf = 0;
    for (size_t k = 0; k < m; ++k) {
        const uint32_t v = static_cast<uint32_t>(out.row[k]);
        if (r.offset[v] == r.offset[v + 1]) out.order[k] = leaf++;
    }
    for (size_t k = m; k-- > 0;) {
        if (kids[k]) out.order[k] = sum[k] / static_cast<float>(kids[k]);
        const int32_t p = out.parent[k];
        if (p >= 0) {
            sum[p] += out.order[k];
            ++kids[p];
        }
    }
    return out;
}

} // namespace sv
