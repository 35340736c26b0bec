// time_window.hpp — a time range [from, to) that restricts the analytics to the comments written in it (the
// range a user brushes in the app's timeline). Comments without a time are never inside a window.
#pragma once
#include "core/store/comment_store.hpp"

#include <cstdint>
#include <limits>

namespace sv {

struct TimeWindow {
    int64_t from = std::numeric_limits<int64_t>::min() + 1; // first second inside (UTC seconds)
    int64_t to = std::numeric_limits<int64_t>::max();       // first second after the window
    bool contains(int64_t t) const { return t != kNoTime && t >= from && t < to; }
    bool empty() const { return from >= to; }
};

} // namespace sv
