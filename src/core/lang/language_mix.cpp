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

uint16_t close_languages(const float* evidence, size_t count, float margin) {
    float best = 0.f;
    for (size_t i = 0; i < count; ++i) best = evidence[i] > best ? evidence[i] : best;
    uint16_t mask = 0;
    if (best <= 0.f) return 0;
    for (size_t i = 0; i < count && i < 16; ++i)
        if (evidence[i] > 0.f && evidence[i] >= best - margin) mask = static_cast<uint16_t>(mask | (1u << i));
    return mask;
}

LanguageMix settle_languages(std::vector<Lang>& languages, const std::vector<uint16_t>& close,
                             std::vector<uint32_t>* changed) {
    std::vector<Lang> probe = languages;
    const LanguageMix first = settle_languages(probe);
    if (first.main == Lang::unknown) return first;
    const int main_bit = static_cast<int>(first.main) - static_cast<int>(Lang::en);
    for (size_t i = 0; i < languages.size(); ++i) {
        const bool unknown = languages[i] == Lang::unknown;
        const bool close_call = i < close.size() && main_bit >= 0 && (close[i] >> main_bit & 1u) &&
                                languages[i] != first.main && languages[i] != Lang::other;
        if (unknown || close_call) {
            languages[i] = first.main;
            if (changed) changed->push_back(static_cast<uint32_t>(i));
        }
    }
    return settle_languages(languages);
}

} // namespace sv
