// csv_reader.cpp — see csv_reader.hpp.
#include "core/import/csv_reader.hpp"

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
        return d;
    }
    d.delimiter = kCandidates[best];
    d.reason =
        rows == 0 ? "the only delimiter in the header" : "the delimiter the header and the rows agree on";
    return d;
}

CsvReader::CsvReader(char* data, size_t size, char delimiter, size_t start)
    : data_(data), size_(size), pos_(start), delim_(delimiter) {
    stop_[static_cast<unsigned char>(delimiter)] = true;
    stop_[static_cast<unsigned char>('\n')] = true;
    stop_[static_cast<unsigned char>('\r')] = true;
}

CsvReader::Status CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    stray_quote_ = false;
    // Skip blank lines.
    while (pos_ < size_ && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
        if (data_[pos_] == '\n' || pos_ + 1 >= size_ || data_[pos_ + 1] != '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= size_) return Status::end;
    record_offset_ = pos_;
    record_line_ = line_;
    char* const d = data_;
    for (;;) {
        if (pos_ < size_ && d[pos_] == '"') {
            // Quoted field: copy segments between quotes down to `write` (in place).
            size_t pos = pos_ + 1;
            const size_t start = pos;
            size_t write = pos;
            for (;;) {
                const char* q = static_cast<const char*>(std::memchr(d + pos, '"', size_ - pos));
                const size_t qpos = q ? static_cast<size_t>(q - d) : size_;
                // Newlines inside the quotes advance the line count.
                for (const char* n = d + pos;
                     (n = static_cast<const char*>(std::memchr(n, '\n', qpos - static_cast<size_t>(n - d))));
                     ++n)
                    ++line_;
                if (write != pos) std::memmove(d + write, d + pos, qpos - pos);
                write += qpos - pos;
                if (!q) {
                    fields.emplace_back(d + start, write - start);
                    pos_ = size_;
                    return Status::unterminated_quote;
                }
                if (qpos + 1 < size_ && d[qpos + 1] == '"') {
                    d[write++] = '"';
                    pos = qpos + 2;
                    continue;
                }
                pos = qpos + 1;
                break;
            }
            // Text after the closing quote up to the delimiter stays part of the field.
            if (pos < size_ && !stop_[static_cast<unsigned char>(d[pos])]) {
                stray_quote_ = true;
                while (pos < size_ && !stop_[static_cast<unsigned char>(d[pos])]) d[write++] = d[pos++];
            }
            fields.emplace_back(d + start, write - start);
            pos_ = pos;
        } else {
            size_t pos = pos_;
            while (pos < size_ && !stop_[static_cast<unsigned char>(d[pos])]) ++pos;
            fields.emplace_back(d + pos_, pos - pos_);
            pos_ = pos;
        }
        if (pos_ >= size_) return Status::record;
        const char c = d[pos_];
        if (c == delim_) {
            ++pos_;
            if (pos_ >= size_) {
                fields.emplace_back(d + pos_, 0);
                return Status::record;
            }
            continue;
        }
        // End of record.
        ++pos_;
        if (c == '\r' && pos_ < size_ && d[pos_] == '\n') ++pos_;
        ++line_;
        return Status::record;
    }
}

} // namespace sv
