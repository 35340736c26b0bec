// brief_svg.cpp — the brief's charts as inline SVG.
//
// [SECTION] Helpers      (numbers, colours, arcs)
// [SECTION] Timeline     (stacked bars, local-time axis, onset and peak markers)
// [SECTION] n* gauge
// [SECTION] Critics bars
#include "core/brief/brief_svg.hpp"

#include "core/brief/brief_format.hpp"
#include "core/brief/brief_text.hpp"
#include "core/guideline/guideline_facts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------------------

constexpr const char* kNegative = "#c0392b";
constexpr const char* kNeutral = "#a3adb8";
constexpr const char* kPositive = "#2e8b57";
constexpr const char* kUnlabelled = "#6c8ebf";
constexpr const char* kInk = "#1f2933";
constexpr const char* kMuted = "#6b7785";
constexpr const char* kGrid = "#e3e7ec";

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string svg_open(int w, int h, std::string_view label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(w) + " " +
           std::to_string(h) + "\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(h) +
           "\" role=\"img\" aria-label=\"" + escape_html(label) + "\" font-size=\"11\">";
}

std::string text_at(double x, double y, std::string_view t, const char* anchor = "start",
                    const char* fill = kMuted, const char* extra = "") {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill +
           "\"" + extra + ">" + escape_html(t) + "</text>";
}

std::string rect(double x, double y, double w, double h, const char* fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) +
           "\" fill=\"" + fill + "\"/>";
}

double nice_ceiling(double v) {
    if (v <= 0) return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v) return m * p;
    return 10 * p;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Timeline
// ---------------------------------------------------------------------------------------------------------

struct Bar {
    int64_t start = 0;
    double negative = 0, neutral = 0, positive = 0;
    double total() const { return negative + neutral + positive; }
};

} // namespace

std::string svg_timeline(const Situation& s, int width, int height) {
    const Lang lang = guideline_language(s.language);
    if (s.timeline.empty() || s.bucket_seconds <= 0) {
        std::string out = svg_open(width, 40, brief_text("timeline", lang));
        out += text_at(4, 24, brief_text("no_timeline", lang));
        return out + "</svg>";
    }
    const double left = 44, right = 8, top = 8, bottom = 40;
    const double pw = width - left - right, ph = height - top - bottom;
    // Merge buckets so that bars are at least 2 px wide.
    const size_t n = s.timeline.size();
    const size_t per_bar = std::max<size_t>(1, size_t(std::ceil(double(n) * 2.0 / pw)));
    std::vector<Bar> bars;
    for (size_t i = 0; i < n; i += per_bar) {
        Bar b;
        b.start = s.timeline[i].start;
        for (size_t j = i; j < std::min(n, i + per_bar); ++j) {
            b.negative += s.timeline[j].negative;
            b.neutral += s.timeline[j].neutral;
            b.positive += s.timeline[j].positive;
        }
        bars.push_back(b);
    }
    const int64_t t0 = s.timeline.front().start;
    const int64_t t1 = s.timeline.back().start + s.bucket_seconds;
    const double span = double(std::max<int64_t>(1, t1 - t0));
    auto x_of = [&](int64_t t) { return left + pw * double(t - t0) / span; };
    double max_total = 0;
    for (const auto& b : bars) max_total = std::max(max_total, b.total());
    const double ymax = nice_ceiling(max_total);
    auto y_of = [&](double v) { return top + ph - ph * v / ymax; };

    std::string out = svg_open(width, height, brief_text("timeline", lang));
    // Grid and y labels (0, half, max).
    for (int k = 0; k <= 2; ++k) {
        const double v = ymax * k / 2.0, y = y_of(v);
        out += "<line x1=\"" + num(left) + "\" x2=\"" + num(left + pw) + "\" y1=\"" + num(y) + "\" y2=\"" +
               num(y) + "\" stroke=\"" + kGrid + "\"/>";
        out += text_at(left - 5, y + 4, format_number(v, NumberStyle::integer, lang), "end");
    }
    // Bars.
    const double bw = pw * double(per_bar * s.bucket_seconds) / span;
    for (const auto& b : bars) {
        const double x = x_of(b.start), w = std::max(1.0, bw - (bw > 3 ? 1 : 0));
        double base = 0;
        auto seg = [&](double v, const char* colour) {
            if (v <= 0) return;
            out += rect(x, y_of(base + v), w, y_of(base) - y_of(base + v), colour);
            base += v;
        };
        if (s.timeline_labelled) {
            seg(b.negative, kNegative);
            seg(b.neutral, kNeutral);
            seg(b.positive, kPositive);
        } else {
            seg(b.total(), kUnlabelled);
        }
    }
    // X axis: ticks on round local times.
    static const int64_t steps[] = {900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};
    int64_t step = steps[std::size(steps) - 1];
    for (int64_t st : steps)
        if (span / double(st) <= 8) {
            step = st;
            break;
        }
    const int64_t off = int64_t(s.utc_offset_minutes) * 60;
    int64_t tick = ((t0 + off + step - 1) / step) * step - off;
    const double axis_y = top + ph;
    out += "<line x1=\"" + num(left) + "\" x2=\"" + num(left + pw) + "\" y1=\"" + num(axis_y) + "\" y2=\"" +
           num(axis_y) + "\" stroke=\"" + kMuted + "\"/>";
    for (; tick <= t1; tick += step) {
        const double x = x_of(tick);
        const std::string local = format_local(s, tick); // "YYYY-MM-DD HH:MM"
        const bool midnight = local.size() >= 16 && local.compare(11, 5, "00:00") == 0;
        std::string label = step >= 86400 ? local.substr(5, 5) : local.substr(11, 5);
        if (step < 86400 && midnight) label = local.substr(5, 5); // the date replaces 00:00
        out += "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(axis_y) + "\" y2=\"" +
               num(axis_y + 4) + "\" stroke=\"" + kMuted + "\"/>";
        const char* anchor = x > left + pw - 24 ? "end" : x < left + 24 ? "start" : "middle";
        out += text_at(x, axis_y + 15, label, anchor);
    }
    // Onset and peak markers.
    auto marker = [&](int64_t t, std::string_view name) {
        if (t == kNoTime || t < t0 || t > t1) return;
        const double x = x_of(t);
        out += "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(top) + "\" y2=\"" +
               num(axis_y) + "\" stroke=\"" + kInk + "\" stroke-dasharray=\"3 3\"/>";
        const bool right_side = x > left + pw * 0.8;
        out += text_at(right_side ? x - 4 : x + 4, top + 10, name, right_side ? "end" : "start", kInk);
    };
    marker(s.onset, brief_text("onset", lang));
    marker(s.peak, brief_text("peak", lang));
    // Legend.
    double lx = left;
    const double ly = height - 9;
    auto legend = [&](const char* colour, std::string_view name) {
        out += rect(lx, ly - 8, 10, 10, colour);
        out += text_at(lx + 14, ly + 1, name);
        lx += 14 + 7.0 * double(name.size()) + 14;
    };
    if (s.timeline_labelled) {
        legend(kNegative, brief_text("negative", lang));
        legend(kNeutral, brief_text("neutral", lang));
        legend(kPositive, brief_text("positive", lang));
    } else {
        legend(kUnlabelled, brief_text("volume", lang));
    }
    return out + "</svg>";
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] n* gauge
// ---------------------------------------------------------------------------------------------------------

namespace {

// Point on the dial for value v in 0..2 (0 = left, 2 = right).
void dial_point(double cx, double cy, double r, double v, double& x, double& y) {
    const double a = 3.14159265358979 * (1.0 - std::clamp(v, 0.0, 2.0) / 2.0);
    x = cx + r * std::cos(a);
    y = cy - r * std::sin(a);
}

std::string arc(double cx, double cy, double r, double v0, double v1, const char* colour, double stroke,
                const char* extra = "") {
    double x0, y0, x1, y1;
    dial_point(cx, cy, r, v0, x0, y0);
    dial_point(cx, cy, r, v1, x1, y1);
    return "<path d=\"M " + num(x0) + " " + num(y0) + " A " + num(r) + " " + num(r) + " 0 0 1 " + num(x1) +
           " " + num(y1) + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + num(stroke) + "\"" +
           extra + "/>";
}

} // namespace

std::string svg_nstar_gauge(const Situation& s, int width, int height) {
    const Lang lang = guideline_language(s.language);
    const double cx = width / 2.0, cy = height - 40.0, r = std::min(width / 2.0 - 24, cy - 22);
    std::string out = svg_open(width, height, brief_text("self_driving", lang));
    const bool known = s.n_star.known;
    out += arc(cx, cy, r, 0, 1, known ? "#9fd09b" : kGrid, 16);
    out += arc(cx, cy, r, 1, 2, known ? "#e8a19a" : kGrid, 16);
    if (known && s.n_star_lo.known && s.n_star_hi.known)
        out +=
            arc(cx, cy, r + 13, s.n_star_lo.value, s.n_star_hi.value, kInk, 4, " stroke-linecap=\"round\"");
    double x, y;
    dial_point(cx, cy, r + 9, 1, x, y);
    out += "<line x1=\"" + num(cx) + "\" y1=\"" + num(cy - r + 9) + "\" x2=\"" + num(x) + "\" y2=\"" +
           num(y - 3) + "\" stroke=\"" + kInk + "\" stroke-width=\"2\"/>";
    out += text_at(cx - r - 12, cy + 4, "0", "end");
    out += text_at(cx - 6, cy - r - 12, "1", "end", kInk);
    out += text_at(cx + r + 12, cy + 4, "2+", "start");
    if (known) {
        dial_point(cx, cy, r - 14, s.n_star.value, x, y);
        out += "<line x1=\"" + num(cx) + "\" y1=\"" + num(cy) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y) +
               "\" stroke=\"" + kInk + "\" stroke-width=\"3\" stroke-linecap=\"round\"/>";
        out += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"5\" fill=\"" + kInk + "\"/>";
        out += text_at(cx, cy + 19, "n* = " + format_number(s.n_star.value, NumberStyle::ratio, lang),
                       "middle", kInk, " font-size=\"15\" font-weight=\"700\"");
        out += text_at(cx, cy + 33, brief_text(s.n_star.value >= 1.0 ? "nstar_super" : "nstar_sub", lang),
                       "middle", s.n_star.value >= 1.0 ? kNegative : kPositive);
    } else {
        out += text_at(cx, cy + 19, "n*: " + std::string(brief_text("not_measured", lang)), "middle", kInk,
                       " font-size=\"13\" font-weight=\"700\"");
        out += text_at(cx, cy + 33, excerpt(s.n_star.missing_reason, 48), "middle");
    }
    return out + "</svg>";
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Critics bars
// ---------------------------------------------------------------------------------------------------------

std::string svg_critics_bars(const Situation& s, int width, int height) {
    const Lang lang = guideline_language(s.language);
    std::string out = svg_open(width, height, brief_text("loud_minority", lang));
    const double left = 4, pw = width - 50.0;
    auto bar = [&](double y, std::string_view label, const Figure& f, double scale100, const char* colour,
                   bool percent) {
        out += text_at(left, y - 5, label, "start", kInk);
        out += rect(left, y, pw, 14, "#eef1f4");
        if (!f.known) {
            out += text_at(left + 6, y + 11, brief_text("not_measured", lang), "start", kMuted);
            return;
        }
        const double v = std::clamp(f.value * scale100, 0.0, 100.0);
        out += rect(left, y, pw * v / 100.0, 14, colour);
        const std::string shown = percent ? format_number(f.value, NumberStyle::percent, lang) + " %"
                                          : format_number(v, NumberStyle::integer, lang);
        out += text_at(left + pw + 6, y + 11, shown, "start", kInk, " font-weight=\"700\"");
    };
    bar(16, brief_text("critics", lang), s.critics_per_100, 1.0, "#4a5968", false);
    bar(50, brief_text("negative_share", lang), s.negative_share, 100.0, kNegative, true);
    // Scale ticks 0 / 50 / 100.
    for (int k = 0; k <= 2; ++k) {
        const double x = left + pw * k / 2.0;
        out += text_at(x, height - 3, std::to_string(k * 50), k == 0 ? "start" : k == 2 ? "end" : "middle");
    }
    return out + "</svg>";
}

} // namespace sv
