#include "core/lang/language_mix.hpp"

namespace sv {

LanguageMix settle_languages(std::vector<Lang>& languages) {
    LanguageMix mix;
    for (Lang l : languages) ++mix.counts[static_cast<size_t>(l)];
    size_t best = 0;
    for (size_t i = static_cast<size_t>(Lang::en); i < static_cast<size_t>(Lang::count); ++i) {
        if (static_cast<Lang>(i) == Lang::other) continue;
        if (mix.counts[i] > best) best = mix.counts[i], mix.main = static_cast<Lang>(i);
    }
    if (mix.main != Lang::unknown) {
        for (Lang& l : languages)
            if (l == Lang::unknown) l = mix.main;
        mix.counts[static_cast<size_t>(mix.main)] += mix.counts[0];
        mix.counts[0] = 0;
    }
    mix.total = languages.size();
    return mix;
}

} // namespace sv
