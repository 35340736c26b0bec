// libFuzzer target: JSON splitting, parsing, format detection and every format walker.
#include "core/import/import.hpp"
#include "core/import/json_import.hpp"
#include "core/pipeline/analysis.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto spans = sv::split_json_values(text);
    if (spans)
        for (const auto& s : spans.value())
            if (s.offset + s.size > size) __builtin_trap();
    // Detection (no format given), then the input forced through one walker chosen by the first byte.
    static const std::vector<std::string> names = sv::json_format_names();
    for (int pass = 0; pass < 2; ++pass) {
        sv::Analysis a;
        sv::ImportOptions o;
        o.reference_time = 1767225600;
        if (pass == 1 && size > 0) o.format = names[data[0] % names.size()];
        auto job = sv::make_import_job(a, std::vector<char>(data, data + size), o);
        while (job->step(0.0) == sv::StepResult::more) {}
        if (a.import.rows_read != a.import.rows_accepted + a.import.rows_rejected) __builtin_trap();
    }
    return 0;
}
