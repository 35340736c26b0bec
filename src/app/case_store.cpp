#include "app/case_store.hpp"

#include "platform/platform.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sv::app {

void CaseStore::start() {
    lib_.emplace(platform::cases_folder());
    platform::open_storage();
    platform::query_storage();
}

void CaseStore::opened(bool ok, const std::string& message) {
    ready_ = true;
    storage_problem_ = ok ? "" : message;
    refresh();
}

void CaseStore::refresh() {
    if (!lib_) return;
    auto l = lib_->list();
    if (!l) {
        storage_problem_ = l.error().to_string();
        listing_ = {};
        return;
    }
    listing_ = std::move(l.value());
    for (const DamagedCase& d : listing_.set_aside) set_aside_.push_back(d);
    if (!listing_.set_aside.empty()) changed(); // the damaged files moved into damaged/
}

const CaseInfo* CaseStore::find(const std::string& id) const {
    for (const CaseInfo& c : listing_.cases)
        if (c.id == id) return &c;
    return nullptr;
}

void CaseStore::changed() {
    ++pending_syncs_;
    platform::storage_changed();
}

nlohmann::ordered_json CaseStore::read_user(const std::string& id) const {
    return lib_ ? lib_->read_user(id) : nlohmann::ordered_json::object();
}

bool CaseStore::save_new(const Analysis& analysis, const CaseMeta& meta) {
    if (!lib_ || !storage_problem_.empty()) return false;
    finish_save(); // one at a time
    // Section by section straight into the (temporary) case file: the file image is never whole in memory.
    file_job_ = std::make_unique<CaseSaveJob>(*lib_, "", meta, analysis);
    return true;
}

void CaseStore::step(double budget_ms) {
    if (file_job_ && file_job_->step(budget_ms) != StepResult::more) complete_save();
}

void CaseStore::finish_save() {
    if (!file_job_) return;
    run_to_end(*file_job_);
    complete_save();
}

void CaseStore::complete_save() {
    std::unique_ptr<CaseSaveJob> job = std::move(file_job_);
    if (!job->error().message.empty()) {
        save_error_kind_ = job->error().kind;
        save_error_ = job->error().to_string();
        return;
    }
    set_current(job->id());
    changed();
    refresh();
}

void CaseStore::save_settings(const CaseMeta& meta) {
    if (!lib_ || !writable()) return;
    if (Status st = lib_->save_settings(current_, meta); !st) {
        save_error_kind_ = st.error().kind;
        save_error_ = st.error().to_string();
        return;
    }
    changed();
}

void CaseStore::set_current(const std::string& id) {
    if (id == current_) return;
    if (!current_.empty() && lock_ == Lock::held) platform::unlock_case(current_);
    current_ = id;
    lock_ = Lock::none;
    if (!id.empty()) {
        lock_ = Lock::waiting;
        platform::lock_case(id);
    }
}

void CaseStore::locked(const std::string& id, bool granted) {
    if (id != current_) {
        if (granted) platform::unlock_case(id); // the case was closed meanwhile
        return;
    }
    lock_ = granted ? Lock::held : Lock::elsewhere;
}

Result<std::unique_ptr<CaseInput>> CaseStore::open_case_file(const std::string& id) const {
    if (!lib_) return make_error("storage", "saved cases are not available", "reload the page");
    if (!find(id))
        return make_error("case_id", "there is no case '" + id + "'",
                          "pick a case from the list of saved cases");
    return sv::open_case_file(lib_->folder() + "/" + id + ".svcase", "case '" + find(id)->name + "'");
}

void CaseStore::report_damaged(const std::string& id, const Error& problem) {
    if (!lib_) return;
    lib_->set_aside(id);
    set_aside_.push_back({id, problem});
    if (current_ == id) set_current("");
    changed();
    refresh();
}

Status CaseStore::rename(const std::string& id, const std::string& name) {
    if (!lib_) return make_error("storage", "saved cases are not available", "reload the page");
    Status st = lib_->rename(id, name);
    if (st) {
        changed();
        refresh();
    }
    return st;
}

Status CaseStore::duplicate(const std::string& id, const std::string& name) {
    if (!lib_) return make_error("storage", "saved cases are not available", "reload the page");
    auto r = lib_->duplicate(id, name);
    if (!r) return r.error();
    changed();
    refresh();
    return Ok{};
}

Status CaseStore::remove(const std::string& id) {
    if (!lib_) return make_error("storage", "saved cases are not available", "reload the page");
    Status st = lib_->remove(id);
    if (st) {
        if (current_ == id) set_current("");
        changed();
        refresh();
    }
    return st;
}

void CaseStore::saved(bool ok, const std::string& kind, const std::string& message) {
    pending_syncs_ = 0; // the platform writes all pending changes at once
    if (ok) {
        save_error_.clear();
        save_error_kind_.clear();
    } else {
        save_error_kind_ = kind;
        save_error_ = message;
    }
    platform::query_storage();
}

void CaseStore::estimate(double usage, double quota, bool persisted) {
    usage_ = usage;
    quota_ = quota;
    persisted_ = persisted;
}

std::string CaseStore::cases_json() const {
    nlohmann::json out = nlohmann::json::array();
    for (const CaseInfo& c : listing_.cases)
        out.push_back({{"id", c.id},
                       {"name", c.name},
                       {"comments", c.comments},
                       {"bytes", c.bytes},
                       {"saved_at", c.saved_at}});
    return out.dump();
}

} // namespace sv::app
