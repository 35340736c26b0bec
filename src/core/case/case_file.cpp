// case_file.cpp — see case_file.hpp for the format.
//
// [SECTION] Tags and layout
// [SECTION] Writing
// [SECTION] Reading: header, sections, validation
#include "core/case/case_file.hpp"

#include "core/base/clock.hpp"
#include "core/base/hash.hpp"
#include "core/report/analyze_report.hpp"

#include <cstring>
#include <optional>
#include <vector>

namespace sv {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Tags and layout
// ---------------------------------------------------------------------------------------------------------

constexpr char kMagic[8] = {'S', 'V', 'C', 'A', 'S', 'E', '0', '1'};
constexpr size_t kHeaderFixed = 16;
constexpr size_t kEntrySize = 32;

constexpr uint32_t tag(const char (&s)[5]) {
    return static_cast<uint32_t>(static_cast<uint8_t>(s[0])) |
           static_cast<uint32_t>(static_cast<uint8_t>(s[1])) << 8 |
           static_cast<uint32_t>(static_cast<uint8_t>(s[2])) << 16 |
           static_cast<uint32_t>(static_cast<uint8_t>(s[3])) << 24;
}

// Sections (one column each, or a blob).
constexpr uint32_t kMeta = tag("META");       // JSON: name, saved_at, user, source, import report
constexpr uint32_t kStrings = tag("STRS");    // CommentStore::strings
constexpr uint32_t kAuthors = tag("AUTS");    // author names (string list)
constexpr uint32_t kFollowers = tag("AFOL");  // followers per author (i64)
constexpr uint32_t kThreads = tag("THRS");    // thread ids (string list)
constexpr uint32_t kExtraNames = tag("EXTN"); // extra column names (string list)
constexpr uint32_t kExtraCells = tag("EXTC"); // extra cells, column after column (TextRef)
constexpr uint32_t kId = tag("CID_");
constexpr uint32_t kParentId = tag("CPID");
constexpr uint32_t kParent = tag("CPAR");
constexpr uint32_t kThread = tag("CTHR");
constexpr uint32_t kAuthor = tag("CAUT");
constexpr uint32_t kTime = tag("CTIM");
constexpr uint32_t kPrecision = tag("CPRC");
constexpr uint32_t kText = tag("CTXT");
constexpr uint32_t kLikes = tag("CLIK");
constexpr uint32_t kReplies = tag("CREP");
constexpr uint32_t kShares = tag("CSHR");
constexpr uint32_t kRating = tag("CRAT");
constexpr uint32_t kLangGiven = tag("CLNG");
constexpr uint32_t kSentLang = tag("SLAN");
constexpr uint32_t kSentCompound = tag("SCMP");
constexpr uint32_t kSentLabel = tag("SLBL");
constexpr uint32_t kSentEmotion = tag("SEMO");
constexpr uint32_t kSentConstructive = tag("SCON");

std::string tag_name(uint32_t t) {
    std::string s(4, ' ');
    for (int i = 0; i < 4; ++i) s[i] = static_cast<char>((t >> (8 * i)) & 0xff);
    return s;
}

} // namespace

// One section of the file: bytes built for it (meta, string lists) or a column's memory as it is.
struct CaseSection {
    uint32_t tag;
    uint32_t elem_size;
    std::string owned;         // bytes built for the file
    std::string_view external; // or a column's memory (not copied; must not change while writing)
    bool is_external = false;
    std::string_view bytes() const { return is_external ? external : std::string_view(owned); }
};

namespace {

using Section = CaseSection;

template <class T>
Section column(uint32_t t, const std::vector<T>& v) {
    Section s{t, static_cast<uint32_t>(sizeof(T)), {}, {}, true};
    s.external = std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    return s;
}

// A list of strings: u32 count, u32 lengths[count], then the bytes.
Section string_list(uint32_t t, const Interner& in) {
    Section s{t, 1, {}, {}, false};
    const uint32_t n = in.size();
    s.owned.append(reinterpret_cast<const char*>(&n), 4);
    for (uint32_t i = 0; i < n; ++i) {
        const uint32_t len = static_cast<uint32_t>(in.name(i).size());
        s.owned.append(reinterpret_cast<const char*>(&len), 4);
    }
    for (uint32_t i = 0; i < n; ++i) s.owned.append(in.name(i));
    return s;
}

nlohmann::ordered_json import_report_json(const ImportReport& r) {
    nlohmann::ordered_json j;
    j["format"] = r.format;
    j["format_reason"] = r.format_reason;
    j["encoding"] = r.encoding;
    j["rows_read"] = r.rows_read;
    j["rows_accepted"] = r.rows_accepted;
    j["rows_rejected"] = r.rows_rejected;
    auto rejects = nlohmann::ordered_json::array();
    for (const Error& e : r.rejects) rejects.push_back(error_to_json(e));
    j["rejects"] = rejects;
    j["rejects_by_kind"] = r.rejects_by_kind;
    j["warnings"] = r.warnings;
    j["replies_linked"] = r.replies_linked;
    j["precision_counts"] = r.precision_counts;
    return j;
}

template <class T>
T json_get(const nlohmann::ordered_json& j, const char* key, T fallback) {
    const auto it = j.find(key);
    if (it == j.end()) return fallback;
    const T* v = it->template get_ptr<const T*>();
    return v ? *v : fallback;
}

ImportReport import_report_from_json(const nlohmann::ordered_json& j) {
    ImportReport r;
    if (!j.is_object()) return r;
    r.format = json_get<std::string>(j, "format", "");
    r.format_reason = json_get<std::string>(j, "format_reason", "");
    r.encoding = json_get<std::string>(j, "encoding", "");
    r.rows_read = json_get<uint64_t>(j, "rows_read", 0);
    r.rows_accepted = json_get<uint64_t>(j, "rows_accepted", 0);
    r.rows_rejected = json_get<uint64_t>(j, "rows_rejected", 0);
    r.replies_linked = json_get<uint64_t>(j, "replies_linked", 0);
    if (auto it = j.find("rejects"); it != j.end() && it->is_array())
        for (const auto& e : *it) {
            if (!e.is_object()) continue;
            Error err;
            err.kind = json_get<std::string>(e, "kind", "");
            err.message = json_get<std::string>(e, "message", "");
            err.hint = json_get<std::string>(e, "hint", "");
            err.excerpt = json_get<std::string>(e, "excerpt", "");
            err.line = json_get<int64_t>(e, "line", -1);
            err.byte_offset = json_get<int64_t>(e, "byte_offset", -1);
            err.column = static_cast<int32_t>(json_get<int64_t>(e, "column", -1));
            r.rejects.push_back(std::move(err));
        }
    auto counts = [&](const char* key, std::map<std::string, uint64_t>& out) {
        if (auto it = j.find(key); it != j.end() && it->is_object())
            for (auto kv = it->begin(); kv != it->end(); ++kv)
                if (kv.value().is_number_unsigned()) out[kv.key()] = kv.value().get<uint64_t>();
    };
    counts("rejects_by_kind", r.rejects_by_kind);
    counts("precision_counts", r.precision_counts);
    if (auto it = j.find("warnings"); it != j.end() && it->is_array())
        for (const auto& w : *it)
            if (w.is_string()) r.warnings.push_back(w.get<std::string>());
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------------------------------

CaseWriteJob::CaseWriteJob(const Analysis& a, const CaseMeta& meta) {
    const CommentStore& c = a.comments;
    std::vector<Section>& sections = sections_;

    nlohmann::ordered_json m;
    m["name"] = meta.name;
    m["saved_at"] = meta.saved_at;
    m["source_name"] = a.source_name;
    m["source_bytes"] = a.source_bytes;
    m["platform"] = static_cast<int>(c.platform);
    m["comments"] = c.size();
    m["import"] = import_report_json(a.import);
    m["user"] = meta.user;
    sections.push_back({kMeta, 1, m.dump(), {}, false});

    sections.push_back(column(kStrings, c.strings.raw()));
    sections.push_back(string_list(kAuthors, c.authors));
    sections.push_back(column(kFollowers, c.author_followers));
    sections.push_back(string_list(kThreads, c.threads));
    {
        Interner names;
        std::vector<TextRef> cells;
        for (const ExtraColumn& e : c.extras) {
            names.intern(e.name);
            cells.insert(cells.end(), e.cell.begin(), e.cell.end());
        }
        sections.push_back(string_list(kExtraNames, names));
        Section extra{kExtraCells, static_cast<uint32_t>(sizeof(TextRef)), {}, {}, false};
        extra.owned.assign(reinterpret_cast<const char*>(cells.data()), cells.size() * sizeof(TextRef));
        sections.push_back(std::move(extra));
    }
    sections.push_back(column(kId, c.id));
    sections.push_back(column(kParentId, c.parent_id));
    sections.push_back(column(kParent, c.parent));
    sections.push_back(column(kThread, c.thread));
    sections.push_back(column(kAuthor, c.author));
    sections.push_back(column(kTime, c.created_at));
    sections.push_back(column(kPrecision, c.precision));
    sections.push_back(column(kText, c.text));
    sections.push_back(column(kLikes, c.likes));
    sections.push_back(column(kReplies, c.replies));
    sections.push_back(column(kShares, c.shares));
    sections.push_back(column(kRating, c.rating));
    sections.push_back(column(kLangGiven, c.language_given));
    const SentimentColumns& s = a.sentiment;
    if (s.present() && s.size() == c.size()) {
        sections.push_back(column(kSentLang, s.language));
        sections.push_back(column(kSentCompound, s.compound));
        sections.push_back(column(kSentLabel, s.label));
        sections.push_back(column(kSentEmotion, s.emotionality));
        sections.push_back(column(kSentConstructive, s.constructive));
    }
    checksums_.resize(sections.size());
    for (const Section& sec : sections) total_ += sec.bytes().size();
}

CaseWriteJob::~CaseWriteJob() = default;

Progress CaseWriteJob::progress() const {
    return {"save", stage_ == 0 ? done_ / 2 : total_ / 2 + done_ / 2, total_};
}

StepResult CaseWriteJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    constexpr size_t kSlice = size_t(4) << 20; // bytes between clock checks (a multiple of 8)
    if (stage_ == 0) {                         // checksums, a slice at a time
        while (section_ < sections_.size()) {
            if (!hash_) hash_.emplace(sections_[section_].bytes());
            done_ += hash_->feed(kSlice);
            if (hash_->done()) {
                checksums_[section_++] = hash_->value();
                hash_.reset();
            }
            if (clock_ms() >= deadline) return StepResult::more;
        }
        // Header with offsets (payloads 8-byte aligned) and checksums.
        std::string header(kHeaderFixed + kEntrySize * sections_.size() + 8, '\0');
        std::memcpy(header.data(), kMagic, 8);
        const uint32_t version = kCaseFormatVersion, count = static_cast<uint32_t>(sections_.size());
        std::memcpy(header.data() + 8, &version, 4);
        std::memcpy(header.data() + 12, &count, 4);
        uint64_t offset = header.size();
        for (size_t i = 0; i < sections_.size(); ++i) {
            offset = (offset + 7) & ~uint64_t(7);
            const Section& sec = sections_[i];
            const uint64_t size = sec.bytes().size(), sum = checksums_[i];
            char* e = header.data() + kHeaderFixed + kEntrySize * i;
            std::memcpy(e, &sec.tag, 4);
            std::memcpy(e + 4, &sec.elem_size, 4);
            std::memcpy(e + 8, &offset, 8);
            std::memcpy(e + 16, &size, 8);
            std::memcpy(e + 24, &sum, 8);
            offset += size;
        }
        const uint64_t header_sum = hash_bytes(header.data(), header.size() - 8);
        std::memcpy(header.data() + header.size() - 8, &header_sum, 8);
        out_ = std::move(header);
        out_.reserve(offset);
        stage_ = 1;
        section_ = 0;
        done_ = 0;
        if (clock_ms() >= deadline) return StepResult::more;
    }
    if (stage_ == 1) { // the sections after the header, a slice at a time
        while (section_ < sections_.size()) {
            const std::string_view b = sections_[section_].bytes();
            if (offset_ == 0) out_.resize((out_.size() + 7) & ~size_t(7), '\0'); // 8-byte alignment
            const size_t end = b.size() - offset_ > kSlice ? offset_ + kSlice : b.size();
            out_.append(b.substr(offset_, end - offset_));
            done_ += end - offset_;
            offset_ = end;
            if (offset_ == b.size()) {
                offset_ = 0;
                ++section_;
            }
            if (section_ < sections_.size() && clock_ms() >= deadline) return StepResult::more;
        }
        sections_.clear();
        stage_ = 2;
    }
    return StepResult::done;
}

void write_case(const Analysis& a, const CaseMeta& meta, const ByteSink& sink) {
    const std::string bytes = write_case_to_string(a, meta);
    constexpr size_t kChunk = 1 << 20;
    for (size_t p = 0; p < bytes.size(); p += kChunk) sink(std::string_view(bytes).substr(p, kChunk));
}

std::string write_case_to_string(const Analysis& a, const CaseMeta& meta) {
    CaseWriteJob job(a, meta);
    run_to_end(job);
    return job.take();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Reading
// ---------------------------------------------------------------------------------------------------------
namespace {

struct Entry {
    uint32_t tag, elem_size;
    uint64_t offset, size, checksum;
};

class Reader {
public:
    Reader(std::string_view bytes, std::string_view what) : bytes_(bytes), what_(what) {}

    // Reads the section table; with `verify_sections`, also each section's checksum (CaseVerifyJob does
    // that in slices instead).
    Status header(bool verify_sections = true) {
        if (bytes_.size() < kHeaderFixed + 8 || std::memcmp(bytes_.data(), kMagic, 6) != 0)
            return damaged("it is not a Stormvakt case file (wrong signature)", "");
        uint32_t version = 0, count = 0;
        std::memcpy(&version, bytes_.data() + 8, 4);
        std::memcpy(&count, bytes_.data() + 12, 4);
        if (version > kCaseFormatVersion)
            return make_error("case_version",
                              std::string(what_) + " was saved by a newer Stormvakt (case format " +
                                  std::to_string(version) + "; this version reads up to " +
                                  std::to_string(kCaseFormatVersion) + ")",
                              "open it with the newer version, or re-import the original export here");
        if (version == 0) return damaged("its format version is 0", "");
        const uint64_t header_size = kHeaderFixed + kEntrySize * uint64_t(count) + 8;
        if (count > 4096 || header_size > bytes_.size()) return damaged("its section table is cut off", "");
        uint64_t stored = 0;
        std::memcpy(&stored, bytes_.data() + header_size - 8, 8);
        if (stored != hash_bytes(bytes_.data(), header_size - 8))
            return damaged("its header checksum does not match", "");
        for (uint32_t i = 0; i < count; ++i) {
            const char* e = bytes_.data() + kHeaderFixed + kEntrySize * i;
            Entry en;
            std::memcpy(&en.tag, e, 4);
            std::memcpy(&en.elem_size, e + 4, 4);
            std::memcpy(&en.offset, e + 8, 8);
            std::memcpy(&en.size, e + 16, 8);
            std::memcpy(&en.checksum, e + 24, 8);
            if (en.offset > bytes_.size() || en.size > bytes_.size() - en.offset)
                return damaged("section " + tag_name(en.tag) + " lies outside the file (file cut off?)",
                               tag_name(en.tag));
            if (verify_sections && en.checksum != hash_bytes(bytes_.data() + en.offset, en.size))
                return damaged("section " + tag_name(en.tag) + " fails its checksum", tag_name(en.tag));
            entries_.push_back(en);
        }
        return Ok{};
    }

    const std::vector<Entry>& entries() const { return entries_; }

    const Entry* find(uint32_t t) const {
        for (const Entry& e : entries_)
            if (e.tag == t) return &e;
        return nullptr;
    }

    std::string_view payload(const Entry& e) const { return bytes_.substr(e.offset, e.size); }

    template <class T>
    Status read_column(uint32_t t, std::vector<T>& out, size_t rows) {
        const Entry* e = find(t);
        if (!e) return damaged("column " + tag_name(t) + " is missing", tag_name(t));
        if (e->elem_size != sizeof(T) || e->size != rows * sizeof(T))
            return damaged("column " + tag_name(t) + " has the wrong size", tag_name(t));
        out.resize(rows);
        if (rows) std::memcpy(out.data(), bytes_.data() + e->offset, e->size);
        return Ok{};
    }

    Status read_strings(uint32_t t, Interner& out) {
        const Entry* e = find(t);
        if (!e) return damaged("string list " + tag_name(t) + " is missing", tag_name(t));
        const std::string_view p = payload(*e);
        if (p.size() < 4) return damaged("string list " + tag_name(t) + " is cut off", tag_name(t));
        uint32_t n = 0;
        std::memcpy(&n, p.data(), 4);
        if (uint64_t(n) * 4 + 4 > p.size())
            return damaged("string list " + tag_name(t) + " is cut off", tag_name(t));
        uint64_t pos = 4 + uint64_t(n) * 4;
        for (uint32_t i = 0; i < n; ++i) {
            uint32_t len = 0;
            std::memcpy(&len, p.data() + 4 + 4 * uint64_t(i), 4);
            if (pos + len > p.size())
                return damaged("string list " + tag_name(t) + " is cut off", tag_name(t));
            if (out.intern(p.substr(pos, len)) != i)
                return damaged("string list " + tag_name(t) + " repeats an entry", tag_name(t));
            pos += len;
        }
        return Ok{};
    }

    Error damaged(const std::string& why, const std::string& section) const {
        Error e = make_error(
            "case_damaged", std::string(what_) + " is damaged: " + why,
            "this case cannot be opened; re-import the original export (other cases are not affected)");
        e.excerpt = section;
        return e;
    }

private:
    std::string_view bytes_;
    std::string_view what_;
    std::vector<Entry> entries_;
};

bool refs_ok(const std::vector<TextRef>& refs, size_t arena) {
    for (const TextRef& r : refs)
        if (uint64_t(r.offset) + r.size > arena) return false;
    return true;
}

} // namespace

// The reading, as a sequence of stages a CaseReadJob runs between clock checks; the long ones (the string
// arena, the author and thread names, the per-row checks) resume where they stopped.
struct CaseReadJob::State {
    State(std::string_view b, std::string_view w, bool verified)
        : bytes(b), rd(b, w), sections_verified(verified) {}
    std::string_view bytes;
    Reader rd;
    bool sections_verified;
    LoadedCase out;
    uint64_t rows = 0;
    size_t arena = 0;
    size_t stage = 0;
    uint64_t cursor = 0; // position inside a resumable stage (bytes, names or rows)
    uint64_t pos = 0;    // read_strings: byte position of the next name
    Error error;

    enum class Step : uint8_t { done, more, failed };
    Step fail(Error e) {
        error = std::move(e);
        return Step::failed;
    }
    Step check(Status st) { return st ? Step::done : fail(st.error()); }

    // A string list (authors, threads) interned a part at a time.
    Step read_strings(uint32_t t, Interner& out, double deadline) {
        const Entry* e = rd.find(t);
        if (!e) return fail(rd.damaged("string list " + tag_name(t) + " is missing", tag_name(t)));
        const std::string_view p = rd.payload(*e);
        if (p.size() < 4) return fail(rd.damaged("string list " + tag_name(t) + " is cut off", tag_name(t)));
        uint32_t n = 0;
        std::memcpy(&n, p.data(), 4);
        if (uint64_t(n) * 4 + 4 > p.size())
            return fail(rd.damaged("string list " + tag_name(t) + " is cut off", tag_name(t)));
        if (cursor == 0) pos = 4 + uint64_t(n) * 4;
        for (uint32_t i = static_cast<uint32_t>(cursor); i < n; ++i) {
            uint32_t len = 0;
            std::memcpy(&len, p.data() + 4 + 4 * uint64_t(i), 4);
            if (pos + len > p.size())
                return fail(rd.damaged("string list " + tag_name(t) + " is cut off", tag_name(t)));
            if (out.intern(p.substr(pos, len)) != i)
                return fail(rd.damaged("string list " + tag_name(t) + " repeats an entry", tag_name(t)));
            pos += len;
            if ((i & 8191) == 8191 && i + 1 < n && clock_ms() >= deadline) {
                cursor = i + 1;
                return Step::more;
            }
        }
        cursor = 0;
        return Step::done;
    }

    Step run(size_t k, double deadline) {
        Analysis& a = *out.analysis;
        CommentStore& c = a.comments;
        switch (k) {
        case 0: { // header and description
            if (Status st = rd.header(!sections_verified); !st) return fail(st.error());
            const Entry* meta = rd.find(kMeta);
            if (!meta) return fail(rd.damaged("its description (META) is missing", "META"));
            const auto m = nlohmann::ordered_json::parse(rd.payload(*meta), nullptr, false);
            if (m.is_discarded() || !m.is_object())
                return fail(rd.damaged("its description (META) is not valid JSON", "META"));
            out.meta.name = json_get<std::string>(m, "name", "");
            out.meta.saved_at = json_get<int64_t>(m, "saved_at", 0);
            if (auto it = m.find("user"); it != m.end() && it->is_object()) out.meta.user = *it;
            a.source_name = json_get<std::string>(m, "source_name", "");
            a.source_bytes = json_get<uint64_t>(m, "source_bytes", 0);
            const int platform = static_cast<int>(json_get<int64_t>(m, "platform", 0));
            c.platform = platform >= 0 && platform <= static_cast<int>(Platform::generic)
                             ? static_cast<Platform>(platform)
                             : Platform::unknown;
            if (auto it = m.find("import"); it != m.end()) a.import = import_report_from_json(*it);
            rows = json_get<uint64_t>(m, "comments", 0);
            if (rows > bytes.size()) return fail(rd.damaged("its comment count is impossible", "META"));
            return Step::done;
        }
        case 1: { // the string arena, copied a few MiB at a time
            const Entry* e = rd.find(kStrings);
            const uint64_t size = e ? e->size : 0;
            std::vector<char>& raw = c.strings.raw();
            if (cursor == 0) {
                if (!e)
                    return fail(
                        rd.damaged("column " + tag_name(kStrings) + " is missing", tag_name(kStrings)));
                if (e->elem_size != 1) return fail(rd.damaged("column STRS has the wrong size", "STRS"));
                // Reserved, not resized: zero-filling ~100 MB first took 140 ms in one step.
                raw.clear();
                raw.reserve(size);
            }
            constexpr uint64_t kChunk = uint64_t(8) << 20;
            while (cursor < size) {
                const uint64_t n = std::min(kChunk, size - cursor);
                const char* from = bytes.data() + e->offset + cursor;
                raw.insert(raw.end(), from, from + n);
                cursor += n;
                if (cursor < size && clock_ms() >= deadline) return Step::more;
            }
            cursor = 0;
            arena = c.strings.bytes();
            return Step::done;
        }
        case 2:
            return read_strings(kAuthors, c.authors, deadline);
        case 3:
            return check(rd.read_column(kFollowers, c.author_followers, c.authors.size()));
        case 4:
            return read_strings(kThreads, c.threads, deadline);
        case 5:
            return check(rd.read_column(kId, c.id, rows));
        case 6:
            return check(rd.read_column(kParentId, c.parent_id, rows));
        case 7:
            return check(rd.read_column(kParent, c.parent, rows));
        case 8:
            return check(rd.read_column(kThread, c.thread, rows));
        case 9:
            return check(rd.read_column(kAuthor, c.author, rows));
        case 10:
            return check(rd.read_column(kTime, c.created_at, rows));
        case 11:
            return check(rd.read_column(kPrecision, c.precision, rows));
        case 12:
            return check(rd.read_column(kText, c.text, rows));
        case 13:
            return check(rd.read_column(kLikes, c.likes, rows));
        case 14:
            return check(rd.read_column(kReplies, c.replies, rows));
        case 15:
            return check(rd.read_column(kShares, c.shares, rows));
        case 16:
            return check(rd.read_column(kRating, c.rating, rows));
        case 17:
            return check(rd.read_column(kLangGiven, c.language_given, rows));
        case 18: // values that index into other structures must be in range: a damaged file never reaches the
                 // app
            if (!refs_ok(c.id, arena) || !refs_ok(c.parent_id, arena) || !refs_ok(c.text, arena) ||
                !refs_ok(c.language_given, arena))
                return fail(rd.damaged("a text reference points outside its strings", "STRS"));
            return Step::done;
        case 19:
            for (uint64_t i = cursor; i < rows; ++i) {
                if (c.author[i] >= c.authors.size() && !(c.authors.size() == 0 && c.author[i] == 0))
                    return fail(rd.damaged(
                        "comment " + std::to_string(i) + " names an author that is not listed", "CAUT"));
                if (c.thread[i] >= c.threads.size() && !(c.threads.size() == 0 && c.thread[i] == 0))
                    return fail(rd.damaged(
                        "comment " + std::to_string(i) + " names a thread that is not listed", "CTHR"));
                if (c.parent[i] != kNoParent &&
                    (c.parent[i] < 0 || static_cast<uint64_t>(c.parent[i]) >= rows))
                    return fail(rd.damaged("comment " + std::to_string(i) + " has a parent outside the file",
                                           "CPAR"));
                if (static_cast<uint8_t>(c.precision[i]) > static_cast<uint8_t>(TimePrecision::second))
                    return fail(rd.damaged("comment " + std::to_string(i) + " has an unknown time precision",
                                           "CPRC"));
                if ((i & 65535) == 65535 && i + 1 < rows && clock_ms() >= deadline) {
                    cursor = i + 1;
                    return Step::more;
                }
            }
            cursor = 0;
            return Step::done;
        case 20: { // extra columns
            Interner extra_names;
            if (Status st = rd.read_strings(kExtraNames, extra_names); !st) return fail(st.error());
            std::vector<TextRef> cells;
            if (Status st = rd.read_column(kExtraCells, cells, size_t(extra_names.size()) * rows); !st)
                return fail(st.error());
            if (!refs_ok(cells, arena))
                return fail(rd.damaged("an extra column points outside its strings", "EXTC"));
            for (uint32_t k2 = 0; k2 < extra_names.size(); ++k2) {
                ExtraColumn e;
                e.name = std::string(extra_names.name(k2));
                e.cell.assign(cells.begin() + static_cast<ptrdiff_t>(k2 * rows),
                              cells.begin() + static_cast<ptrdiff_t>((k2 + 1) * rows));
                c.extras.push_back(std::move(e));
            }
            return Step::done;
        }
        case 21: { // the sentiment columns, when the case has them
            if (!rd.find(kSentCompound)) return Step::done;
            SentimentColumns& sc = a.sentiment;
            Status cols[] = {rd.read_column(kSentLang, sc.language, rows),
                             rd.read_column(kSentCompound, sc.compound, rows),
                             rd.read_column(kSentLabel, sc.label, rows),
                             rd.read_column(kSentEmotion, sc.emotionality, rows),
                             rd.read_column(kSentConstructive, sc.constructive, rows)};
            for (const Status& st : cols)
                if (!st) return fail(st.error());
            for (size_t i = 0; i < rows; ++i)
                if (static_cast<uint8_t>(sc.language[i]) >= static_cast<uint8_t>(Lang::count) ||
                    static_cast<int8_t>(sc.label[i]) < -1 || static_cast<int8_t>(sc.label[i]) > 1)
                    return fail(rd.damaged("comment " + std::to_string(i) + " has an invalid sentiment entry",
                                           "SLAN"));
            return Step::done;
        }
        default:
            return Step::done;
        }
    }
    static constexpr size_t kStages = 22;
};

CaseReadJob::CaseReadJob(std::string_view bytes, std::string_view what, bool sections_verified)
    : st_(std::make_unique<State>(bytes, what, sections_verified)) {
    st_->out.analysis = std::make_unique<Analysis>();
}

CaseReadJob::~CaseReadJob() = default;

StepResult CaseReadJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    State& st = *st_;
    while (st.stage < State::kStages) {
        const State::Step r = st.run(st.stage, deadline);
        if (r == State::Step::failed) {
            error_ = st.error;
            return StepResult::failed;
        }
        if (r == State::Step::more) return StepResult::more;
        ++st.stage;
        if (st.stage < State::kStages && clock_ms() >= deadline) return StepResult::more;
    }
    return StepResult::done;
}

Progress CaseReadJob::progress() const {
    return {"open", st_->stage, State::kStages};
}

LoadedCase CaseReadJob::take() {
    return std::move(st_->out);
}

Result<LoadedCase> read_case(std::string_view bytes, std::string_view what, bool sections_verified) {
    CaseReadJob job(bytes, what, sections_verified);
    if (run_to_end(job) == StepResult::failed) return job.error();
    return job.take();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Verifying in slices
// ---------------------------------------------------------------------------------------------------------

struct CaseVerifyJob::State {
    State(std::string_view bytes, std::string_view what) : reader(bytes, what) {}
    Reader reader;
    size_t entry = 0;
    std::optional<SlicedHash> hash; // of the entry being checked
};

CaseVerifyJob::CaseVerifyJob(std::string_view bytes, std::string_view what)
    : bytes_(bytes), st_(std::make_unique<State>(bytes, what)) {}

CaseVerifyJob::~CaseVerifyJob() = default;

Progress CaseVerifyJob::progress() const {
    return {"open", done_, bytes_.size()};
}

StepResult CaseVerifyJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    constexpr size_t kSlice = size_t(4) << 20; // bytes between clock checks (a multiple of 8)
    State& st = *st_;
    if (!header_read_) {
        if (Status h = st.reader.header(false); !h) {
            error_ = h.error();
            return StepResult::failed;
        }
        header_read_ = true;
    }
    const std::vector<Entry>& entries = st.reader.entries();
    while (st.entry < entries.size()) {
        const Entry& e = entries[st.entry];
        if (!st.hash) st.hash.emplace(bytes_.substr(e.offset, e.size));
        done_ += st.hash->feed(kSlice);
        if (st.hash->done()) {
            if (st.hash->value() != e.checksum) {
                error_ =
                    st.reader.damaged("section " + tag_name(e.tag) + " fails its checksum", tag_name(e.tag));
                return StepResult::failed;
            }
            st.hash.reset();
            ++st.entry;
        }
        if (st.entry < entries.size() && clock_ms() >= deadline) return StepResult::more;
    }
    return StepResult::done;
}

} // namespace sv
