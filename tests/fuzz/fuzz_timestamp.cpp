// libFuzzer target: absolute and relative timestamp parsing and counts.
#include "core/text/count.hpp"
#include "core/time/relative_time.hpp"
#include "core/time/timestamp.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto order : {sv::DateOrder::unknown, sv::DateOrder::day_first, sv::DateOrder::month_first}) {
        sv::TimestampOptions o;
        o.order = order;
        const sv::ParsedTime p = sv::parse_timestamp(text, o);
        if (p.ok && p.seconds != sv::kNoTime) (void)sv::format_iso8601_utc(p.seconds);
    }
    const sv::ParsedTime r = sv::parse_relative_time(text, 1767225600);
    if (r.ok && r.precision != sv::TimePrecision::relative) __builtin_trap();
    (void)sv::parse_count(text);
    return 0;
}
