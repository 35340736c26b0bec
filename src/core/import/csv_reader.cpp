// csv_reader.cpp — see csv_reader.hpp.
#include "core/import/csv_reader.hpp"

#include "core/text/byte_scan.hpp"
#include "core/text/simd_bytes.hpp"

#include <cstring>

namespace sv {

namespace {

// Counts each candidate delimiter outside quotes in one record starting at `pos`; returns the position
// after the record.
size_t count_record(std::string_view t, size_t pos, int counts[4]) {
    static const char kCandidates[4] = {',', ';', '\t', '|'};
    bool quoted = false;
    for (int k = 0; k < 4; ++k) counts[k] = 0;
    while (pos < t.size()) {
        const char c = t[pos++];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n') break;
            if (c == '\r') {
                if (pos < t.size() && t[pos] == '\n') ++pos;
                break;
            }
            for (int k = 0; k < 4; ++k)
                if (c == kCandidates[k]) ++counts[k];
        }
    }
    return pos;
}

} // namespace

CsvDialect sniff_csv(std::string_view t) {
    CsvDialect d;
    static const char kCandidates[4] = {',', ';', '\t', '|'};
    // Excel's "sep=;" hint line.
    if (t.size() >= 5 && (t.substr(0, 4) == "sep=" || t.substr(0, 4) == "SEP=")) {
        const char c = t[4];
        size_t p = 5;
        while (p < t.size() && t[p] != '\n') ++p;
        if (p < t.size()) ++p;
        d.delimiter = c;
        d.skip_bytes = p;
        d.reason = "an Excel 'sep=' line names the delimiter";
        d.why = DelimiterWhy::sep_line;
        return d;
    }
    constexpr int kRecords = 20;
    int header[4] = {}, row[4] = {};
    int agree[4] = {}, rows = 0;
    size_t pos = count_record(t, 0, header);
    while (pos < t.size() && rows < kRecords) {
        const size_t next = count_record(t, pos, row);
        if (next - pos > 1) {
            ++rows;
            for (int k = 0; k < 4; ++k)
                if (row[k] == header[k]) ++agree[k];
        }
        pos = next;
    }
    int best = -1;
    long best_score = -1;
    for (int k = 0; k < 4; ++k) {
        if (header[k] == 0) continue;
        // Rows that agree with the header count most; then how many columns the delimiter makes.
        const long score = static_cast<long>(agree[k]) * 1000 + header[k];
        if (score > best_score) best_score = score, best = k;
    }
    if (best < 0) {
        d.delimiter = ',';
        d.reason = "no delimiter in the header: one column";
        d.why = DelimiterWhy::one_column;
        return d;
    }
    d.delimiter = kCandidates[best];
    d.reason =
        rows == 0 ? "the only delimiter in the header" : "the delimiter the header and the rows agree on";
    d.why = rows == 0 ? DelimiterWhy::header_only : DelimiterWhy::header_and_rows;
    return d;
}

CsvReader::CsvReader(char* data, size_t size, char delimiter, size_t start, bool final)
    : data_(data), size_(size), pos_(start), delim_(delimiter), final_(final) {
    stop_[static_cast<unsigned char>(delimiter)] = true;
    stop_[static_cast<unsigned char>('\n')] = true;
    stop_[static_cast<unsigned char>('\r')] = true;
}

void CsvReader::rebase(char* data, size_t size, size_t pos, uint64_t base, bool final) {
    data_ = data;
    size_ = size;
    pos_ = pos;
    base_ = base;
    final_ = final;
}

CsvReader::Status CsvReader::abandon() {
    pos_ = record_offset_;
    line_ = record_line_;
    return Status::need_more;
}

// Eight bytes at a time: the lowest byte equal to the delimiter, CR or LF (byte_matches is exact for the
// lowest match on little-endian machines, which x86 and WebAssembly are).
size_t CsvReader::find_stop(size_t pos) const {
    const char* const d = data_;
#ifdef __wasm_simd128__
    // WebAssembly: 16 bytes at a time with SIMD128 (the SWAR loop below is the native path).
    return static_cast<size_t>(find_any3_simd(d + pos, d + size_, delim_, '\n', '\r') - d);
#else
    const auto dm = static_cast<unsigned char>(delim_);
    while (pos + 8 <= size_) {
        uint64_t w;
        std::memcpy(&w, d + pos, 8);
        const uint64_t m = byte_matches(w, dm) | byte_matches(w, '\n') | byte_matches(w, '\r');
        if (m) return pos + (static_cast<size_t>(__builtin_ctzll(m)) >> 3);
        pos += 8;
    }
    while (pos < size_ && !stop_[static_cast<unsigned char>(d[pos])]) ++pos;
    return pos;
#endif
}

void CsvReader::unescape(std::vector<std::string_view>& fields) {
    char* const d = data_;
    for (const Escaped& e : escaped_) {
        size_t r = e.begin, w = e.begin;
        while (r < e.end) {
            const char c = d[r];
            if (c != '"') {
                d[w++] = c, ++r;
                continue;
            }
            if (r + 1 < e.end && d[r + 1] == '"') { // a doubled quote inside the quotes
                d[w++] = '"', r += 2;
                continue;
            }
            // The closing quote: what follows it up to the delimiter stays part of the field, as is.
            ++r;
            if (w != r) std::memmove(d + w, d + r, e.end - r);
            w += e.end - r;
            break;
        }
        fields[e.field] = std::string_view(d + e.begin, w - e.begin);
    }
    escaped_.clear();
}

CsvReader::Status CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    escaped_.clear();
    stray_quote_ = false;
    // Skip blank lines (a CR at the end of a partial buffer waits: it may be half of a CRLF).
    while (pos_ < size_ && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
        if (data_[pos_] == '\r' && pos_ + 1 >= size_ && !final_) return Status::need_more;
        if (data_[pos_] == '\n' || pos_ + 1 >= size_ || data_[pos_ + 1] != '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= size_) return final_ ? Status::end : Status::need_more;
    record_offset_ = pos_;
    record_line_ = line_;
    char* const d = data_;
    for (;;) {
        if (pos_ < size_ && d[pos_] == '"') {
            // Quoted field: find the closing quote; doubled quotes are rewritten when the record is complete.
            size_t pos = pos_ + 1;
            const size_t start = pos;
            bool escaped = false;
            for (;;) {
                const char* q = find_byte(d + pos, d + size_, '"');
                const size_t qpos = static_cast<size_t>(q - d);
                if (qpos == size_) q = nullptr;
                if (!q && !final_) return abandon();
                // Newlines inside the quotes advance the line count.
                for (const char *n = d + pos, *qe = d + qpos; (n = find_byte(n, qe, '\n')) != qe; ++n)
                    ++line_;
                if (!q) {
                    if (escaped) escaped_.push_back({fields.size(), start, size_});
                    fields.emplace_back(d + start, size_ - start);
                    pos_ = size_;
                    unescape(fields);
                    return Status::unterminated_quote;
                }
                if (qpos + 1 >= size_ && !final_) return abandon(); // "" or the closing quote: unknown yet
                if (qpos + 1 < size_ && d[qpos + 1] == '"') {
                    escaped = true;
                    pos = qpos + 2;
                    continue;
                }
                pos = qpos + 1;
                break;
            }
            const size_t close = pos - 1;
            // Text after the closing quote up to the delimiter stays part of the field.
            if (pos < size_ && !stop_[static_cast<unsigned char>(d[pos])]) {
                stray_quote_ = true;
                escaped = true;
                pos = find_stop(pos);
            }
            if (escaped) escaped_.push_back({fields.size(), start, pos});
            fields.emplace_back(d + start, close - start);
            pos_ = pos;
        } else {
            const size_t pos = find_stop(pos_);
            fields.emplace_back(d + pos_, pos - pos_);
            pos_ = pos;
        }
        if (pos_ >= size_) {
            if (!final_) return abandon();
            unescape(fields);
            return Status::record;
        }
        const char c = d[pos_];
        if (c == delim_) {
            ++pos_;
            if (pos_ >= size_) {
                if (!final_) return abandon();
                fields.emplace_back(d + pos_, 0);
                unescape(fields);
                return Status::record;
            }
            continue;
        }
        // End of record.
        ++pos_;
        if (c == '\r') {
            if (pos_ >= size_ && !final_) return abandon(); // CR LF split by the chunk end
            if (pos_ < size_ && d[pos_] == '\n') ++pos_;
        }
        ++line_;
        if (!escaped_.empty()) unescape(fields);
        return Status::record;
    }
}

} // namespace sv
