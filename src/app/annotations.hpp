// annotations.hpp — the team's notes on the timeline ("we posted a statement" at 14:05), kept with the case.
//
// A plain struct (no ImGui, no platform) so a case store can save and restore it as it is; the timeline
// draws each note as a marker at its time.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sv::app {

struct Annotation {
    int64_t at = 0;   // UTC seconds the note refers to
    std::string text; // the note as typed ("we posted a statement")
};

struct Annotations {
    std::vector<Annotation> items; // in time order (add() keeps it so)
    uint64_t version = 0;          // bumps on every change (savers and caches key on it)

    void add(int64_t at, std::string text) {
        auto it = items.begin();
        while (it != items.end() && it->at <= at) ++it;
        items.insert(it, Annotation{at, std::move(text)});
        ++version;
    }
    void remove(size_t i) {
        if (i >= items.size()) return;
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
        ++version;
    }
    void clear() {
        items.clear();
        ++version;
    }
};

} // namespace sv::app
