// test_import_helpers.hpp — run the import job on bytes or on a fixture file (tests only).
#pragma once
#include "core/import/import.hpp"
#include "core/pipeline/analysis.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace sv::test {

struct Imported {
    std::unique_ptr<Analysis> a = std::make_unique<Analysis>();
    bool ok = false;
    Error error;
};

inline Imported import_bytes(std::string bytes, ImportOptions options = {}, double budget_ms = 1e9) {
    Imported r;
    if (options.reference_time == 0) options.reference_time = 1767225600; // 2026-01-01T00:00:00Z
    r.a->source_bytes = bytes.size();
    auto job = make_import_job(*r.a, std::vector<char>(bytes.begin(), bytes.end()), options);
    for (;;) {
        const StepResult s = job->step(budget_ms);
        if (s == StepResult::more) continue;
        r.ok = s == StepResult::done;
        if (!r.ok) r.error = job->error();
        break;
    }
    return r;
}

inline std::string fixture(const std::string& name) {
    const std::string path = std::string(SV_FIXTURES_DIR) + "/import/" + name;
    std::string out;
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
        std::fclose(f);
    }
    return out;
}

inline Imported import_fixture(const std::string& name, ImportOptions options = {}) {
    return import_bytes(fixture(name), std::move(options));
}

} // namespace sv::test
