// count.hpp — counts as exports write them: 12, "12", 1,234, 1.2K, "3,4 tn" (Swedish tusen), 1,2 Mio,
// 2M, "1.5 mn" — to an integer; a list of reactions with counts ("👍 (3),❤ (1)", DiscordChatExporter CSV)
// to their sum.
#pragma once
#include <cstdint>
#include <string_view>

namespace sv {

// Returns the count, or -1 when `s` is empty or not a count.
int64_t parse_count(std::string_view s);

} // namespace sv
