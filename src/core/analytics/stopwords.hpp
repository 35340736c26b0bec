// stopwords.hpp — stop words per language, from npm stopwords-iso; the tables are generated at build time
// (src/gen/stopwords.cjs) and defined in the generated stopwords_table.cpp.
#pragma once
#include "core/lang/language.hpp"

#include <cstdint>
#include <string_view>

namespace sv {

// True when `word` (lower case, UTF-8) is a stop word of `lang`; false for unknown/other languages.
bool is_stopword(Lang lang, std::string_view word);

// The languages `word` is a stop word of, as bits 1 << Lang (one hash probe for every language at once).
uint32_t stopword_languages(std::string_view word);

} // namespace sv
