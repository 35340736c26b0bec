#include "core/report/scored_csv.hpp"

#include "core/time/timestamp.hpp"

#include <cstdio>

namespace sv {

void append_csv_cell(std::string& out, std::string_view v, bool text_cell) {
    const bool formula =
        text_cell && !v.empty() &&
        (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r');
    const bool quote = formula || v.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out.append(v);
        return;
    }
    out.push_back('"');
    if (formula) out.push_back('\'');
    for (const char ch : v) {
        if (ch == '"') out.push_back('"');
        out.push_back(ch);
    }
    out.push_back('"');
}

namespace {

void append_int(std::string& out, int64_t v, bool known) {
    if (!known) return;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    out.append(buf);
}

void append_float(std::string& out, float v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.4f", static_cast<double>(v));
    out.append(buf);
}

const char* label_name(SentimentLabel l) {
    switch (l) {
    case SentimentLabel::positive:
        return "pos";
    case SentimentLabel::negative:
        return "neg";
    case SentimentLabel::neutral:
        break;
    }
    return "neu";
}

} // namespace

void write_scored_csv(const Analysis& a, const ByteSink& sink) {
    const CommentStore& c = a.comments;
    const SentimentColumns& s = a.sentiment;
    const bool scored = s.size() == c.size() && s.present();
    std::string out;
    out.reserve(1 << 20);
    out += "id,parent_id,thread,author,author_followers,created_at,time_precision,text,likes,replies,shares,"
           "rating,"
           "language_given";
    if (scored) out += ",language,compound,label,emotionality,constructive";
    out += "\n";
    for (size_t i = 0; i < c.size(); ++i) {
        append_csv_cell(out, c.id_of(i), true);
        out.push_back(',');
        append_csv_cell(out, c.str(c.parent_id[i]), true);
        out.push_back(',');
        append_csv_cell(out, c.threads.size() ? c.threads.name(c.thread[i]) : std::string_view{}, true);
        out.push_back(',');
        append_csv_cell(out, c.authors.size() ? c.author_of(i) : std::string_view{}, true);
        out.push_back(',');
        const int64_t followers = c.authors.size() ? c.followers_of_author(c.author[i]) : -1;
        append_int(out, followers, followers >= 0);
        out.push_back(',');
        out += format_iso8601_utc(c.created_at[i]);
        out.push_back(',');
        out += to_string(c.precision[i]);
        out.push_back(',');
        append_csv_cell(out, c.text_of(i), true);
        out.push_back(',');
        append_int(out, c.likes[i], c.likes[i] >= 0);
        out.push_back(',');
        append_int(out, c.replies[i], c.replies[i] >= 0);
        out.push_back(',');
        append_int(out, c.shares[i], c.shares[i] >= 0);
        out.push_back(',');
        append_int(out, c.rating[i], c.rating[i] > 0);
        out.push_back(',');
        append_csv_cell(out, c.str(c.language_given[i]), true);
        if (scored) {
            out.push_back(',');
            out += lang_code(s.language[i]);
            out.push_back(',');
            append_float(out, s.compound[i]);
            out.push_back(',');
            out += label_name(s.label[i]);
            out.push_back(',');
            append_float(out, s.emotionality[i]);
            out.push_back(',');
            out += s.constructive[i] ? '1' : '0';
        }
        out.push_back('\n');
        if (out.size() > (1 << 20) - 4096) {
            sink(out);
            out.clear();
        }
    }
    if (!out.empty()) sink(out);
}

} // namespace sv
