// stopwords.hpp — stop words per language, from npm stopwords-iso; the tables are generated at build time
// (src/gen/stopwords.cjs) and defined in the generated stopwords_table.cpp.
#pragma once
#include "core/lang/language.hpp"

#include <string_view>

namespace sv {

// True when `word` (lower case, UTF-8) is a stop word of `lang`; false for unknown/other languages.
bool is_stopword(Lang lang, std::string_view word);

} // namespace sv
