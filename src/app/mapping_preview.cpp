// mapping_preview.cpp — the column-mapping dialog's model (mapping_preview.hpp).
#include "app/mapping_preview.hpp"

#include "core/import/csv_reader.hpp"
#include "core/import/import.hpp"
#include "core/report/analyze_report.hpp"
#include "core/text/encoding.hpp"
#include "core/time/timestamp.hpp"

namespace sv::app {
namespace {

bool looks_like_json(std::string_view s) {
    const size_t k = s.find_first_not_of(" \t\r\n");
    return k != std::string_view::npos && (s[k] == '{' || s[k] == '[');
}

// How a column is named in a --map entry: its header, or its 1-based number when the header cannot be.
std::string column_ref(const MappingPreview& p, int column) {
    const std::string& h = p.headers[static_cast<size_t>(column)];
    if (h.empty() || h.find_first_of(",=") != std::string::npos) return std::to_string(column + 1);
    return h;
}

Json count_or_null(int32_t x) {
    return x >= 0 ? Json(x) : Json(nullptr);
}

} // namespace

bool open_mapping_preview(MappingPreview& p, std::string name, const char* head, size_t size) {
    p = MappingPreview{};
    p.name = std::move(name);
    const size_t n = std::min(size, MappingPreview::kHeadBytes);
    std::vector<char> bytes;
    StreamDecoder(n).feed(head, n, true, bytes); // the whole head decides the encoding
    const std::string_view all(bytes.data(), bytes.size());
    if (all.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        p.why_not = "the file is empty";
        return false;
    }
    if (looks_like_json(all)) {
        p.why_not = "a JSON file: its fields are read by the platform's format, not by column names";
        return false;
    }
    const std::vector<char> fresh = bytes; // the reader unescapes `bytes` in place: the preview's text
    const CsvDialect dialect = sniff_csv(all);
    CsvReader reader(bytes.data(), bytes.size(), dialect.delimiter, dialect.skip_bytes);
    std::vector<std::string_view> fields;
    if (reader.next(fields) != CsvReader::Status::record) {
        p.why_not = "the file has no header row";
        return false;
    }
    for (const std::string_view h : fields) {
        p.headers.emplace_back(h);
        p.normalised.push_back(normalise_header(h));
    }
    const HeaderMatch match = match_headers(p.normalised);
    p.guessed = p.chosen = match.map;
    p.preset = match.preset ? match.preset->format : "";
    // The header and the first kRows records, from the decoded text (the reader unescapes in place, so the
    // text is cut from a fresh copy).
    size_t end = reader.offset();
    while (p.record_lines.size() < MappingPreview::kRows) {
        const CsvReader::Status st = reader.next(fields);
        if (st == CsvReader::Status::end) break;
        p.record_lines.push_back(reader.record_line());
        end = reader.offset();
        if (st != CsvReader::Status::record) break;
    }

    p.text.assign(fresh.data(), std::min(end, fresh.size()));
    p.csv = true;
    refresh_mapping_preview(p);
    return true;
}

void set_mapping_field(MappingPreview& p, Field field, int column) {
    if (column >= static_cast<int>(p.headers.size())) return;
    if (column >= 0)
        for (int& c : p.chosen.column)
            if (c == column) c = -1;
    p.chosen[field] = column < 0 ? -1 : column;
    refresh_mapping_preview(p);
}

void refresh_mapping_preview(MappingPreview& p) {
    ++p.version;
    p.parsed = std::make_unique<Analysis>();
    p.parse_failed = false;
    p.parse_error = Error{};
    if (!p.csv) return;
    ImportOptions options;
    options.mapping = mapping_entries(p);
    std::unique_ptr<Job> job =
        make_import_job(*p.parsed, std::vector<char>(p.text.begin(), p.text.end()), options);
    if (run_to_end(*job) == StepResult::failed) {
        p.parse_failed = true;
        p.parse_error = job->error();
    }
}

std::vector<std::string> mapping_entries(const MappingPreview& p) {
    std::vector<std::string> out;
    for (size_t f = 0; f < kFieldCount; ++f) {
        const int c = p.chosen.column[f];
        if (c == p.guessed.column[f]) continue;
        out.push_back(std::string(field_name(static_cast<Field>(f))) + "=" +
                      (c < 0 ? "none" : column_ref(p, c)));
    }
    return out;
}

std::string mapping_spec(const MappingPreview& p) {
    std::string out;
    for (const std::string& e : mapping_entries(p)) out += (out.empty() ? "" : ",") + e;
    return out;
}

std::vector<std::string> split_mapping_spec(const std::string& spec) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= spec.size()) {
        const size_t comma = spec.find(',', start);
        const std::string entry =
            spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!entry.empty()) out.push_back(entry);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

std::string mapping_preview_json(const MappingPreview& p) {
    Json j = Json::object();
    j["file"] = p.name;
    j["csv"] = p.csv;
    if (!p.csv) {
        j["reason"] = p.why_not;
        return j.dump();
    }
    j["format"] = p.preset.empty() ? "generic_csv" : p.preset;
    j["headers"] = p.headers;
    Json fields = Json::object(), guessed = Json::object();
    for (size_t f = 0; f < kFieldCount; ++f) {
        const char* key = field_name(static_cast<Field>(f));
        const int c = p.chosen.column[f], g = p.guessed.column[f];
        fields[key] = c >= 0 ? Json(p.headers[static_cast<size_t>(c)]) : Json(nullptr);
        guessed[key] = g >= 0 ? Json(p.headers[static_cast<size_t>(g)]) : Json(nullptr);
    }
    j["fields"] = std::move(fields);
    j["guessed"] = std::move(guessed);
    j["map"] = mapping_spec(p);
    j["error"] = p.parse_failed ? Json(p.parse_error.to_string()) : Json(nullptr);
    Json rows = Json::array();
    if (p.parsed && !p.parse_failed) {
        const CommentStore& c = p.parsed->comments;
        const std::vector<Error>& rejects = p.parsed->import.rejects;
        size_t row = 0;
        for (const int64_t line : p.record_lines) {
            const Error* reject = nullptr;
            for (const Error& e : rejects)
                if (e.line == line) reject = &e;
            if (reject) {
                rows.push_back({{"line", line},
                                {"ok", false},
                                {"kind", reject->kind},
                                {"message", reject->message},
                                {"hint", reject->hint}});
                continue;
            }
            if (row >= c.size()) break;
            const size_t r = row++;
            const int64_t t = c.created_at[r];
            const int64_t followers = c.followers_of_author(c.author[r]);
            rows.push_back({{"line", line},
                            {"ok", true},
                            {"text", std::string(c.text_of(r))},
                            {"time", t != kNoTime ? Json(format_iso8601_utc(t)) : Json(nullptr)},
                            {"precision", to_string(c.precision[r])},
                            {"author", std::string(c.author_of(r))},
                            {"id", std::string(c.id_of(r))},
                            {"parent", std::string(c.str(c.parent_id[r]))},
                            {"likes", count_or_null(c.likes[r])},
                            {"replies", count_or_null(c.replies[r])},
                            {"shares", count_or_null(c.shares[r])},
                            {"rating", c.rating[r] > 0 ? Json(c.rating[r]) : Json(nullptr)},
                            {"lang", std::string(c.str(c.language_given[r]))},
                            {"followers", followers >= 0 ? Json(followers) : Json(nullptr)}});
        }
    }
    j["rows"] = std::move(rows);
    return j.dump();
}

} // namespace sv::app
