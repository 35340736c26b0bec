// The analytics evaluation on real threads (hidden: runs only when asked, from shell/lib/eval_analytics.sh):
//   RumourEval 2019 Twitter threads: timelines, onsets, cascades, the gauge per thread;
//   Twitter16 propagation trees: the distribution of structural virality, depth and size, and of n*.
// The data is read where it lies (SV_SOURCE_DIR/../shared/data/threads); absent data is skipped with a
// message.
#include "core/analytics/analytics_job.hpp"
#include "core/time/timestamp.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace sv;
namespace fs = std::filesystem;

namespace {

const fs::path kThreads = fs::path(SV_SOURCE_DIR) / ".." / "shared" / "data" / "threads";

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double quantile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
}

void print_distribution(const char* name, const std::vector<double>& v) {
    std::printf("  %-28s n=%-5zu p10 %-9.3f median %-9.3f p90 %-9.3f max %.3f\n", name, v.size(),
                quantile(v, 0.1), quantile(v, 0.5), quantile(v, 0.9),
                v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()));
}

// One tweet of a RumourEval thread into the store.
void add_tweet(Analysis& a, const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("id_str")) return;
    CommentStore& c = a.comments;
    const size_t r = c.append_row();
    c.id[r] = c.strings.append(j.value("id_str", ""));
    const auto& parent = j["in_reply_to_status_id_str"];
    if (parent.is_string()) c.parent_id[r] = c.strings.append(parent.get<std::string>());
    const ParsedTime t = parse_timestamp(j.value("created_at", ""));
    if (t.ok) {
        c.created_at[r] = t.seconds;
        c.precision[r] = t.precision;
    }
    const auto& user = j["user"];
    c.author[r] = c.add_author(user.is_object() ? user.value("screen_name", "?") : "?",
                               user.is_object() ? user.value("followers_count", -1LL) : -1);
    c.text[r] = c.strings.append(j.value("text", ""));
    c.likes[r] = j.value("favorite_count", -1);
    c.shares[r] = j.value("retweet_count", -1);
}

} // namespace

TEST_CASE("eval: RumourEval 2019 Twitter threads", "[.analytics_eval]") {
    std::vector<fs::path> roots = {
        kThreads / "rumoureval2019" / "rumoureval-2019-training-data" / "twitter-english",
        kThreads / "rumoureval2019" / "rumoureval-2019-test-data" / "twitter-en-test-data"};
    if (!fs::exists(roots[0])) {
        std::printf("RumourEval: %s is absent, skipped\n", roots[0].string().c_str());
        return;
    }
    std::printf("RumourEval 2019, Twitter threads (Reddit threads are not read here)\n");
    std::vector<double> sizes, depths, virality, buckets, n_star, severity;
    std::map<std::string, int> stages, bucket_sizes;
    size_t threads = 0, with_onset = 0, gauge = 0, self_driving = 0;
    for (const fs::path& root : roots) {
        if (!fs::exists(root)) continue;
        for (const auto& event : fs::directory_iterator(root)) {
            if (!event.is_directory()) continue;
            for (const auto& thread : fs::directory_iterator(event.path())) {
                if (!thread.is_directory()) continue;
                Analysis a;
                for (const char* sub : {"source-tweet", "replies"}) {
                    const fs::path dir = thread.path() / sub;
                    if (!fs::exists(dir)) continue;
                    for (const auto& f : fs::directory_iterator(dir))
                        add_tweet(a, nlohmann::json::parse(read_all(f.path()), nullptr, false));
                }
                if (a.comments.empty()) continue;
                a.comments.link_replies();
                run_analytics(a);
                const AnalyticsResult& r = a.analytics;
                ++threads;
                sizes.push_back(static_cast<double>(a.comments.size()));
                if (!r.cascades.largest.empty()) {
                    depths.push_back(r.cascades.largest[0].depth);
                    virality.push_back(r.cascades.largest[0].structural_virality);
                }
                if (r.has_times) {
                    buckets.push_back(static_cast<double>(r.timeline.size()));
                    ++bucket_sizes[std::to_string(r.timeline.bucket_seconds) + " s"];
                    ++stages[to_string(r.crisis.stage)];
                    with_onset += r.crisis.has_onset;
                    severity.push_back(r.crisis.severity);
                }
                if (r.hawkes.available) {
                    ++gauge;
                    n_star.push_back(r.hawkes.branching_ratio);
                    self_driving += r.hawkes.self_driving;
                }
            }
        }
    }
    std::printf(
        "  threads %zu, with an onset %zu, gauge fitted (>= 50 timed replies) %zu, self-driving %zu\n",
        threads, with_onset, gauge, self_driving);
    print_distribution("comments per thread", sizes);
    print_distribution("buckets per timeline", buckets);
    print_distribution("largest cascade depth", depths);
    print_distribution("structural virality", virality);
    print_distribution("severity", severity);
    print_distribution("branching ratio n*", n_star);
    std::printf("  bucket sizes:");
    for (const auto& [k, v] : bucket_sizes) std::printf(" %s x%d", k.c_str(), v);
    std::printf("\n  stages:");
    for (const auto& [k, v] : stages) std::printf(" %s %d", k.c_str(), v);
    std::printf("\n");
    CHECK(threads > 0);
}

TEST_CASE("eval: Twitter16 propagation trees", "[.analytics_eval]") {
    const fs::path dir = kThreads / "twitter16" / "tree";
    if (!fs::exists(dir)) {
        std::printf("Twitter16: %s is absent, skipped\n", dir.string().c_str());
        return;
    }
    std::vector<double> virality, depth, size, n_star;
    size_t trees = 0, self_driving = 0;
    for (const auto& f : fs::directory_iterator(dir)) {
        // Lines: ['parent_uid', 'parent_tweet_id', 'parent_delay_min']->['uid', 'tweet_id', 'delay_min'].
        std::ifstream in(f.path());
        std::string line;
        Analysis a;
        CommentStore& c = a.comments;
        const int64_t t0 = 1400000000;
        while (std::getline(in, line)) {
            const size_t arrow = line.find("->");
            if (arrow == std::string::npos) continue;
            const std::string parent = line.substr(0, arrow), child = line.substr(arrow + 2);
            if (parent.find("ROOT") != std::string::npos && child.find("ROOT") != std::string::npos) continue;
            const size_t r = c.append_row();
            c.id[r] = c.strings.append(child);
            if (parent.find("ROOT") == std::string::npos) c.parent_id[r] = c.strings.append(parent);
            const size_t q = child.rfind('\'', child.size() - 3);
            const double delay = q == std::string::npos ? 0.0 : std::atof(child.c_str() + q + 1);
            c.created_at[r] = t0 + static_cast<int64_t>(delay * 60.0);
            c.precision[r] = TimePrecision::minute;
            const size_t u0 = child.find('\'') + 1;
            c.author[r] = c.add_author(child.substr(u0, child.find('\'', u0) - u0));
        }
        if (c.empty()) continue;
        c.link_replies();
        run_analytics(a);
        const AnalyticsResult& r = a.analytics;
        ++trees;
        if (!r.cascades.largest.empty()) {
            virality.push_back(r.cascades.largest[0].structural_virality);
            depth.push_back(r.cascades.largest[0].depth);
            size.push_back(r.cascades.largest[0].size);
        }
        if (r.hawkes.available) {
            n_star.push_back(r.hawkes.branching_ratio);
            self_driving += r.hawkes.self_driving;
        }
    }
    std::printf(
        "Twitter16 propagation trees (minute delays): %zu trees, gauge fitted on %zu, self-driving %zu\n",
        trees, n_star.size(), self_driving);
    print_distribution("largest tree size", size);
    print_distribution("largest tree depth", depth);
    print_distribution("structural virality", virality);
    print_distribution("branching ratio n*", n_star);
    CHECK(trees > 0);
}
