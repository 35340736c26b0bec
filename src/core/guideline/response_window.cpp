#include "core/guideline/response_window.hpp"

#include <algorithm>
#include <cstdio>

namespace sv {

std::string format_duration(int64_t seconds, Lang lang) {
    if (seconds < 0) seconds = -seconds;
    const long long minutes = seconds / 60;
    const char* min = lang == Lang::de ? "Min." : "min";
    const char* hour = lang == Lang::de ? "Std." : lang == Lang::sv ? "tim" : "h";
    char buf[64];
    if (minutes < 60)
        std::snprintf(buf, sizeof buf, "%lld %s", minutes, min);
    else
        std::snprintf(buf, sizeof buf, "%lld %s %02lld %s", minutes / 60, hour, minutes % 60, min);
    return buf;
}

ResponseWindow response_window(int64_t onset, int64_t now, Lang lang, int32_t target_minutes) {
    ResponseWindow w;
    w.target_minutes = target_minutes;
    lang = guideline_language(lang);
    if (onset == kNoTime || now == kNoTime) {
        w.label = lang == Lang::sv   ? "Ingen start upptäckt — inget svarsfönster löper"
                  : lang == Lang::de ? "Kein Beginn erkannt — kein Antwortfenster läuft"
                                     : "No onset detected — no response window is running";
        return w;
    }
    w.onset = onset;
    w.deadline = onset + int64_t(target_minutes) * 60;
    w.seconds_since_onset = std::max<int64_t>(0, now - onset);
    w.seconds_left = w.deadline - now;
    const double target = double(target_minutes) * 60.0;
    w.fraction_used = target > 0 ? std::clamp(double(w.seconds_since_onset) / target, 0.0, 1.0) : 1.0;
    w.phase = w.seconds_left < 0                                ? WindowPhase::overdue
              : w.seconds_left <= int64_t(kClosingMinutes) * 60 ? WindowPhase::closing
                                                                : WindowPhase::open;
    const std::string since = format_duration(w.seconds_since_onset, lang);
    if (w.phase == WindowPhase::overdue) {
        const std::string over = format_duration(-w.seconds_left, lang);
        w.label =
            lang == Lang::sv ? "Första timmen tog slut för " + over + " sedan · " + since + " sedan starten"
            : lang == Lang::de ? "Die erste Stunde ist seit " + over + " vorbei · " + since + " seit Beginn"
                               : "The first hour ended " + over + " ago · " + since + " since the onset";
    } else {
        // Round the time left up, so "0 min left" never shows while time remains.
        const std::string left = format_duration(((w.seconds_left + 59) / 60) * 60, lang);
        w.label = lang == Lang::sv   ? left + " kvar av första timmen · " + since + " sedan starten"
                  : lang == Lang::de ? "Noch " + left + " der ersten Stunde · " + since + " seit Beginn"
                                     : left + " left of the first hour · " + since + " since the onset";
    }
    return w;
}

ResponseWindow response_window(const Situation& s, int32_t target_minutes) {
    return response_window(s.onset, s.now, s.language, target_minutes);
}

} // namespace sv
