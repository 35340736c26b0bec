// html_text.hpp — HTML and character entities to plain text, and whitespace normalisation.
#pragma once
#include "core/text/byte_scan.hpp"

#include <string>
#include <string_view>

namespace sv {

// Decodes character entities (&amp; &lt; &gt; &quot; &apos; &#39; &#x1F600; &nbsp; and common named
// ones) once. With `strip_tags`, also removes tags: <br> and </p><p> become newlines, other tags vanish
// (their text stays). Writes to `out` and returns true when anything changed.
bool decode_html(std::string_view in, bool strip_tags, std::string& out);

// True when `s` may hold an entity or a tag worth decoding (a cheap pre-check for hot loops).
inline bool may_need_html_decoding(std::string_view s, bool tags) {
    return contains_either(s, '&', tags ? '<' : '&');
}

// Trims leading/trailing whitespace, turns CRLF and CR into LF, and NUL into a space.
// Returns the trimmed view when nothing else changes; otherwise writes into `scratch`.
std::string_view normalise_whitespace(std::string_view in, std::string& scratch);

} // namespace sv
