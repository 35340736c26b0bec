// case_store.hpp — the app's saved cases: the library folder (sv::CaseLibrary) plus what the platform tells
// about it (opened yet? last save reached durable storage? quota? another tab holding the case?).
//
// [SECTION] Life of a case
//   - start(): the platform opens the folder (browser: IndexedDB loaded into IDBFS at "/cases"); until
//     then the welcome screen says "opening your cases…".
//   - After an analysis finishes the app calls save_new(): CaseLibrary writes the comments file and the
//     settings file (each new file + rename), then platform::storage_changed() makes them durable
//     (browser: debounced write to IndexedDB). The platform answers with saved(ok, kind, message).
//   - While a case is open, its settings (view, brushed range, ImGui layout) are saved when they change
//     (save_settings(), at most about once a second).
//   - A case is held for this tab (platform::lock_case); held elsewhere, it opens read-only: nothing is
//     written from here and the app says "open in another tab".
#pragma once
#include "core/case/case_library.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sv::app {

class CaseStore {
public:
    enum class Lock : uint8_t { none, waiting, held, elsewhere };

    // Opens the folder through the platform (answered by opened()).
    void start();
    void opened(bool ok, const std::string& message);
    bool ready() const { return ready_; }
    const std::string& storage_problem() const { return storage_problem_; } // "" when storage works

    // Reads the list again (cheap: the small settings files only).
    void refresh();
    const CaseListing& listing() const { return listing_; }
    // Damaged cases found so far in this session (set aside), newest last.
    const std::vector<DamagedCase>& set_aside() const { return set_aside_; }
    const CaseInfo* find(const std::string& id) const;

    // --- the open case ---
    // Saves a freshly analysed case (a new id) and holds it for this tab. The file is written in slices by
    // step() (a million comments would otherwise freeze the page for half a second); finish_save() completes
    // it at once — before the analysis it reads is replaced or closed, and for flushCases(). A failed write
    // sets save_error() (the case stays open in memory). Returns false when there is no storage.
    bool save_new(const Analysis& analysis, const CaseMeta& meta);
    void step(double budget_ms);
    void finish_save();
    // Saves the open case's settings (no-op when none is open, or it is held by another tab).
    void save_settings(const CaseMeta& meta);
    // The open case is now `id` (opened from the list); asks for the tab lock. "" = no case open.
    void set_current(const std::string& id);
    const std::string& current() const { return current_; }
    Lock lock() const { return lock_; }
    void locked(const std::string& id, bool granted);
    bool writable() const { return !current_.empty() && lock_ != Lock::elsewhere; }

    // The user's settings of a saved case as last saved (see CaseLibrary::read_user).
    nlohmann::ordered_json read_user(const std::string& id) const;
    // Opens a case file for re-opening (the caller runs sv::ReopenJob on it; issue 9: it is read piece by
    // piece, never whole into memory).
    Result<std::unique_ptr<CaseInput>> open_case_file(const std::string& id) const;
    // A case that failed to open: set it aside and remember it for the notice.
    void report_damaged(const std::string& id, const Error& problem);

    Status rename(const std::string& id, const std::string& name);
    Status duplicate(const std::string& id, const std::string& name);
    Status remove(const std::string& id);

    // --- durable storage ---
    void saved(bool ok, const std::string& kind, const std::string& message);
    bool save_failed() const { return !save_error_.empty(); }
    const std::string& save_error() const { return save_error_; }
    const std::string& save_error_kind() const { return save_error_kind_; }
    void dismiss_save_error() { save_error_.clear(); }
    bool saving() const { return pending_syncs_ > 0 || file_job_ != nullptr; }
    bool writing_file() const { return file_job_ != nullptr; } // the case file is being written in slices
    void estimate(double usage, double quota, bool persisted);
    double usage() const { return usage_; } // bytes; -1 unknown
    double quota() const { return quota_; } // bytes; -1 unknown
    bool persisted() const { return persisted_; }

    // JSON for window.stormvakt.cases().
    std::string cases_json() const;

private:
    void complete_save();
    std::unique_ptr<CaseSaveJob> file_job_; // the case being written section by section (save_new)

    void changed(); // files changed: tell the platform
    std::optional<CaseLibrary> lib_;
    bool ready_ = false;
    std::string storage_problem_;
    CaseListing listing_;
    std::vector<DamagedCase> set_aside_;
    std::string current_;
    Lock lock_ = Lock::none;
    int pending_syncs_ = 0;
    std::string save_error_, save_error_kind_;
    double usage_ = -1, quota_ = -1;
    bool persisted_ = false;
};

} // namespace sv::app
