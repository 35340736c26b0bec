// csv_scan.cpp — the reference tokenizer of shell/bench: the "speed of reading the bytes at all" limit.
//
//   csv_scan FILE      prints {"bytes", "rows", "fields", "read_ms", "scan_ms"} as one JSON line
//
// A minimal quote-aware CSV scan (RFC 4180: ',' separates fields, '"' opens and closes quoted fields, '""'
// inside quotes is a quote, line breaks inside quotes belong to the field). It only counts rows and fields:
// no decoding, no unquoting, no storing. Stormvakt's import does all of that and more, so its MB/s as a
// fraction of this scan's says how close the import comes to the cost of touching every byte once.
// Built natively and with em++ (for node) by shell/bench; not part of the product.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

struct Counts {
    std::uint64_t rows = 0;   // records (a final record without a line break counts)
    std::uint64_t fields = 0; // fields over all records
};

// One pass, one state bit: inside quotes or not. A '"' toggles it ('""' toggles twice, which is right).
Counts scan(const unsigned char* p, std::size_t n) {
    Counts c;
    bool quoted = false;
    bool pending = false; // bytes seen since the last record end
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char ch = p[i];
        if (ch == '"') {
            quoted = !quoted;
            pending = true;
        } else if (quoted) {
            continue;
        } else if (ch == ',') {
            ++c.fields;
            pending = true;
        } else if (ch == '\n') {
            ++c.fields;
            ++c.rows;
            pending = false;
        } else if (ch != '\r') {
            pending = true;
        }
    }
    if (pending) {
        ++c.fields;
        ++c.rows;
    }
    return c;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: csv_scan FILE\n");
        return 2;
    }
    const double t0 = now_ms();
    std::FILE* f = std::fopen(argv[1], "rb");
    if (!f) {
        std::fprintf(stderr, "csv_scan: cannot open '%s'\n", argv[1]);
        return 1;
    }
    std::vector<unsigned char> bytes;
    unsigned char buf[1 << 16];
    for (std::size_t got; (got = std::fread(buf, 1, sizeof buf, f)) > 0;)
        bytes.insert(bytes.end(), buf, buf + got);
    std::fclose(f);
    const double t1 = now_ms();
    const Counts c = scan(bytes.data(), bytes.size());
    const double t2 = now_ms();
    std::printf("{\"bytes\": %zu, \"rows\": %llu, \"fields\": %llu, \"read_ms\": %.3f, \"scan_ms\": %.3f}\n",
                bytes.size(), static_cast<unsigned long long>(c.rows),
                static_cast<unsigned long long>(c.fields), t1 - t0, t2 - t1);
    return 0;
}
