// case_file.cpp — see case_file.hpp for the format.
//
// [SECTION] Tags and layout
// [SECTION] Inputs and outputs
// [SECTION] Writing: section after section, checksummed while written, header last
// [SECTION] Reading: header, then each section read into place and checksummed, validation
#include "core/case/case_file.hpp"

#include "core/base/clock.hpp"
#include "core/base/hash.hpp"
#include "core/report/analyze_report.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
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

// One section of the file: a column's memory as it is, or bytes built for it when it is written (string
// lists, the extra cells) and released right after.
struct CaseSection {
    enum class Kind : uint8_t { column, owned, string_list, extra_cells };
    uint32_t tag;
    uint32_t elem_size;
    Kind kind = Kind::column;
    uint64_t size = 0;              // payload bytes (known before anything is built)
    uint64_t offset = 0;            // where the payload starts in the file (8-byte aligned)
    uint64_t checksum = 0;          // once written
    std::string_view external;      // Kind::column: the column's memory (must not change meanwhile)
    std::string owned;              // Kind::owned (small: META, EXTN) or the built section while written
    const Interner* list = nullptr; // Kind::string_list
    const std::vector<ExtraColumn>* extras = nullptr; // Kind::extra_cells
};

namespace {

using Section = CaseSection;

template <class T>
Section column(uint32_t t, const std::vector<T>& v) {
    Section s{t, static_cast<uint32_t>(sizeof(T))};
    s.external = std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    s.size = s.external.size();
    return s;
}

// A list of strings: u32 count, u32 lengths[count], then the bytes. Built when it is written.
Section string_list(uint32_t t, const Interner& in) {
    Section s{t, 1, Section::Kind::string_list};
    s.list = &in;
    s.size = 4 + uint64_t(in.size()) * 4;
    for (uint32_t i = 0; i < in.size(); ++i) s.size += in.name(i).size();
    return s;
}

void build_string_list(const Interner& in, std::string& out) {
    const uint32_t n = in.size();
    out.append(reinterpret_cast<const char*>(&n), 4);
    for (uint32_t i = 0; i < n; ++i) {
        const uint32_t len = static_cast<uint32_t>(in.name(i).size());
        out.append(reinterpret_cast<const char*>(&len), 4);
    }
    for (uint32_t i = 0; i < n; ++i) out.append(in.name(i));
}

Section owned(uint32_t t, std::string bytes) {
    Section s{t, 1, Section::Kind::owned};
    s.owned = std::move(bytes);
    s.size = s.owned.size();
    return s;
}

// A rejected row's message and hint as codes (ErrorCode and its parameters), next to the English the
// analyze report writes: a re-opened case shows its rejects in the UI language.
void put_error_code(const Error& e, nlohmann::ordered_json& j) {
    if (e.code == ErrorCode::none) return;
    j["code"] = static_cast<uint32_t>(e.code); // ErrorCode only grows at its end: the numbers stay
    if (!e.arg.empty()) j["arg"] = e.arg;
    if (!e.detail.empty()) j["detail"] = e.detail;
    if (e.n1 >= 0) j["n1"] = e.n1;
    if (e.n2 >= 0) j["n2"] = e.n2;
}

// The format-detection line as codes (FormatWhy), next to format_reason.
nlohmann::ordered_json format_why_json(const FormatWhy& w) {
    nlohmann::ordered_json j;
    j["kind"] = static_cast<uint32_t>(w.kind);
    j["user_chosen"] = w.user_chosen;
    j["signature"] = w.signature;
    j["delimiter"] = w.delimiter;
    j["delimiter_why"] = static_cast<uint32_t>(w.delimiter_why);
    j["json_values"] = w.json_values;
    j["mapped"] = w.mapped;
    return j;
}

nlohmann::ordered_json import_report_json(const ImportReport& r) {
    nlohmann::ordered_json j;
    j["format"] = r.format;
    j["format_reason"] = r.format_reason;
    if (r.format_why.kind != FormatWhy::Kind::none) j["format_why"] = format_why_json(r.format_why);
    j["encoding"] = r.encoding;
    j["rows_read"] = r.rows_read;
    j["rows_accepted"] = r.rows_accepted;
    j["rows_rejected"] = r.rows_rejected;
    auto rejects = nlohmann::ordered_json::array();
    for (const Error& e : r.rejects) {
        rejects.push_back(error_to_json(e));
        put_error_code(e, rejects.back());
    }
    j["rejects"] = rejects;
    j["rejects_by_kind"] = r.rejects_by_kind;
    j["warnings"] = r.warnings;
    if (!r.warning_codes.empty() && r.warning_codes.size() == r.warnings.size()) { // the notices as codes
        auto codes = nlohmann::ordered_json::array();
        for (const ImportWarning& w : r.warning_codes)
            codes.push_back(
                {{"code", static_cast<uint32_t>(w.code)}, {"n", {w.n[0], w.n[1]}}, {"text", w.text}});
        j["warning_codes"] = codes;
    }
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

// The codes put_error_code wrote. Cases saved before the codes were stored (no "code") keep ErrorCode::none:
// the app then shows their stored English message and hint, as it did when they were saved.
void get_error_code(const nlohmann::ordered_json& j, Error& e) {
    const uint64_t code = json_get<uint64_t>(j, "code", 0);
    if (code == 0 || code >= static_cast<uint64_t>(ErrorCode::count)) return; // none, or from a later version
    e.code = static_cast<ErrorCode>(code);
    e.arg = json_get<std::string>(j, "arg", "");
    e.detail = json_get<std::string>(j, "detail", "");
    e.n1 = json_get<int64_t>(j, "n1", -1);
    e.n2 = json_get<int64_t>(j, "n2", -1);
}

// Old cases have no "format_why": Kind::none, and the app shows the stored English format_reason.
FormatWhy format_why_from_json(const nlohmann::ordered_json& j) {
    FormatWhy w;
    if (!j.is_object()) return w;
    const uint64_t kind = json_get<uint64_t>(j, "kind", 0);
    const uint64_t delimiter_why = json_get<uint64_t>(j, "delimiter_why", 0);
    if (kind > static_cast<uint64_t>(FormatWhy::Kind::disqus_xml) ||
        delimiter_why > static_cast<uint64_t>(DelimiterWhy::header_and_rows))
        return w; // from a later version: the English line
    w.kind = static_cast<FormatWhy::Kind>(kind);
    w.user_chosen = json_get<bool>(j, "user_chosen", false);
    w.signature = json_get<std::string>(j, "signature", "");
    w.delimiter = json_get<std::string>(j, "delimiter", "");
    w.delimiter_why = static_cast<DelimiterWhy>(delimiter_why);
    w.json_values = json_get<int64_t>(j, "json_values", 0);
    w.mapped = json_get<bool>(j, "mapped", false);
    return w;
}

ImportReport import_report_from_json(const nlohmann::ordered_json& j) {
    ImportReport r;
    if (!j.is_object()) return r;
    r.format = json_get<std::string>(j, "format", "");
    r.format_reason = json_get<std::string>(j, "format_reason", "");
    if (auto it = j.find("format_why"); it != j.end()) r.format_why = format_why_from_json(*it);
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
            get_error_code(e, err);
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
    // The notices' codes (cases saved before them have none: the app shows the stored English). Any code this
    // version does not know, or a count that does not match: none, and the English.
    if (auto it = j.find("warning_codes"); it != j.end() && it->is_array()) {
        for (const auto& c : *it) {
            const uint64_t code = c.is_object() ? json_get<uint64_t>(c, "code", 0) : 0;
            if (code == 0 || code >= static_cast<uint64_t>(WarningCode::count)) break;
            ImportWarning w;
            w.code = static_cast<WarningCode>(code);
            if (auto n = c.find("n"); n != c.end() && n->is_array() && n->size() == 2)
                for (size_t k = 0; k < 2; ++k)
                    if ((*n)[k].is_number_integer()) w.n[k] = (*n)[k].get<int64_t>();
            w.text = json_get<std::string>(c, "text", "");
            r.warning_codes.push_back(std::move(w));
        }
        if (r.warning_codes.size() != r.warnings.size()) r.warning_codes.clear();
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Inputs and outputs
// ---------------------------------------------------------------------------------------------------------

// The buffer form of CaseWriteJob (tests, the CLI, write_case_to_string).
class StringCaseOutput final : public CaseOutput {
public:
    Status reserve(uint64_t total) override {
        out.assign(static_cast<size_t>(total), '\0');
        return Ok{};
    }
    Status write_at(uint64_t offset, const char* bytes, size_t n) override {
        if (offset + n > out.size()) out.resize(static_cast<size_t>(offset + n), '\0');
        if (n) std::memcpy(out.data() + offset, bytes, n);
        return Ok{};
    }
    std::string out;
};

// A case file on disk, read with pread (positioned, no whole-file buffer).
class FileCaseInput final : public CaseInput {
public:
    FileCaseInput(int fd, uint64_t size) : fd_(fd), size_(size) {}
    ~FileCaseInput() override { ::close(fd_); }
    uint64_t size() const override { return size_; }
    bool read_at(uint64_t offset, char* dst, size_t n) override {
        if (offset > size_ || n > size_ - offset) return false;
        while (n > 0) {
            const ssize_t got = ::pread(fd_, dst, n, static_cast<off_t>(offset));
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) return false;
            dst += got;
            offset += static_cast<uint64_t>(got);
            n -= static_cast<size_t>(got);
        }
        return true;
    }

private:
    int fd_;
    uint64_t size_;
};

} // namespace

bool MemoryCaseInput::read_at(uint64_t offset, char* dst, size_t n) {
    if (offset > bytes_.size() || n > bytes_.size() - offset) return false;
    if (n) std::memcpy(dst, bytes_.data() + offset, n);
    return true;
}

Result<std::unique_ptr<CaseInput>> open_case_file(const std::string& path, std::string_view what) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return make_error("case_missing", "the comments of " + std::string(what) + " are missing",
                          "re-import the original export");
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_size < 0) {
        ::close(fd);
        return make_error("case_read_failed", "reading " + std::string(what) + " failed", "try again");
    }
    return std::unique_ptr<CaseInput>(std::make_unique<FileCaseInput>(fd, static_cast<uint64_t>(st.st_size)));
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------------------------------

CaseWriteJob::CaseWriteJob(const Analysis& a, const CaseMeta& meta) : CaseWriteJob(a, meta, nullptr) {}

CaseWriteJob::CaseWriteJob(const Analysis& a, const CaseMeta& meta, CaseOutput& out)
    : CaseWriteJob(a, meta, &out) {}

CaseWriteJob::CaseWriteJob(const Analysis& a, const CaseMeta& meta, CaseOutput* out) : out_(out) {
    if (!out_) { // the buffer form
        own_out_ = std::make_unique<StringCaseOutput>();
        out_ = own_out_.get();
    }
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
    sections.push_back(owned(kMeta, m.dump()));

    sections.push_back(column(kStrings, c.strings.raw()));
    sections.push_back(string_list(kAuthors, c.authors));
    sections.push_back(column(kFollowers, c.author_followers));
    sections.push_back(string_list(kThreads, c.threads));
    {
        Interner names;
        uint64_t cells = 0;
        for (const ExtraColumn& e : c.extras) {
            names.intern(e.name);
            cells += e.cell.size();
        }
        std::string list;
        build_string_list(names, list);
        sections.push_back(owned(kExtraNames, std::move(list)));
        Section extra{kExtraCells, static_cast<uint32_t>(sizeof(TextRef)), Section::Kind::extra_cells};
        extra.extras = &c.extras;
        extra.size = cells * sizeof(TextRef);
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
    // The layout: header, then the payloads 8-byte aligned, in this order.
    uint64_t offset = kHeaderFixed + kEntrySize * sections.size() + 8;
    for (Section& sec : sections) {
        offset = (offset + 7) & ~uint64_t(7);
        sec.offset = offset;
        offset += sec.size;
    }
    file_size_ = offset;
}

CaseWriteJob::~CaseWriteJob() = default;

Progress CaseWriteJob::progress() const {
    return {"save", done_, file_size_};
}

std::string CaseWriteJob::take() {
    // own_out_ is only ever the buffer form's StringCaseOutput.
    return own_out_ ? std::move(static_cast<StringCaseOutput*>(own_out_.get())->out) : std::string();
}

StepResult CaseWriteJob::write_section_slices(double deadline) {
    constexpr size_t kSlice = size_t(4) << 20; // bytes between clock checks (a multiple of 8)
    while (section_ < sections_.size()) {
        Section& sec = sections_[section_];
        if (!hash_) { // the section starts: build it when it is built for the file
            if (sec.kind == Section::Kind::string_list) {
                sec.owned.reserve(static_cast<size_t>(sec.size));
                build_string_list(*sec.list, sec.owned);
            } else if (sec.kind == Section::Kind::extra_cells) {
                sec.owned.reserve(static_cast<size_t>(sec.size));
                for (const ExtraColumn& e : *sec.extras)
                    sec.owned.append(reinterpret_cast<const char*>(e.cell.data()),
                                     e.cell.size() * sizeof(TextRef));
            }
            if (sec.kind != Section::Kind::column && sec.owned.size() != sec.size) {
                error_ = make_error("case_write", "the case changed while it was being saved",
                                    "save it again once the import has finished");
                return StepResult::failed;
            }
            hash_.emplace(static_cast<size_t>(sec.size));
            offset_ = 0;
        }
        const std::string_view b =
            sec.kind == Section::Kind::column ? sec.external : std::string_view(sec.owned);
        while (offset_ < b.size()) {
            const size_t n = std::min(kSlice, b.size() - offset_);
            if (Status st = out_->write_at(sec.offset + offset_, b.data() + offset_, n); !st) {
                error_ = st.error();
                return StepResult::failed;
            }
            hash_->update(b.data() + offset_, n & ~size_t(7)); // whole words; the tail at the end
            offset_ += n;
            done_ += n;
            if (offset_ < b.size() && clock_ms() >= deadline) return StepResult::more;
        }
        const size_t whole = b.size() & ~size_t(7);
        sec.checksum = hash_->finish(b.data() + whole, b.size() - whole);
        hash_.reset();
        if (sec.kind != Section::Kind::column && sec.kind != Section::Kind::owned)
            std::string().swap(sec.owned);
        ++section_;
        if (section_ < sections_.size() && clock_ms() >= deadline) return StepResult::more;
    }
    return StepResult::done;
}

StepResult CaseWriteJob::step(double budget_ms) {
    const double deadline = clock_ms() + budget_ms;
    if (stage_ == 0) { // the file its full size (zeros: the alignment padding stays zero)
        if (Status st = out_->reserve(file_size_); !st) {
            error_ = st.error();
            return StepResult::failed;
        }
        stage_ = 1;
    }
    if (stage_ == 1) {
        const StepResult r = write_section_slices(deadline);
        if (r != StepResult::done) return r;
        stage_ = 2;
    }
    if (stage_ == 2) { // the header with offsets and checksums, last
        std::string header(kHeaderFixed + kEntrySize * sections_.size() + 8, '\0');
        std::memcpy(header.data(), kMagic, 8);
        const uint32_t version = kCaseFormatVersion, count = static_cast<uint32_t>(sections_.size());
        std::memcpy(header.data() + 8, &version, 4);
        std::memcpy(header.data() + 12, &count, 4);
        for (size_t i = 0; i < sections_.size(); ++i) {
            const Section& sec = sections_[i];
            char* e = header.data() + kHeaderFixed + kEntrySize * i;
            std::memcpy(e, &sec.tag, 4);
            std::memcpy(e + 4, &sec.elem_size, 4);
            std::memcpy(e + 8, &sec.offset, 8);
            std::memcpy(e + 16, &sec.size, 8);
            std::memcpy(e + 24, &sec.checksum, 8);
        }
        const uint64_t header_sum = hash_bytes(header.data(), header.size() - 8);
        std::memcpy(header.data() + header.size() - 8, &header_sum, 8);
        if (Status st = out_->write_at(0, header.data(), header.size()); !st) {
            error_ = st.error();
            return StepResult::failed;
        }
        done_ = file_size_;
        sections_.clear();
        stage_ = 3;
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
    Reader(CaseInput& in, std::string_view what) : in_(in), what_(what) {}

    // Reads and checks the header and its section table (the sections are checked as they are read).
    Status header() {
        char fixed[kHeaderFixed];
        if (in_.size() < kHeaderFixed + 8 || !in_.read_at(0, fixed, kHeaderFixed) ||
            std::memcmp(fixed, kMagic, 6) != 0)
            return damaged("it is not a Stormvakt case file (wrong signature)", "");
        uint32_t version = 0, count = 0;
        std::memcpy(&version, fixed + 8, 4);
        std::memcpy(&count, fixed + 12, 4);
        if (version > kCaseFormatVersion)
            return make_error("case_version",
                              std::string(what_) + " was saved by a newer Stormvakt (case format " +
                                  std::to_string(version) + "; this version reads up to " +
                                  std::to_string(kCaseFormatVersion) + ")",
                              "open it with the newer version, or re-import the original export here");
        if (version == 0) return damaged("its format version is 0", "");
        const uint64_t header_size = kHeaderFixed + kEntrySize * uint64_t(count) + 8;
        if (count > 4096 || header_size > in_.size()) return damaged("its section table is cut off", "");
        std::string h(static_cast<size_t>(header_size), '\0');
        if (!in_.read_at(0, h.data(), h.size())) return damaged("its section table cannot be read", "");
        uint64_t stored = 0;
        std::memcpy(&stored, h.data() + header_size - 8, 8);
        if (stored != hash_bytes(h.data(), header_size - 8))
            return damaged("its header checksum does not match", "");
        for (uint32_t i = 0; i < count; ++i) {
            const char* e = h.data() + kHeaderFixed + kEntrySize * i;
            Entry en;
            std::memcpy(&en.tag, e, 4);
            std::memcpy(&en.elem_size, e + 4, 4);
            std::memcpy(&en.offset, e + 8, 8);
            std::memcpy(&en.size, e + 16, 8);
            std::memcpy(&en.checksum, e + 24, 8);
            if (en.offset > in_.size() || en.size > in_.size() - en.offset)
                return damaged("section " + tag_name(en.tag) + " lies outside the file (file cut off?)",
                               tag_name(en.tag));
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

    Error damaged(const std::string& why, const std::string& section) const {
        Error e = make_error(
            "case_damaged", std::string(what_) + " is damaged: " + why,
            "this case cannot be opened; re-import the original export (other cases are not affected)");
        e.excerpt = section;
        return e;
    }

    CaseInput& input() { return in_; }

private:
    CaseInput& in_;
    std::string_view what_;
    std::vector<Entry> entries_;
};

bool refs_ok(const std::vector<TextRef>& refs, size_t arena) {
    for (const TextRef& r : refs)
        if (uint64_t(r.offset) + r.size > arena) return false;
    return true;
}

} // namespace

// The reading, as a sequence of stages a CaseReadJob runs between clock checks; the long ones (a column, the
// string arena, the author and thread names, the per-row checks) resume where they stopped.
struct CaseReadJob::State {
    State(CaseInput& in, std::string_view w, bool verified) : rd(in, w), sections_verified(verified) {}
    std::unique_ptr<CaseInput> own_input; // the bytes form's input
    Reader rd;
    bool sections_verified;
    LoadedCase out;
    uint64_t rows = 0;
    size_t arena = 0;
    size_t stage = 0;
    uint64_t cursor = 0;            // position inside a resumable stage (bytes, names or rows)
    uint64_t pos = 0;               // intern_strings: byte position of the next name
    std::optional<ByteHasher> hash; // of the section being read
    std::vector<uint32_t> checked;  // tags whose payload was read and checksummed
    std::string scratch;            // one section that is not a column (string lists, extra cells)
    uint64_t bytes_read = 0;        // for progress
    Error error;

    enum class Step : uint8_t { done, more, failed };
    Step fail(Error e) {
        error = std::move(e);
        return Step::failed;
    }
    Step check(Status st) { return st ? Step::done : fail(st.error()); }

    // Reads section `e` into the memory `dst(end)` gives for its first `end` bytes, a few MiB per clock
    // check, and checks its checksum at the end.
    template <class Dst>
    Step read_payload(const Entry& e, Dst dst, double deadline) {
        constexpr uint64_t kChunk = uint64_t(8) << 20; // a multiple of 8
        if (cursor == 0) hash.emplace(static_cast<size_t>(e.size));
        while (cursor < e.size) {
            const uint64_t n = std::min(kChunk, e.size - cursor);
            char* base = dst(cursor + n);
            if (!rd.input().read_at(e.offset + cursor, base + cursor, static_cast<size_t>(n)))
                return fail(rd.damaged("section " + tag_name(e.tag) + " cannot be read (file cut off?)",
                                       tag_name(e.tag)));
            if (!sections_verified) hash->update(base + cursor, static_cast<size_t>(n & ~uint64_t(7)));
            cursor += n;
            bytes_read += n;
            if (cursor < e.size && clock_ms() >= deadline) return Step::more;
        }
        cursor = 0;
        if (!sections_verified) {
            const uint64_t whole = e.size & ~uint64_t(7);
            const char* base = e.size ? dst(e.size) : nullptr;
            const uint64_t sum =
                hash->finish(base ? base + whole : nullptr, static_cast<size_t>(e.size - whole));
            if (sum != e.checksum)
                return fail(
                    rd.damaged("section " + tag_name(e.tag) + " fails its checksum", tag_name(e.tag)));
        }
        hash.reset();
        checked.push_back(e.tag);
        return Step::done;
    }

    // A column straight into its vector.
    template <class T>
    Step read_column(uint32_t t, std::vector<T>& out, uint64_t n, double deadline) {
        const Entry* e = rd.find(t);
        if (!e) return fail(rd.damaged("column " + tag_name(t) + " is missing", tag_name(t)));
        if (e->elem_size != sizeof(T) || e->size != n * sizeof(T))
            return fail(rd.damaged("column " + tag_name(t) + " has the wrong size", tag_name(t)));
        if (cursor == 0) out.resize(static_cast<size_t>(n));
        return read_payload(
            *e, [&](uint64_t) { return reinterpret_cast<char*>(out.data()); }, deadline);
    }

    // A section that is not a column into `scratch`.
    Step read_scratch(const Entry& e, double deadline) {
        if (cursor == 0) scratch.assign(static_cast<size_t>(e.size), '\0');
        return read_payload(
            e, [&](uint64_t) { return scratch.data(); }, deadline);
    }

    Step load_list(uint32_t t, double deadline) {
        const Entry* e = rd.find(t);
        if (!e) return fail(rd.damaged("string list " + tag_name(t) + " is missing", tag_name(t)));
        return read_scratch(*e, deadline);
    }

    // The string list in `scratch` (tag `t`) interned a part at a time.
    Step intern_strings(uint32_t t, Interner& out, double deadline) {
        const std::string_view p = scratch;
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
        std::string().swap(scratch);
        return Step::done;
    }

    Step run(size_t k, double deadline) {
        Analysis& a = *out.analysis;
        CommentStore& c = a.comments;
        switch (k) {
        case 0: { // header and description
            if (Status st = rd.header(); !st) return fail(st.error());
            const Entry* meta = rd.find(kMeta);
            if (!meta) return fail(rd.damaged("its description (META) is missing", "META"));
            if (meta->size > (uint64_t(64) << 20))
                return fail(rd.damaged("its description (META) is impossibly large", "META"));
            if (Step s = read_scratch(*meta, 1e300); s != Step::done) return s;
            const auto m = nlohmann::ordered_json::parse(scratch, nullptr, false);
            std::string().swap(scratch);
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
            if (rows > rd.input().size()) return fail(rd.damaged("its comment count is impossible", "META"));
            return Step::done;
        }
        case 1: { // the string arena, a few MiB at a time straight into the store
            const Entry* e = rd.find(kStrings);
            if (!e)
                return fail(rd.damaged("column " + tag_name(kStrings) + " is missing", tag_name(kStrings)));
            if (e->elem_size != 1) return fail(rd.damaged("column STRS has the wrong size", "STRS"));
            std::vector<char>& raw = c.strings.raw();
            if (cursor == 0) {
                // Reserved, then grown a chunk at a time: zero-filling ~100 MB first took 140 ms in one step.
                raw.clear();
                raw.reserve(static_cast<size_t>(e->size));
            }
            const Step s = read_payload(
                *e,
                [&](uint64_t end) {
                    if (raw.size() < end) raw.resize(static_cast<size_t>(end));
                    return raw.data();
                },
                deadline);
            if (s == Step::done) arena = c.strings.bytes();
            return s;
        }
        case 2:
            return load_list(kAuthors, deadline);
        case 3:
            return intern_strings(kAuthors, c.authors, deadline);
        case 4:
            return read_column(kFollowers, c.author_followers, c.authors.size(), deadline);
        case 5:
            return load_list(kThreads, deadline);
        case 6:
            return intern_strings(kThreads, c.threads, deadline);
        case 7:
            return read_column(kId, c.id, rows, deadline);
        case 8:
            return read_column(kParentId, c.parent_id, rows, deadline);
        case 9:
            return read_column(kParent, c.parent, rows, deadline);
        case 10:
            return read_column(kThread, c.thread, rows, deadline);
        case 11:
            return read_column(kAuthor, c.author, rows, deadline);
        case 12:
            return read_column(kTime, c.created_at, rows, deadline);
        case 13:
            return read_column(kPrecision, c.precision, rows, deadline);
        case 14:
            return read_column(kText, c.text, rows, deadline);
        case 15:
            return read_column(kLikes, c.likes, rows, deadline);
        case 16:
            return read_column(kReplies, c.replies, rows, deadline);
        case 17:
            return read_column(kShares, c.shares, rows, deadline);
        case 18:
            return read_column(kRating, c.rating, rows, deadline);
        case 19:
            return read_column(kLangGiven, c.language_given, rows, deadline);
        case 20: // values that index into other structures must be in range: a damaged file never reaches the
                 // app
            if (!refs_ok(c.id, arena) || !refs_ok(c.parent_id, arena) || !refs_ok(c.text, arena) ||
                !refs_ok(c.language_given, arena))
                return fail(rd.damaged("a text reference points outside its strings", "STRS"));
            return Step::done;
        case 21:
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
        case 22: { // extra column names
            const Entry* names = rd.find(kExtraNames);
            if (!names) return fail(rd.damaged("string list EXTN is missing", "EXTN"));
            return read_scratch(*names, deadline);
        }
        case 23: { // extra cells, straight into their columns
            Interner extra_names;
            if (Step s = intern_strings(kExtraNames, extra_names, 1e300); s != Step::done) return s;
            const Entry* e = rd.find(kExtraCells);
            if (!e) return fail(rd.damaged("column EXTC is missing", "EXTC"));
            if (e->elem_size != sizeof(TextRef) ||
                e->size != uint64_t(extra_names.size()) * rows * sizeof(TextRef))
                return fail(rd.damaged("column EXTC has the wrong size", "EXTC"));
            std::vector<TextRef> cells;
            if (Step s = read_column(kExtraCells, cells, uint64_t(extra_names.size()) * rows, 1e300);
                s != Step::done)
                return s;
            if (!refs_ok(cells, arena))
                return fail(rd.damaged("an extra column points outside its strings", "EXTC"));
            for (uint32_t k2 = 0; k2 < extra_names.size(); ++k2) {
                ExtraColumn e2;
                e2.name = std::string(extra_names.name(k2));
                e2.cell.assign(cells.begin() + static_cast<ptrdiff_t>(k2 * rows),
                               cells.begin() + static_cast<ptrdiff_t>((k2 + 1) * rows));
                c.extras.push_back(std::move(e2));
            }
            return Step::done;
        }
        // The sentiment columns, when the case has them.
        case 24:
            return rd.find(kSentCompound) ? read_column(kSentLang, a.sentiment.language, rows, deadline)
                                          : Step::done;
        case 25:
            return rd.find(kSentCompound) ? read_column(kSentCompound, a.sentiment.compound, rows, deadline)
                                          : Step::done;
        case 26:
            return rd.find(kSentCompound) ? read_column(kSentLabel, a.sentiment.label, rows, deadline)
                                          : Step::done;
        case 27:
            return rd.find(kSentCompound)
                       ? read_column(kSentEmotion, a.sentiment.emotionality, rows, deadline)
                       : Step::done;
        case 28:
            return rd.find(kSentCompound)
                       ? read_column(kSentConstructive, a.sentiment.constructive, rows, deadline)
                       : Step::done;
        case 29: {
            if (!rd.find(kSentCompound)) return Step::done;
            const SentimentColumns& sc = a.sentiment;
            for (size_t i = 0; i < rows; ++i)
                if (static_cast<uint8_t>(sc.language[i]) >= static_cast<uint8_t>(Lang::count) ||
                    static_cast<int8_t>(sc.label[i]) < -1 || static_cast<int8_t>(sc.label[i]) > 1)
                    return fail(rd.damaged("comment " + std::to_string(i) + " has an invalid sentiment entry",
                                           "SLAN"));
            return Step::done;
        }
        case 30: // sections this reader does not use (added by a later version) are checked all the same
            for (; cursor < rd.entries().size(); ++cursor) {
                const Entry& e = rd.entries()[static_cast<size_t>(cursor)];
                bool seen = false;
                for (const uint32_t t : checked) seen = seen || t == e.tag;
                if (seen) continue;
                const uint64_t index = cursor;
                cursor = 0;
                const Step s = read_scratch(e, 1e300);
                cursor = index;
                if (s != Step::done) return s;
                std::string().swap(scratch);
                if (clock_ms() >= deadline && cursor + 1 < rd.entries().size()) {
                    ++cursor;
                    return Step::more;
                }
            }
            cursor = 0;
            return Step::done;
        default:
            return Step::done;
        }
    }
    static constexpr size_t kStages = 31;
};

CaseReadJob::CaseReadJob(std::string_view bytes, std::string_view what, bool sections_verified) {
    auto in = std::make_unique<MemoryCaseInput>(bytes);
    st_ = std::make_unique<State>(*in, what, sections_verified);
    st_->own_input = std::move(in);
    st_->out.analysis = std::make_unique<Analysis>();
}

CaseReadJob::CaseReadJob(CaseInput& input, std::string_view what)
    : st_(std::make_unique<State>(input, what, false)) {
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
    return {"open", st_->bytes_read, st_->rd.input().size()};
}

LoadedCase CaseReadJob::take() {
    return std::move(st_->out);
}

Result<LoadedCase> read_case(std::string_view bytes, std::string_view what, bool sections_verified) {
    CaseReadJob job(bytes, what, sections_verified);
    if (run_to_end(job) == StepResult::failed) return job.error();
    return job.take();
}

} // namespace sv
