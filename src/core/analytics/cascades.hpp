// cascades.hpp — reply trees (cascades) from CommentStore::parent.
//
// Rules.
// Tree. A comment whose parent is kNoParent (top level, or its parent is not in the file) is a root; every
//   comment reachable from a root through replies belongs to that root's tree. Comments on a parent cycle
//   (bad data: a -> b -> a) reach no root and are counted in `unreachable`, never looped over.
// A cascade is a tree with at least one reply; `count`, the means and the tops are over cascades.
// Per tree: size (comments, root included), depth (longest root-to-leaf path in edges), max breadth (most
//   comments at one depth), structural virality (Goel et al. 2016: the mean shortest-path distance over all
//   pairs of distinct comments, 2 W / (n (n - 1)) with the Wiener index W = sum over non-root nodes v of
//   s(v) (n - s(v)), s(v) = size of v's subtree: O(n) from subtree sizes), mean compound and negative count.
// Tops: the 10 largest (size, then earlier root); the 10 most negative among trees of 3+ comments (most
//   negative comments, then lowest mean compound); empty without sentiment.
// Layout (for the UI): depth-first preorder nodes with parent, depth (y) and order (x): leaves numbered
//   0, 1, 2, ... left to right, an inner node at the mean of its children's order. Laid out for the largest
//   trees only, and only up to 20,000 nodes each (larger ones get an empty layout).
#pragma once
#include "core/analytics/analytics_result.hpp"
#include "core/base/sliced.hpp"
#include "core/sentiment/sentiment_columns.hpp"
#include "core/store/comment_store.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sv {

inline constexpr size_t kCascadeTop = 10;
inline constexpr size_t kCascadeLayoutMaxNodes = 20000;

// Children of every comment in compressed rows: children of r are child[offset[r] .. offset[r + 1]).
struct ReplyIndex {
    std::vector<uint32_t> offset;
    std::vector<uint32_t> child;
};
ReplyIndex build_reply_index(const std::vector<int32_t>& parent);

// Structural virality of one tree given as a parent array (parent[root] = -1, exactly one root, no cycle).
double structural_virality(const std::vector<int32_t>& parent);

void compute_cascades(const CommentStore& c, const SentimentColumns& s, CascadeStats& out);

// compute_cascades in slices, for the analytics job: the reply index, then the trees a chunk of roots at a
// time, then the tops and layouts. `c`, `s` and `out` must outlive the builder.
class CascadeBuilder {
public:
    CascadeBuilder(const CommentStore& c, const SentimentColumns& s, CascadeStats& out);
    bool step(double deadline_ms); // true when done (clock_ms() deadline)

private:
    const CommentStore& c_;
    const SentimentColumns& s_;
    CascadeStats& out_;
    bool sentiment_ = false;
    int stage_ = 0; // 0: index, 1: trees, 2: tops
    ReplyIndex r_;
    std::vector<uint32_t> order_, depth_, size_;
    std::vector<Cascade> trees_;
    double virality_sum_ = 0;
    SlicedLoop roots_;
};

// Layout of the tree under `root` (rule above).
CascadeLayout layout_cascade(const ReplyIndex& replies, int32_t root);

} // namespace sv
