// csv_import.cpp — see csv_import.hpp.
#include "core/import/csv_import.hpp"

#include "core/import/json_import.hpp"
#include "core/pipeline/job.hpp"
#include "core/text/count.hpp"
#include "core/text/encoding.hpp"
#include "core/text/takeout_text.hpp"

#include <cstring>

namespace sv {

namespace {

std::string excerpt_of(std::string_view bytes) {
    std::string out;
    // The record's bytes may hold the leftovers of in-place unescaping: keep the excerpt valid UTF-8.
    for (const char c : valid_utf8(utf8_prefix(bytes, 80))) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
    return out;
}

} // namespace

CsvImport::CsvImport(std::vector<char>& window, TextFeed& feed, CommentSink& sink, ImportReport& report,
                     CommentStore& store, const ImportOptions& options)
    : text_(window), feed_(feed), sink_(sink), report_(report), store_(store), options_(options) {}

uint64_t CsvImport::total_bytes() const {
    const uint64_t seen = (reader_ ? reader_->base() : 0) + text_.size();
    return feed_.ended() || feed_.raw_size() < seen ? seen : feed_.raw_size();
}

Status CsvImport::start(std::string_view sample) {
    const CsvDialect dialect = sniff_csv(sample);
    // The window: one chunk plus the tail of a cut record (a longer record grows it).
    text_.reserve(std::min<uint64_t>(kImportChunkBytes, feed_.raw_size()) + (size_t(1) << 16));
    // The first chunk of text, then the header (more chunks while the header is cut, within the sample).
    if (text_.empty() && feed_.fill(text_) == ReadStatus::failed) return feed_.error();
    reader_ = std::make_unique<CsvReader>(text_.data(), text_.size(), dialect.delimiter, dialect.skip_bytes,
                                          feed_.ended());
    CsvReader::Status hs = reader_->next(fields_);
    while (hs == CsvReader::Status::need_more && text_.size() <= (size_t(1) << 20) && refill())
        hs = reader_->next(fields_);
    if (failed_) return error_;
    if (hs == CsvReader::Status::need_more)
        return with_code(make_error("header_too_long",
                                    "the header row is longer than 1 MiB (or opens a quote it never closes)",
                                    "check that the file is a CSV export with a header row"),
                         ErrorCode::header_too_long);
    if (hs != CsvReader::Status::record)
        return with_code(make_error("empty_file", "the file has no header row",
                                    "export the comments again with a header row"),
                         ErrorCode::no_header_row);
    std::vector<std::string> normalised;
    for (const std::string_view h : fields_) {
        headers_.emplace_back(h);
        normalised.push_back(normalise_header(h));
    }
    const CsvPreset* forced = nullptr;
    if (!options_.format.empty() && options_.format != "generic_csv" && options_.format != "csv") {
        forced = find_csv_preset(options_.format);
        if (!forced) {
            std::vector<std::string> names = csv_preset_names();
            for (const std::string& n : json_format_names()) names.push_back(n);
            return with_code(make_error("unknown_format", "unknown format '" + options_.format + "'",
                                        "use one of: generic_csv, " + join(names)),
                             ErrorCode::unknown_format, options_.format, "generic_csv, " + join(names));
        }
    }
    HeaderMatch match = match_headers(normalised, forced);
    map_ = match.map;
    const char* delim_name = dialect.delimiter == '\t'  ? "TAB"
                             : dialect.delimiter == ';' ? "';'"
                             : dialect.delimiter == '|' ? "'|'"
                                                        : "','";
    if (match.preset) {
        report_.format = match.preset->format;
        takeout_text_ = report_.format == "youtube_takeout_csv";
        report_.format_reason = forced ? "chosen by the user (--format)"
                                       : std::string(match.preset->reason) + "; delimiter " + delim_name;
        report_.format_why = {FormatWhy::Kind::csv_preset, forced != nullptr,
                              forced ? "" : match.preset->reason, delim_name};
        sink_.set_platform(match.preset->platform);
    } else {
        report_.format = "generic_csv";
        report_.format_reason =
            std::string(options_.format.empty() ? "not JSON and no known export's headers: "
                                                : "chosen by the user (--format): ") +
            "CSV with delimiter " + delim_name + " (" + dialect.reason + "), columns matched by header name";
        report_.format_why = {FormatWhy::Kind::csv_generic, !options_.format.empty(), "", delim_name,
                              dialect.why};
        sink_.set_platform(Platform::generic);
    }
    if (!options_.mapping.empty()) {
        const Status st = apply_mapping(options_.mapping, headers_, normalised, map_);
        if (!st) return st;
        report_.format_reason += "; mapping given with --map";
        report_.format_why.mapped = true;
    }
    if (map_[Field::text] < 0 && map_[Field::rating] < 0)
        return with_code(make_error("no_text_column",
                                    "no column holds the comment text (columns: " + join(headers_) + ")",
                                    "name the text column: stormvakt analyze FILE --map text=COLUMN"),
                         ErrorCode::no_text_column, join(headers_));
    // Unmapped columns are kept as extras.
    extra_columns_.assign(headers_.size(), -1);
    std::vector<bool> mapped(headers_.size(), false);
    for (const int c : map_.column)
        if (c >= 0) mapped[static_cast<size_t>(c)] = true;
    for (size_t i = 0; i < headers_.size(); ++i) {
        if (mapped[i] || headers_[i].empty()) continue;
        extra_columns_[i] = static_cast<int>(store_.extras.size());
        store_.extras.push_back({headers_[i], {}});
    }
    // Reserve from the first records' average length.
    const size_t header_end = reader_->offset(); // in the window (base() is 0 unless the header was cut)
    header_end_ = static_cast<size_t>(reader_->base()) + header_end;
    const size_t total = static_cast<size_t>(total_bytes());
    size_t probe = 0, probe_rows = 0;
    {
        // Line ends in the sample after the header (the sample is the same however the file is chunked).
        const size_t from = static_cast<size_t>(reader_->base()) + header_end;
        if (from < sample.size()) {
            for (size_t i = from; i < sample.size(); ++i)
                if (sample[i] == '\n') ++probe_rows;
            probe = sample.size() - from;
        }
    }
    if (probe_rows > 0) {
        const size_t rows = (total - header_end_) / (probe / probe_rows > 0 ? probe / probe_rows : 1) + 16;
        // The string arena starts small; reserve_text_ahead() sizes it from what the first rows need.
        store_.reserve(rows, std::min<size_t>(total - header_end_, size_t(1) << 20));
        for (auto& e : store_.extras) e.cell.reserve(rows);
    }
    return Ok{};
}

Error CsvImport::located(Error e, const Record& r, int column) const {
    e.line = r.line;
    e.byte_offset = static_cast<int64_t>(reader_->base() + r.offset);
    e.column = column;
    e.excerpt = excerpt_of(std::string_view(text_.data() + r.offset, r.end - r.offset));
    return e;
}

void CsvImport::map_record(Record& rec) {
    const std::vector<std::string_view>& f = rec.fields;
    rec.mapped = f.size() == headers_.size();
    if (!rec.mapped) return;
    auto cell = [&](Field fl) -> std::string_view {
        const int c = map_[fl];
        return c >= 0 ? f[static_cast<size_t>(c)] : std::string_view{};
    };
    RawComment& c = rec.comment;
    c = RawComment{};
    c.id = cell(Field::id);
    c.parent = cell(Field::parent);
    c.thread = cell(Field::thread);
    c.author = cell(Field::author);
    c.text = cell(Field::text);
    if (takeout_text_ && decode_takeout_text(c.text, rec.decoded_text)) c.text = rec.decoded_text;
    c.time = cell(Field::time);
    c.lang = cell(Field::lang);
    c.followers = parse_count(cell(Field::followers));
    c.likes = parse_count(cell(Field::likes));
    c.replies = parse_count(cell(Field::replies));
    c.shares = parse_count(cell(Field::shares));
    if (map_[Field::rating] >= 0) {
        const int64_t r = parse_count(cell(Field::rating));
        c.rating = r >= 1 && r <= 5 ? static_cast<int>(r) : 0;
    }
    sink_.prefetch_author(c);
}

void CsvImport::add_record(Record& rec) {
    const std::vector<std::string_view>& f = rec.fields;
    if (!rec.mapped) {
        // A trailing empty field from a final delimiter is still a ragged row: the data is shifted.
        Error e = located(make_error("ragged_row",
                                     "the row has " + std::to_string(f.size()) + " fields, the header has " +
                                         std::to_string(headers_.size()),
                                     "quote fields that contain the delimiter or a line break (\"...\"), or "
                                     "check that every row has one field per header column"),
                          rec, static_cast<int>(f.size() < headers_.size() ? f.size() : headers_.size()));
        e.code = ErrorCode::ragged_row;
        e.n1 = static_cast<int64_t>(f.size());
        e.n2 = static_cast<int64_t>(headers_.size());
        sink_.reject(std::move(e));
        return;
    }
    Error why;
    if (!sink_.add(rec.comment, why)) {
        const Field at = why.kind == "bad_timestamp" ? Field::time : Field::text;
        report_.reject(located(std::move(why), rec, map_[at]));
        return;
    }
    const size_t r = store_.size() - 1;
    for (size_t i = 0; i < extra_columns_.size(); ++i)
        if (extra_columns_[i] >= 0 && !f[i].empty())
            store_.extras[static_cast<size_t>(extra_columns_[i])].cell[r] = store_.strings.append(f[i]);
}

// Keeps the string arena one reservation ahead of the file: arena bytes per input byte so far, times the
// input left, with a margin. Reserving the whole file up front wasted about 40% (only ids and texts are
// kept), and in WebAssembly reserved memory is real memory.
void CsvImport::reserve_text_ahead() {
    const size_t at = static_cast<size_t>(reader_->base() + reader_->offset());
    const size_t done = at - header_end_;
    if (done < (size_t(1) << 19)) return; // too early to tell (start() reserved the first MiB)
    const double per_byte = static_cast<double>(store_.strings.bytes()) / static_cast<double>(done);
    const uint64_t total = total_bytes();
    const double left = per_byte * static_cast<double>(total > at ? total - at : 0);
    // Grow when less than the estimate (+5%) is free, then to the estimate + 20%: few reallocations.
    if (static_cast<double>(store_.strings.capacity_bytes() - store_.strings.bytes()) < left * 1.05 + 4096)
        store_.strings.reserve(static_cast<size_t>(left * 1.2) + 4096);
}

bool CsvImport::refill() {
    // Every record before the reader's position is added: move the cut one to the front.
    const size_t keep_from = reader_->offset();
    const uint64_t base = reader_->base() + keep_from;
    if (keep_from > 0) {
        const size_t keep = text_.size() - keep_from;
        if (keep) std::memmove(text_.data(), text_.data() + keep_from, keep);
        text_.resize(keep);
    }
    const ReadStatus st = feed_.fill(text_);
    reader_->rebase(text_.data(), text_.size(), 0, base, feed_.ended());
    if (st == ReadStatus::failed) {
        failed_ = true;
        error_ = feed_.error();
    }
    return st == ReadStatus::data || st == ReadStatus::end;
}

bool CsvImport::step(double budget_ms) {
    if (done_) return true;
    if (batch_.size() != kBatch) batch_.resize(kBatch);
    const double start = clock_ms();
    for (;;) {
        reserve_text_ahead();
        for (int k = 0; k < 32; ++k) {
            size_t n = 0;
            CsvReader::Status st = CsvReader::Status::record;
            while (n < kBatch) {
                Record& rec = batch_[n];
                st = reader_->next(rec.fields);
                if (st == CsvReader::Status::end || st == CsvReader::Status::need_more) break;
                rec.line = reader_->record_line();
                rec.offset = reader_->record_offset();
                rec.end = reader_->offset();
                if (st == CsvReader::Status::unterminated_quote) break;
                map_record(rec);
                ++n;
            }
            if constexpr (kLoadToPrefetch) // WebAssembly: the batch's author slots, loaded together
                for (size_t i = 0; i < n; ++i) sink_.load_author_slot(batch_[i].comment);
            for (size_t i = 0; i < n; ++i) add_record(batch_[i]);
            if (st == CsvReader::Status::need_more) {
                if (refill()) continue;
                if (failed_) done_ = true;
                return done_; // pending: the source has nothing yet, try on the next step
            }
            if (st == CsvReader::Status::unterminated_quote) {
                const Record& rec = batch_[n];
                Error e = located(make_error("unterminated_quote",
                                             "a quoted field opened here is never closed; the rest of the "
                                             "file was read into it",
                                             "close the quote (\"...\") or double the quotes inside the "
                                             "field (\"\")"),
                                  rec, static_cast<int>(rec.fields.size()) - 1);
                e.code = ErrorCode::unterminated_quote;
                sink_.reject(std::move(e));
                done_ = true;
                return true;
            }
            if (st == CsvReader::Status::end) {
                done_ = true;
                return true;
            }
        }
        if (clock_ms() - start >= budget_ms) return false;
    }
}

} // namespace sv
