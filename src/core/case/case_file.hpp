// case_file.hpp — a case on disk (IndexedDB through IDBFS in the browser): the imported comments as a
// compact binary columnar file, so re-opening never re-parses the original export.
//
// [SECTION] Format
//   offset 0   magic "SVCASE01" (8 bytes)
//   8          u32 format version (kCaseFormatVersion)
//   12         u32 number of sections N
//   16         N section entries: u32 tag, u32 element size, u64 offset, u64 byte size, u64 checksum
//   16+32N     u64 checksum of bytes [0, 16+32N)
//   ...        section payloads (8-byte aligned), little-endian, one column per section
// Every section carries its own checksum (sv::hash_bytes), so a damaged file is reported by section and
// refused as a whole; other cases are unaffected. Sections whose tag a reader does not know are skipped
// (forward-compatible additions); a higher format version is refused with a clear message.
//
// [SECTION] Streaming (issue 9: the browser heap stays near 2x the export)
// The writer goes through a CaseOutput section after section: each section is checksummed as its bytes are
// written (the header with the checksums goes in last, at offset 0), so at most one section built for the
// file (a string list, the extra cells) is in memory at a time and the columns are written from where
// they are. The reader goes through a CaseInput the same way: every column is read straight into its
// vector and checksummed while it is read; only string lists pass through one section-sized buffer. In
// the browser the file lives in Emscripten's MEMFS (JavaScript memory, not the WASM heap), so neither a
// save nor a re-open holds the whole file image in the WASM heap. The format is unchanged (version 1).
//
// [SECTION] API
//   write_case()     Analysis + meta -> bytes (through a sink, in chunks)
//   read_case()      bytes -> Analysis + meta, or an Error saying what is wrong and what to do
//   CaseWriteJob     Analysis + meta -> CaseOutput, in slices
//   CaseReadJob      CaseInput -> Analysis + meta, in slices, checksums checked while reading
//   open_case_file() a case file on disk as a CaseInput (read piece by piece, never whole)
#pragma once
#include "core/base/error.hpp"
#include "core/base/hash.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"
#include "core/report/scored_csv.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace sv {

inline constexpr uint32_t kCaseFormatVersion = 1;

// What a case knows besides its comments: name, when it was saved, and the user's own settings and
// corrections (custom lexicon, origin choice, annotations, mission statement, view state, layout), kept
// as JSON so the app can add fields without changing the binary format.
struct CaseMeta {
    std::string name;                                               // shown in the case list
    int64_t saved_at = 0;                                           // UTC seconds
    nlohmann::ordered_json user = nlohmann::ordered_json::object(); // user settings and corrections
};

struct LoadedCase {
    std::unique_ptr<Analysis> analysis;
    CaseMeta meta;
};

// Serialises the comments, the import report and (when present) the sentiment columns.
void write_case(const Analysis& analysis, const CaseMeta& meta, const ByteSink& sink);
// Convenience: the whole file as one buffer.
std::string write_case_to_string(const Analysis& analysis, const CaseMeta& meta);

// Where a case file is written: positioned writes (the header goes in last, at offset 0).
class CaseOutput {
public:
    virtual ~CaseOutput() = default;
    // The file's final size, before any write (a file is made its full size at once: Emscripten's in-memory
    // files grow by copying themselves).
    virtual Status reserve(uint64_t total) = 0;
    virtual Status write_at(uint64_t offset, const char* bytes, size_t n) = 0;
};

// Where a case file is read from: positioned reads of exactly the bytes asked for.
class CaseInput {
public:
    virtual ~CaseInput() = default;
    virtual uint64_t size() const = 0;
    // Reads `n` bytes at `offset` into `dst`; false on a short read or an I/O error.
    virtual bool read_at(uint64_t offset, char* dst, size_t n) = 0;
};

// A case file held in memory (tests, the CLI, a case given as bytes).
class MemoryCaseInput final : public CaseInput {
public:
    explicit MemoryCaseInput(std::string_view bytes) : bytes_(bytes) {} // must outlive the input
    explicit MemoryCaseInput(std::string owned) : owned_(std::move(owned)), bytes_(owned_) {}
    uint64_t size() const override { return bytes_.size(); }
    bool read_at(uint64_t offset, char* dst, size_t n) override;

private:
    std::string owned_;
    std::string_view bytes_;
};

// A case file on disk (in the browser: IDBFS/MEMFS), read piece by piece with pread.
Result<std::unique_ptr<CaseInput>> open_case_file(const std::string& path, std::string_view what);

struct CaseSection;
// The case file written in slices, for the app (a million comments are ~165 MB: one step would freeze the
// page for half a second): section after section, each checksummed a few MiB per step while it is written
// to the output, then the header. The analysis must not change until the job is done.
class CaseWriteJob final : public Job {
public:
    // Into `out` (must outlive the job).
    CaseWriteJob(const Analysis& analysis, const CaseMeta& meta, CaseOutput& out);
    // Into a buffer in memory: take() gives the whole file.
    CaseWriteJob(const Analysis& analysis, const CaseMeta& meta);
    ~CaseWriteJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    std::string take(); // the whole file, once step() returned done (the buffer form only)
    uint64_t total_bytes() const { return file_size_; }

private:
    CaseWriteJob(const Analysis& analysis, const CaseMeta& meta, CaseOutput* out); // null: the buffer form
    StepResult write_section_slices(double deadline);
    std::unique_ptr<CaseOutput> own_out_; // the buffer form's output
    CaseOutput* out_;
    std::vector<CaseSection> sections_;
    std::optional<ByteHasher> hash_;  // of the section being written
    size_t section_ = 0, offset_ = 0; // where the writing is
    uint64_t file_size_ = 0, done_ = 0;
    int stage_ = 0; // 0: reserve, 1: sections, 2: header, 3: done
};

// Reads a case file. `what` names the file in error messages ("case 'Bank app storm'").
// `sections_verified`: the section checksums were checked already; only the header's is checked again.
Result<LoadedCase> read_case(std::string_view bytes, std::string_view what = "case file",
                             bool sections_verified = false);

// read_case in slices (issue 7: re-opening a 1,000,000-comment case without a long frame): each column is
// read straight into its vector a few MiB at a time and checksummed as it is read (issue 9: never the whole
// file in memory); string lists go through one section-sized buffer; the per-row checks run in parts.
// Sections the reader does not know are checksummed at the end. A damaged section fails the job before
// anything is handed over.
class CaseReadJob final : public Job {
public:
    CaseReadJob(std::string_view bytes, std::string_view what, bool sections_verified); // bytes outlive
    CaseReadJob(CaseInput& input, std::string_view what);                               // input outlives
    ~CaseReadJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    LoadedCase take(); // once step() returned done

private:
    struct State;
    std::unique_ptr<State> st_;
};

} // namespace sv
