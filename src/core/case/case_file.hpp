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
// [SECTION] API
//   write_case()  Analysis + meta -> bytes (through a sink, in chunks)
//   read_case()   bytes -> Analysis + meta, or an Error saying what is wrong and what to do
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

struct CaseSection;
// write_case_to_string in slices, for the app (a million comments are ~165 MB: one step would freeze the
// page for half a second): the sections are planned over the columns as they are (no copies), their
// checksums computed a few MiB per step, then the file assembled a few MiB per step. The analysis must not
// change until the job is done.
class CaseWriteJob final : public Job {
public:
    CaseWriteJob(const Analysis& analysis, const CaseMeta& meta);
    ~CaseWriteJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    std::string take() { return std::move(out_); } // the whole file, once step() returned done

private:
    std::vector<CaseSection> sections_;
    std::vector<uint64_t> checksums_;
    std::optional<SlicedHash> hash_; // of the section being checksummed
    std::string out_;
    size_t section_ = 0, offset_ = 0; // where the current stage is
    uint64_t total_ = 0, done_ = 0;   // bytes of the sections, for progress
    int stage_ = 0;                   // 0: checksums, 1: assembly, 2: done
};

// Reads a case file. `what` names the file in error messages ("case 'Bank app storm'").
// `sections_verified`: the section checksums were checked already (CaseVerifyJob), only the header's is.
Result<LoadedCase> read_case(std::string_view bytes, std::string_view what = "case file",
                             bool sections_verified = false);

// read_case in slices (issue 7: re-opening a 1,000,000-comment case without a long frame): the columns are
// read one per clock check, the string arena a few MiB at a time, the names and the per-row checks in parts.
// `bytes` must outlive the job.
class CaseReadJob final : public Job {
public:
    CaseReadJob(std::string_view bytes, std::string_view what, bool sections_verified);
    ~CaseReadJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    LoadedCase take(); // once step() returned done

private:
    struct State;
    std::unique_ptr<State> st_;
};

// The section checksums of a case file, checked a few MiB per step (hashing a 165 MB case in one go froze
// the page when a case re-opens). Fails with the same "case_damaged" errors as read_case.
class CaseVerifyJob final : public Job {
public:
    CaseVerifyJob(std::string_view bytes, std::string_view what); // both must outlive the job
    ~CaseVerifyJob() override;
    StepResult step(double budget_ms) override;
    Progress progress() const override;

private:
    struct State;
    std::string_view bytes_;
    std::unique_ptr<State> st_;
    uint64_t done_ = 0;
    bool header_read_ = false;
};

} // namespace sv
