// libFuzzer target: the CSV path of the importer (decoding, sniffing, reader, header mapping, sink).
#include "core/import/csv_reader.hpp"
#include "core/import/import.hpp"
#include "core/pipeline/analysis.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The reader alone, over every delimiter.
    for (const char delim : {',', ';', '\t', '|'}) {
        std::vector<char> buf(data, data + size);
        sv::CsvReader reader(buf.data(), buf.size(), delim);
        std::vector<std::string_view> fields;
        size_t guard = 0;
        while (reader.next(fields) == sv::CsvReader::Status::record && ++guard < 1000000) {
            for (const auto f : fields)
                if (f.data() < buf.data() || f.data() + f.size() > buf.data() + buf.size()) __builtin_trap();
        }
    }
    // The whole import, forced to CSV, in small slices.
    sv::Analysis a;
    sv::ImportOptions o;
    o.format = "generic_csv";
    o.reference_time = 1767225600;
    auto job = sv::make_import_job(a, std::vector<char>(data, data + size), o);
    while (job->step(0.0) == sv::StepResult::more) {}
    if (a.import.rows_read != a.import.rows_accepted + a.import.rows_rejected) __builtin_trap();
    return 0;
}
