// language_mix.hpp — dataset-level language: the share of each language among the comments, and the
// fallback for comments without language evidence (emoji-only, a name, "ok"): the dataset's main language.
#pragma once
#include "core/lang/language.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace sv {

struct LanguageMix {
    std::array<size_t, static_cast<size_t>(Lang::count)> counts{}; // comments per language (after fallback)
    size_t total = 0;                                              // all comments
    Lang main = Lang::unknown;                                     // the most frequent known language
    double share(Lang l) const {
        return total ? static_cast<double>(counts[static_cast<size_t>(l)]) / static_cast<double>(total) : 0.0;
    }
};

// Sets every Lang::unknown entry to the most frequent detected language (when there is one) and returns
// the mix after that.
LanguageMix settle_languages(std::vector<Lang>& languages);

} // namespace sv
