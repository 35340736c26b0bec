// case_library.hpp — the saved cases in one folder: list, open, save, rename, duplicate, delete.
//
// Plain files through the C++ standard library, so the same code runs natively (a folder on disk) and in
// the browser (a folder of Emscripten's file system mounted on IndexedDB by the platform layer, which then
// syncs it). Per case two files:
//   <id>.svcase   the comments and scores (case_file.hpp), written rarely (after import, after re-score)
//   <id>.json     name, counts and the user's settings and corrections, small and written often
// Every write goes to a temporary file first and is then renamed over the old one, so a failed or
// interrupted write never damages what was there. A case whose files are damaged or of an unknown version
// is moved aside into `damaged/` and reported by name; every other case still opens.
#pragma once
#include "core/base/error.hpp"
#include "core/case/case_file.hpp"
#include "core/pipeline/job.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sv {

struct CaseInfo {
    std::string id;        // file-name-safe identifier, stable for the case's life
    std::string name;      // shown to the user
    uint64_t comments = 0; // number of comments
    uint64_t bytes = 0;    // storage used by the case's files
    int64_t saved_at = 0;  // UTC seconds of the last save
};

// A case that could not be listed or opened, with the reason (for the "set aside" notice).
struct DamagedCase {
    std::string file; // file name as it was in the folder
    Error problem;    // what is wrong and what to do
};

struct CaseListing {
    std::vector<CaseInfo> cases;        // newest first
    std::vector<DamagedCase> set_aside; // found damaged during this listing (moved into damaged/)
    uint64_t total_bytes = 0;           // all cases together
};

class CaseLibrary {
public:
    explicit CaseLibrary(std::string folder);

    // Lists the cases (reads only the small .json files). Damaged ones are moved aside and reported.
    Result<CaseListing> list();
    // Opens a case: comments, scores and settings. A damaged case is moved aside and the error returned.
    Result<LoadedCase> open(const std::string& id);
    // The user's settings and corrections of case `id` as last saved (the `<id>.json` file's "user"); an
    // empty object when there are none. (The case file holds them as they were at its first save.)
    nlohmann::ordered_json read_user(const std::string& id) const;
    // save() with the case file already written (CaseWriteJob, in slices): `case_file` is its bytes and
    // `comments` the number of comments in it.
    Result<std::string> save_file(const std::string& id, const CaseMeta& meta, const std::string& case_file,
                                  uint64_t comments);
    // Saves comments and settings as case `id` ("" = a new id). Returns the id.
    Result<std::string> save(const std::string& id, const Analysis& analysis, const CaseMeta& meta);
    // Saves only the settings and name (cheap; the comments file stays as it is).
    Status save_settings(const std::string& id, const CaseMeta& meta);
    Status rename(const std::string& id, const std::string& new_name);
    Result<std::string> duplicate(const std::string& id, const std::string& new_name);
    Status remove(const std::string& id);
    // Moves a case's files into damaged/ (e.g. after its comments file failed to read elsewhere).
    void set_aside(const std::string& id);

    const std::string& folder() const { return folder_; }

private:
    friend class CaseSaveJob;
    // The settings file <id>.json (name, save time, comment count, the user's settings).
    Status write_settings(const std::string& id, const CaseMeta& meta, uint64_t comments);
    std::string path(const std::string& id, const char* ext) const;
    Status write_atomically(const std::string& final_path, const std::string& bytes);
    Result<CaseInfo> read_info(const std::string& id);
    std::string new_id(int64_t now);

    std::string folder_;
};

// A case saved in slices, for the app (issue 7: no frame over 100 ms at 1,000,000 comments; issue 9: the
// case file is never whole in memory): the case file is written section by section (CaseWriteJob) into a
// temporary file made its full size first (so Emscripten's in-memory file never grows and copies itself),
// then renamed over the old one, then the settings file is written. A failure (full storage) or an
// unfinished job leaves the case's previous files as they were (the temporary file is removed).
class CaseSaveJob final : public Job {
public:
    // Writes `analysis` (which must not change until the job is done). `id` "" = a new id.
    CaseSaveJob(CaseLibrary& lib, std::string id, CaseMeta meta, const Analysis& analysis);
    // Writes a case file already made (`case_file`, e.g. CaseWriteJob::take()).
    CaseSaveJob(CaseLibrary& lib, std::string id, CaseMeta meta, std::string case_file, uint64_t comments);
    ~CaseSaveJob() override; // an unfinished temporary file is removed
    StepResult step(double budget_ms) override;
    Progress progress() const override;
    const std::string& id() const { return id_; } // the case's id (once step() returned done)

private:
    StepResult fail(Error e);
    CaseLibrary& lib_;
    std::string id_;
    CaseMeta meta_;
    const Analysis* analysis_ = nullptr; // written section by section, or
    std::string bytes_;                  // the whole file given
    uint64_t comments_;
    std::string tmp_, final_;
    int fd_ = -1;
    std::unique_ptr<CaseOutput> out_;     // fd_ as a CaseOutput
    std::unique_ptr<CaseWriteJob> write_; // analysis_ into out_
    size_t written_ = 0;
    int stage_ = 0; // 0 open, 1 write, 2 rename + settings, 3 done
};

// The current UTC time in seconds (system clock).
int64_t utc_now();

} // namespace sv
