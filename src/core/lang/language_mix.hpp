// language_mix.hpp — dataset-level language: the share of each language among the comments, and the
// fallback for comments without language evidence (emoji-only, a name, "ok"): the dataset's main language.
#pragma once
#include "core/lang/language.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
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

// Languages whose evidence is within `margin` of the best (bit i = lex language i, as in Lexicon), for texts
// whose language is a close call: "Was bedeutet das?" fits German and English about equally.
uint16_t close_languages(const float* evidence, size_t count, float margin = 1.0f);

// As settle_languages, and also gives a close call to the dataset's main language when that language was
// among the close ones (a comment section is mostly one language). `close` is parallel to `languages`.
// Returns the mix; `changed` (optional) receives the rows whose language changed.
LanguageMix settle_languages(std::vector<Lang>& languages, const std::vector<uint16_t>& close,
                             std::vector<uint32_t>* changed);

} // namespace sv
