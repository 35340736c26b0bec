#include "app/case_prep.hpp"

#include <algorithm>
#include <cstdint>

namespace sv::app {

namespace {
constexpr int kRadixBits = 11;
constexpr size_t kRadix = size_t(1) << kRadixBits;
} // namespace

CasePrepJob::CasePrepJob(const Analysis& a) : a_(a) {}

Progress CasePrepJob::progress() const {
    return {"prepare", static_cast<uint64_t>(stage_), 7};
}

bool CasePrepJob::sort_pass(double deadline_ms) {
    // Pass k orders by bits [11k, 11k + 11) of (time - t_min); LSD passes are stable, so after the last
    // pass the rows are in time order, equal times in row order.
    const std::vector<int64_t>& t = a_.comments.created_at;
    const int shift = pass_ * kRadixBits;
    auto digit = [&](uint32_t row) {
        return static_cast<size_t>((static_cast<uint64_t>(t[row] - p_.t_min) >> shift) & (kRadix - 1));
    };
    const size_t n = p_.by_time.size();
    if (loop_.next == 0) { // histogram, then bucket starts (one go: n additions)
        count_.assign(kRadix, 0);
        for (uint32_t row : p_.by_time) ++count_[digit(row)];
        uint32_t sum = 0;
        for (uint32_t& c : count_) {
            const uint32_t here = c;
            c = sum;
            sum += here;
        }
        scratch_.resize(n);
    }
    if (!loop_.run(n, deadline_ms, [&](size_t i) {
            const uint32_t row = p_.by_time[i];
            scratch_[count_[digit(row)]++] = row;
        }))
        return false;
    p_.by_time.swap(scratch_);
    loop_ = {};
    return ++pass_ == passes_;
}

StepResult CasePrepJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    const CommentStore& c = a_.comments;
    const size_t n = c.size();
    // Runs body(i) for the rows not done yet up to `count`; true when all are (the cursor then restarts).
    auto rows = [&](size_t count, auto&& body) {
        if (!loop_.run(count, deadline, body)) return false;
        loop_ = {};
        return true;
    };
    for (;;) {
        switch (stage_) {
        case 0: // rows with a time, and the time span
            if (loop_.next == 0 && p_.by_time.empty()) {
                p_.by_time.reserve(n);
                p_.t_min = INT64_MAX;
                p_.t_max = INT64_MIN;
            }
            if (!rows(n, [&](size_t i) {
                    const int64_t t = c.created_at[i];
                    if (t == kNoTime) return;
                    p_.by_time.push_back(static_cast<uint32_t>(i));
                    p_.t_min = t < p_.t_min ? t : p_.t_min;
                    p_.t_max = t > p_.t_max ? t : p_.t_max;
                }))
                return StepResult::more;
            if (p_.by_time.empty()) p_.t_min = p_.t_max = 0;
            {
                // Exports are usually in time order already: then there is nothing to sort.
                bool sorted = true;
                for (size_t i = 1; i < p_.by_time.size() && sorted; ++i)
                    sorted = c.created_at[p_.by_time[i - 1]] <= c.created_at[p_.by_time[i]];
                const uint64_t span = static_cast<uint64_t>(p_.t_max - p_.t_min);
                passes_ = 0;
                if (!sorted)
                    for (uint64_t rest = span; passes_ == 0 || rest > 0; rest >>= kRadixBits) ++passes_;
            }
            stage_ = 1;
            break;
        case 1: // the radix passes
            if (pass_ < passes_ && !sort_pass(deadline)) return StepResult::more;
            scratch_ = {};
            count_ = {};
            stage_ = 2;
            break;
        case 2: // times along by_time, and prefix counts per label
            if (loop_.next == 0) {
                p_.time.resize(p_.by_time.size());
                if (a_.sentiment.present() && a_.sentiment.size() == n)
                    for (auto& v : p_.cum) v.assign(p_.by_time.size() + 1, 0);
            }
            if (!rows(p_.by_time.size(), [&](size_t i) {
                    const uint32_t row = p_.by_time[i];
                    p_.time[i] = c.created_at[row];
                    if (p_.cum[0].empty()) return;
                    const int l = static_cast<int>(a_.sentiment.label[row]) + 1; // -1..1 -> 0..2
                    for (int k = 0; k < 3; ++k) p_.cum[k][i + 1] = p_.cum[k][i] + (k == l ? 1u : 0u);
                }))
                return StepResult::more;
            stage_ = 3;
            break;
        case 3: // replies found in the file per row
            if (loop_.next == 0) p_.reply_count.assign(n, 0);
            if (!rows(n, [&](size_t i) {
                    if (c.parent[i] >= 0 && static_cast<size_t>(c.parent[i]) < n)
                        ++p_.reply_count[c.parent[i]];
                }))
                return StepResult::more;
            stage_ = 4;
            break;
        case 4: // authors with at least one comment
            if (loop_.next == 0) seen_.assign(c.authors.size(), 0);
            if (!rows(n, [&](size_t i) {
                    if (c.author[i] < seen_.size() && !seen_[c.author[i]]) {
                        seen_[c.author[i]] = 1;
                        ++p_.authors_with_comments;
                    }
                }))
                return StepResult::more;
            seen_ = {};
            stage_ = 5;
            break;
        case 5: // frames: the situation's counts (what the overview's insights and the summary read)
            if (!situation_) situation_ = std::make_unique<SituationCountJob>(a_);
            if (situation_->step(deadline - clock_ms()) == StepResult::more) return StepResult::more;
            p_.situation = situation_->counts();
            situation_.reset();
            stage_ = 6;
            return StepResult::done;
        default:
            return StepResult::done;
        }
        if (clock_ms() >= deadline) return StepResult::more;
    }
}

CasePrep prepare_case(const Analysis& a) {
    CasePrepJob job(a);
    run_to_end(job);
    return job.take();
}

size_t CasePrep::lower(int64_t t) const {
    return static_cast<size_t>(std::lower_bound(time.begin(), time.end(), t) - time.begin());
}

uint64_t CasePrep::count(int64_t from, int64_t to) const {
    const size_t a = lower(from), b = lower(to);
    return b > a ? b - a : 0;
}

std::array<uint64_t, 3> CasePrep::count_labels(int64_t from, int64_t to) const {
    std::array<uint64_t, 3> out{0, 0, 0};
    if (!has_labels()) return out;
    const size_t a = lower(from), b = lower(to);
    if (b <= a) return out;
    for (int k = 0; k < 3; ++k) out[k] = cum[k][b] - cum[k][a];
    return out;
}

} // namespace sv::app
