// brief_text.hpp — the fixed words of the crisis brief (headings, labels) in English, Swedish and German.
#pragma once
#include "core/lang/language.hpp"

#include <string_view>

namespace sv {

// The text for `key` in `lang` (en, sv, de; anything else: en). Unknown keys return the key itself, and
// the tests check that every key used by the brief exists in all three languages.
std::string_view brief_text(std::string_view key, Lang lang);
bool brief_text_exists(std::string_view key);

} // namespace sv
