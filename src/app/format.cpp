#include "app/format.hpp"

#include "app/i18n.hpp"
#include "core/time/civil.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sv::app {
namespace {

const char* group_sep() {
    switch (ui_language()) {
    case UiLanguage::sv:
        return "\u00A0"; // no-break space
    case UiLanguage::de:
        return ".";
    default:
        return ",";
    }
}
const char* decimal_sep() {
    return ui_language() == UiLanguage::en ? "." : ",";
}

std::string group_digits(uint64_t v) {
    const std::string digits = std::to_string(v);
    std::string out;
    const size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += group_sep();
        out += digits[i];
    }
    return out;
}

struct Civil {
    int y, m, d, hh, mm, ss, wd; // wd: 0 = Monday
};
Civil civil(int64_t t) {
    const int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const int64_t sec = t - days * 86400;
    const CivilDate cd = sv::civil_from_days(days);
    const int wd = static_cast<int>(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    return {static_cast<int>(cd.year),
            static_cast<int>(cd.month),
            static_cast<int>(cd.day),
            static_cast<int>(sec / 3600),
            static_cast<int>(sec / 60 % 60),
            static_cast<int>(sec % 60),
            wd};
}

const char* month_short(int m) {
    static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char* sv[] = {"jan.", "feb.", "mars", "apr.", "maj",  "juni",
                               "juli", "aug.", "sep.", "okt.", "nov.", "dec."};
    const int i = (m - 1) % 12;
    return ui_language() == UiLanguage::sv ? sv[i] : en[i];
}
const char* weekday_short(int wd) {
    static const char* en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* sv[] = {"mån", "tis", "ons", "tors", "fre", "lör", "sön"};
    static const char* de[] = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
    switch (ui_language()) {
    case UiLanguage::sv:
        return sv[wd];
    case UiLanguage::de:
        return de[wd];
    default:
        return en[wd];
    }
}

} // namespace

std::string fmt_int(int64_t v) {
    if (v < 0) return "\u2212" + group_digits(static_cast<uint64_t>(-(v + 1)) + 1);
    return group_digits(static_cast<uint64_t>(v));
}

std::string fmt_dec(double v, int decimals) {
    if (!std::isfinite(v)) return "\u2013";
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(std::fabs(v) * scale);
    const uint64_t whole = static_cast<uint64_t>(r / scale);
    std::string out = (v < 0 && r > 0) ? "\u2212" : "";
    out += group_digits(whole);
    if (decimals > 0) {
        const uint64_t frac = static_cast<uint64_t>(r - static_cast<double>(whole) * scale);
        char buf[24];
        std::snprintf(buf, sizeof buf, "%0*llu", decimals, static_cast<unsigned long long>(frac));
        out += decimal_sep();
        out += buf;
    }
    return out;
}

std::string fmt_pct(double fraction, int decimals) {
    const std::string n = fmt_dec(fraction * 100.0, decimals);
    return ui_language() == UiLanguage::en ? n + "%" : n + "\u00A0%";
}

std::string fmt_compact(double v) {
    const double a = std::fabs(v);
    if (a >= 1e9) return fmt_dec(v / 1e9, 1) + "\u00A0G";
    if (a >= 1e6) return fmt_dec(v / 1e6, 1) + "\u00A0M";
    if (a >= 1e4) return fmt_dec(v / 1e3, 1) + "\u00A0k";
    return fmt_dec(v, 0);
}

std::string fmt_date(int64_t t) {
    const Civil c = civil(t);
    char buf[48];
    if (ui_language() == UiLanguage::de)
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", c.d, c.m, c.y);
    else
        std::snprintf(buf, sizeof buf, "%d %s %04d", c.d, month_short(c.m), c.y);
    return buf;
}

std::string fmt_time(int64_t t) {
    const Civil c = civil(t);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", c.hh, c.mm);
    return buf;
}

std::string fmt_date_time(int64_t t) {
    return fmt_date(t) + " " + fmt_time(t);
}

std::string fmt_axis_day(int64_t t) {
    const Civil c = civil(t);
    char buf[48];
    if (ui_language() == UiLanguage::de)
        std::snprintf(buf, sizeof buf, "%s %02d.%02d.", weekday_short(c.wd), c.d, c.m);
    else
        std::snprintf(buf, sizeof buf, "%s %d %s", weekday_short(c.wd), c.d, month_short(c.m));
    return buf;
}

std::string fmt_duration(int64_t s) {
    if (s < 0) s = 0;
    // Units as the UI language writes them: en "2 d 4 h", sv "2 d 4 tim", de "2 T. 4 Std."
    const UiLanguage l = ui_language();
    const char* day = l == UiLanguage::de ? "T." : "d";
    const char* hour = l == UiLanguage::sv ? "tim" : l == UiLanguage::de ? "Std." : "h";
    const char* minute = l == UiLanguage::de ? "Min." : "min";
    char buf[48];
    if (s >= 86400)
        std::snprintf(buf, sizeof buf, "%lld %s %lld %s", static_cast<long long>(s / 86400), day,
                      static_cast<long long>(s % 86400 / 3600), hour);
    else if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld %s %lld %s", static_cast<long long>(s / 3600), hour,
                      static_cast<long long>(s % 3600 / 60), minute);
    else if (s >= 60)
        std::snprintf(buf, sizeof buf, "%lld %s", static_cast<long long>(s / 60), minute);
    else
        std::snprintf(buf, sizeof buf, "%lld s", static_cast<long long>(s));
    return buf;
}

namespace {
bool g_local = false;
int32_t g_offset = 0;
} // namespace

void set_display_clock(bool local, int32_t offset_minutes) {
    g_local = local;
    g_offset = local ? offset_minutes : 0;
}
bool display_local() {
    return g_local;
}
int32_t display_offset_minutes() {
    return g_offset;
}
std::string fmt_offset(int32_t minutes) {
    if (minutes == 0) return "UTC";
    const int32_t m = minutes < 0 ? -minutes : minutes;
    char buf[24];
    std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", minutes < 0 ? '-' : '+', m / 60, m % 60);
    return buf;
}
std::string clock_label() {
    return fmt_offset(g_offset);
}

} // namespace sv::app
