// import_cpu.cpp — the import alone, timed as CPU time (user + sys), for a loaded shared machine where
// wall time says little: shell/bench prints it beside the wall-clock stages.
//
//   sv_import_cpu FILE [--runs N]   prints one JSON line:
//   {"bytes", "comments", "runs", "cpu_ms_min", "cpu_ms_median", "wall_ms_median", "read_ms_median",
//    "mb_per_cpu_s", "peak_rss_bytes"}
// The file is read chunk by chunk by the import (FileSource), as `stormvakt analyze` does; read_ms is the
// wall time inside the reads (page cache copies), included in cpu_ms.
//
//   sv_import_cpu FILE --memory     where the memory goes (README "Performance"), one JSON line:
//   {"bytes", "comments", "memory_after": {"import", "score", "analyze"} (the process's memory after each
//    phase: RSS natively, the WebAssembly memory size as WASM, which only grows), "store": {"columns",
//    "arena", "arena_capacity", "authors", "threads", "extras"}, "scores"} (bytes held by each part)
#include "core/import/byte_source.hpp"
#include "core/import/import.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/analyze_job.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

double cpu_ms() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// The process's memory now: the WebAssembly memory (it only grows) or the resident set.
long long memory_now() {
#if defined(__EMSCRIPTEN__)
    return static_cast<long long>(__builtin_wasm_memory_size(0)) * 65536;
#else
    long long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%lld %lld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return resident * 4096;
#endif
}

int memory_breakdown(const char* path) {
    auto source = sv::FileSource::open(path);
    if (!source) {
        std::fprintf(stderr, "sv_import_cpu: %s\n", source.error().message.c_str());
        return 1;
    }
    const unsigned long long bytes = source.value()->size();
    sv::AnalyzeJob job(std::move(source.value()), path, sv::AnalyzeOptions{});
    long long after[3] = {0, 0, 0};
    size_t last = 0;
    for (;;) {
        const sv::StepResult r = job.step(20);
        while (last < job.phase_index() && last < 3) after[last++] = memory_now();
        if (r == sv::StepResult::failed) {
            std::fprintf(stderr, "sv_import_cpu: %s\n", job.error().message.c_str());
            return 1;
        }
        if (r == sv::StepResult::done) break;
    }
    while (last < 3) after[last++] = memory_now();
    const sv::Analysis& a = job.analysis();
    const sv::CommentStore& c = a.comments;
    size_t extras = 0;
    for (const auto& e : c.extras) extras += e.cell.capacity() * sizeof(sv::TextRef);
    const size_t strings = c.strings.capacity_bytes(), authors = c.authors.memory_bytes(),
                 threads = c.threads.memory_bytes();
    const size_t columns = c.memory_bytes() - strings - authors - threads - extras;
    const sv::SentimentColumns& s = a.sentiment;
    const size_t scores = s.language.capacity() * sizeof(sv::Lang) + s.compound.capacity() * 4 +
                          s.label.capacity() * sizeof(sv::SentimentLabel) + s.emotionality.capacity() * 4 +
                          s.constructive.capacity();
    std::printf("{\"bytes\":%llu,\"comments\":%zu,\"memory_after\":{\"import\":%lld,\"score\":%lld,"
                "\"analyze\":%lld},\"store\":{\"columns\":%zu,\"arena\":%zu,\"arena_capacity\":%zu,"
                "\"authors\":%zu,\"threads\":%zu,\"extras\":%zu},\"scores\":%zu}\n",
                bytes, c.size(), after[0], after[1], after[2], columns, c.strings.bytes(), strings, authors,
                threads, extras, scores);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: sv_import_cpu FILE [--runs N]\n");
        return 2;
    }
    if (argc >= 3 && std::strcmp(argv[2], "--memory") == 0) return memory_breakdown(argv[1]);
    int runs = 3;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[++i]));
    std::vector<double> cpu, wall, read;
    uint64_t bytes = 0, comments = 0;
    for (int r = 0; r < runs; ++r) {
        auto source = sv::FileSource::open(argv[1]);
        if (!source) {
            std::fprintf(stderr, "sv_import_cpu: %s\n", source.error().message.c_str());
            return 1;
        }
        sv::Analysis a;
        a.source_bytes = bytes = source.value()->size();
        const double c0 = cpu_ms(), w0 = sv::clock_ms();
        auto job = sv::make_import_job(a, std::move(source.value()), sv::ImportOptions{});
        if (sv::run_to_end(*job) != sv::StepResult::done) {
            std::fprintf(stderr, "sv_import_cpu: %s\n", job->error().message.c_str());
            return 1;
        }
        cpu.push_back(cpu_ms() - c0);
        wall.push_back(sv::clock_ms() - w0);
        read.push_back(a.timings_ms["read_file"]);
        comments = a.comments.size();
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const double cpu_med = median(cpu);
    std::printf(
        "{\"bytes\":%llu,\"comments\":%llu,\"runs\":%d,\"cpu_ms_min\":%.1f,\"cpu_ms_median\":%.1f,"
        "\"wall_ms_median\":%.1f,\"read_ms_median\":%.1f,\"mb_per_cpu_s\":%.1f,\"peak_rss_bytes\":%lld}\n",
        static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(comments), runs,
        *std::min_element(cpu.begin(), cpu.end()), cpu_med, median(wall), median(read),
        bytes / 1e6 / (cpu_med / 1e3), static_cast<long long>(u.ru_maxrss) * 1024);
    return 0;
}
