// language.hpp — the languages Stormvakt tells apart, as a compact code stored per comment.
#pragma once
#include <cstdint>
#include <string_view>

namespace sv {

enum class Lang : uint8_t {
    unknown = 0, // not detected (empty text, only punctuation)
    en,
    sv,
    de,
    da,
    no,
    nl,
    fr,
    es,
    fi,
    other, // a language outside the list above
    count
};

// ISO 639-1 code ("en", "sv", ...); "und" for unknown, "other" for other.
std::string_view lang_code(Lang l);
// Inverse of lang_code, also accepting "nb"/"nn" for Norwegian and region tags ("en-GB"); unknown if
// unrecognised.
Lang lang_from_code(std::string_view code);

} // namespace sv
