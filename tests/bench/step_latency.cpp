// step_latency.cpp — how long one AnalyzeJob::step(budget) really takes, per phase: the app steps the job
// once per frame with an 8 ms budget, so a step far over budget is a long frame while a file loads.
//
//   sv_step_latency FILE [--budget MS]   prints one JSON line:
//   {"budget_ms", "steps", "total_ms", "max_step_ms", "max_step_phase",
//    "phases": [{"phase", "steps", "total_ms", "max_step_ms", "max_step_at", "p99_step_ms",
//    "steps_over_50ms"}]}
//   max_step_at = the phase's progress (done/total) when its longest step began (e.g. "2/8": the 3rd of 8).
//
// A step is counted under the phase progress() names before the call. Run by shell/bench natively and as
// WASM under node (the browser's engine without the page).
#include "core/pipeline/analyze_job.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct PhaseSteps {
    std::string name;
    std::vector<float> ms;            // duration of every step of the phase
    std::vector<sv::Progress> before; // progress() before each step (where in the phase it started)
};

double percentile(std::vector<float> v, double q) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t i = static_cast<size_t>(q * static_cast<double>(v.size() - 1));
    return v[i];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: sv_step_latency FILE [--budget MS]\n");
        return 2;
    }
    double budget = 8.0;
    for (int i = 2; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--budget")) budget = std::strtod(argv[i + 1], nullptr);

    std::FILE* f = std::fopen(argv[1], "rb");
    if (!f) {
        std::fprintf(stderr, "sv_step_latency: cannot open '%s'\n", argv[1]);
        return 1;
    }
    std::vector<char> bytes;
    char buf[1 << 16];
    for (size_t got; (got = std::fread(buf, 1, sizeof buf, f)) > 0;)
        bytes.insert(bytes.end(), buf, buf + got);
    std::fclose(f);

    sv::AnalyzeJob job(std::move(bytes), argv[1], sv::AnalyzeOptions{});
    std::vector<PhaseSteps> phases;
    const double start = sv::clock_ms();
    for (;;) {
        const sv::Progress at = job.progress();
        if (phases.empty() || phases.back().name != at.phase) phases.push_back({at.phase, {}, {}});
        phases.back().before.push_back(at);
        const double t0 = sv::clock_ms();
        const sv::StepResult r = job.step(budget);
        phases.back().ms.push_back(static_cast<float>(sv::clock_ms() - t0));
        if (r == sv::StepResult::failed) {
            std::fprintf(stderr, "sv_step_latency: %s\n", job.error().message.c_str());
            return 1;
        }
        if (r == sv::StepResult::done) break;
    }
    const double total = sv::clock_ms() - start;

    size_t steps = 0;
    double max_ms = 0.0;
    std::string max_phase;
    std::string out = "[";
    for (const PhaseSteps& p : phases) {
        double sum = 0.0, mx = 0.0;
        size_t over = 0, worst = 0;
        for (size_t i = 0; i < p.ms.size(); ++i) {
            sum += p.ms[i];
            if (p.ms[i] > mx) {
                mx = p.ms[i];
                worst = i;
            }
            over += p.ms[i] > 50.0f;
        }
        steps += p.ms.size();
        if (mx > max_ms) {
            max_ms = mx;
            max_phase = p.name;
        }
        char line[320];
        std::snprintf(line, sizeof line,
                      "%s{\"phase\": \"%s\", \"steps\": %zu, \"total_ms\": %.1f, \"max_step_ms\": %.1f, "
                      "\"max_step_at\": \"%llu/%llu\", \"p99_step_ms\": %.1f, \"steps_over_50ms\": %zu}",
                      out.size() > 1 ? ", " : "", p.name.c_str(), p.ms.size(), sum, mx,
                      static_cast<unsigned long long>(p.before[worst].done),
                      static_cast<unsigned long long>(p.before[worst].total), percentile(p.ms, 0.99), over);
        out += line;
    }
    out += "]";
    std::printf("{\"budget_ms\": %.1f, \"steps\": %zu, \"total_ms\": %.1f, \"max_step_ms\": %.1f, "
                "\"max_step_phase\": \"%s\", \"phases\": %s}\n",
                budget, steps, total, max_ms, max_phase.c_str(), out.c_str());
    return 0;
}
