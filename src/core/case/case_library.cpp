#include "core/case/case_library.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace sv {
namespace fs = std::filesystem;
using OJson = nlohmann::ordered_json;

namespace {

constexpr int kSettingsFormat = 1;

Result<std::string> read_all(const std::string& p) {
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f) return make_error("case_missing", "cannot open " + p + ": " + std::strerror(errno), "");
    std::string out;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return make_error("case_read_failed", "reading " + p + " failed", "try again");
    return out;
}

bool valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

Error bad_id(const std::string& id) {
    return make_error("case_id", "there is no case '" + id + "'", "pick a case from the list of saved cases");
}

// A failed write of `path` with errno `err`: a full storage gets its own kind (the app offers Export).
Error write_error(const std::string& path, int err) {
    if (err == ENOSPC || err == EDQUOT)
        return make_error("storage_full", "the browser's storage for this site is full",
                          "delete or export older cases, then save again; this case stays open");
    return make_error("storage_write", "writing " + path + " failed: " + std::strerror(err),
                      "try again; the case stays open in memory");
}

} // namespace

int64_t utc_now() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

CaseLibrary::CaseLibrary(std::string folder) : folder_(std::move(folder)) {
    std::error_code ec;
    fs::create_directories(folder_, ec);
}

std::string CaseLibrary::path(const std::string& id, const char* ext) const {
    return folder_ + "/" + id + ext;
}

Status CaseLibrary::write_atomically(const std::string& final_path, const std::string& bytes) {
    const std::string tmp = final_path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f)
        return make_error("storage_write", "cannot write " + tmp + ": " + std::strerror(errno),
                          "check that the browser allows this site to store data");
    const bool wrote = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const int write_errno = errno;
    const bool closed = std::fclose(f) == 0;
    if (!wrote || !closed) {
        std::remove(tmp.c_str());
        return write_error(final_path, write_errno);
    }
    if (std::rename(tmp.c_str(), final_path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return make_error("storage_write", "could not replace " + final_path + ": " + std::strerror(errno),
                          "try again; the previous save is unchanged");
    }
    return Ok{};
}

Result<CaseInfo> CaseLibrary::read_info(const std::string& id) {
    auto text = read_all(path(id, ".json"));
    if (!text) return text.error();
    const OJson j = OJson::parse(text.value(), nullptr, false);
    auto damaged = [&](const std::string& why) {
        return make_error("case_damaged", "case '" + id + "' is damaged: " + why,
                          "re-import the original export; other cases are not affected");
    };
    if (j.is_discarded() || !j.is_object()) return damaged("its settings file is not valid JSON");
    const auto version = j.value("format", 0);
    if (version > kSettingsFormat)
        return make_error("case_version", "case '" + id + "' was saved by a newer Stormvakt",
                          "open it with the newer version, or re-import the original export here");
    if (!j.contains("name") || !j["name"].is_string()) return damaged("its settings file has no name");
    CaseInfo info;
    info.id = id;
    info.name = j["name"].get<std::string>();
    info.comments = j.value("comments", uint64_t(0));
    info.saved_at = j.value("saved_at", int64_t(0));
    std::error_code ec;
    const auto data_size = fs::file_size(path(id, ".svcase"), ec);
    if (ec) return damaged("its comments file is missing");
    info.bytes = data_size + text.value().size();
    return info;
}

void CaseLibrary::set_aside(const std::string& id) {
    std::error_code ec;
    fs::create_directories(folder_ + "/damaged", ec);
    for (const char* ext : {".json", ".svcase"}) {
        const std::string from = path(id, ext);
        if (fs::exists(from, ec)) fs::rename(from, folder_ + "/damaged/" + id + ext, ec);
    }
}

Result<CaseListing> CaseLibrary::list() {
    CaseListing out;
    std::error_code ec;
    std::vector<std::string> ids;
    for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        if (!it->is_regular_file(ec)) continue;
        const std::string ext = p.extension().string();
        const std::string stem = p.stem().string();
        if ((ext == ".json" || ext == ".svcase") && valid_id(stem)) {
            bool seen = false;
            for (const auto& s : ids) seen = seen || s == stem;
            if (!seen) ids.push_back(stem);
        }
    }
    if (ec)
        return make_error(
            "storage_read", "cannot list the saved cases: " + ec.message(),
            "reload the page; if it persists, the browser's storage for this site may be disabled");
    for (const std::string& id : ids) {
        auto info = read_info(id);
        if (!info) {
            out.set_aside.push_back({id, info.error()});
            set_aside(id);
            continue;
        }
        out.total_bytes += info.value().bytes;
        out.cases.push_back(std::move(info.value()));
    }
    std::sort(out.cases.begin(), out.cases.end(), [](const CaseInfo& a, const CaseInfo& b) {
        return a.saved_at != b.saved_at ? a.saved_at > b.saved_at : a.id < b.id;
    });
    return out;
}

nlohmann::ordered_json CaseLibrary::read_user(const std::string& id) const {
    auto settings = valid_id(id) ? read_all(path(id, ".json")) : Result<std::string>(bad_id(id));
    if (!settings) return OJson::object();
    const OJson j = OJson::parse(settings.value(), nullptr, false);
    return j.is_object() && j.contains("user") && j["user"].is_object() ? j["user"] : OJson::object();
}

Result<LoadedCase> CaseLibrary::open(const std::string& id) {
    if (!valid_id(id)) return bad_id(id);
    auto info = read_info(id);
    if (!info) {
        if (info.error().kind == "case_missing") return bad_id(id);
        set_aside(id);
        return info.error();
    }
    auto settings = read_all(path(id, ".json"));
    if (!settings) return settings.error();
    const std::string what = "case '" + info.value().name + "'";
    auto input = open_case_file(path(id, ".svcase"), what);
    if (!input) return input.error();
    CaseReadJob job(*input.value(), what); // piece by piece, never the whole file in memory
    if (run_to_end(job) == StepResult::failed) {
        if (job.error().kind == "case_damaged") set_aside(id);
        return job.error();
    }
    Result<LoadedCase> loaded = job.take();
    const OJson j = OJson::parse(settings.value(), nullptr, false);
    loaded.value().meta.name = info.value().name;
    loaded.value().meta.saved_at = info.value().saved_at;
    if (j.is_object() && j.contains("user") && j["user"].is_object()) loaded.value().meta.user = j["user"];
    return loaded;
}

std::string CaseLibrary::new_id(int64_t now) {
    std::error_code ec;
    for (int n = 0;; ++n) {
        std::string id = "case-";
        id += std::to_string(now);
        if (n) {
            id += '-';
            id += std::to_string(n);
        }
        if (!fs::exists(path(id, ".json"), ec) && !fs::exists(path(id, ".svcase"), ec)) return id;
    }
}

Status CaseLibrary::save_settings(const std::string& id, const CaseMeta& meta) {
    if (!valid_id(id)) return bad_id(id);
    uint64_t comments = 0;
    if (auto info = read_info(id); info.ok()) comments = info.value().comments;
    OJson j;
    j["format"] = kSettingsFormat;
    j["name"] = meta.name;
    j["saved_at"] = meta.saved_at ? meta.saved_at : utc_now();
    j["comments"] = comments;
    j["user"] = meta.user;
    return write_atomically(path(id, ".json"), j.dump(1));
}

Result<std::string> CaseLibrary::save(const std::string& id_in, const Analysis& analysis,
                                      const CaseMeta& meta_in) {
    CaseSaveJob job(*this, id_in, meta_in, analysis); // section by section, never the whole file in memory
    if (run_to_end(job) == StepResult::failed) return job.error();
    return job.id();
}

Result<std::string> CaseLibrary::save_file(const std::string& id_in, const CaseMeta& meta_in,
                                           const std::string& case_file, uint64_t comments) {
    CaseMeta meta = meta_in;
    if (!meta.saved_at) meta.saved_at = utc_now();
    const std::string id = id_in.empty() ? new_id(meta.saved_at) : id_in;
    if (!valid_id(id)) return bad_id(id);
    // One buffer, one write: Emscripten's in-memory files grow by 1/8 per write above 1 MB, so writing a
    // 215 MB case in section-sized pieces copies it dozens of times (measured: 5.3 s instead of 0.5 s).
    if (Status st = write_atomically(path(id, ".svcase"), case_file); !st) return st.error();
    if (Status st = write_settings(id, meta, comments); !st) return st.error();
    return id;
}

Status CaseLibrary::write_settings(const std::string& id, const CaseMeta& meta, uint64_t comments) {
    OJson j;
    j["format"] = kSettingsFormat;
    j["name"] = meta.name;
    j["saved_at"] = meta.saved_at;
    j["comments"] = comments;
    j["user"] = meta.user;
    return write_atomically(path(id, ".json"), j.dump(1));
}

// ---------------------------------------------------------------------------------------------------------
// CaseSaveJob
// ---------------------------------------------------------------------------------------------------------
namespace {

// The temporary case file as a CaseOutput: positioned writes into the open descriptor.
class FdCaseOutput final : public CaseOutput {
public:
    FdCaseOutput(int fd, std::string final_path) : fd_(fd), final_(std::move(final_path)) {}
    Status reserve(uint64_t total) override {
        if (::ftruncate(fd_, static_cast<off_t>(total)) != 0) return write_error(final_, errno);
        return Ok{};
    }
    Status write_at(uint64_t offset, const char* bytes, size_t n) override {
        while (n > 0) {
            const ssize_t w = ::pwrite(fd_, bytes, n, static_cast<off_t>(offset));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return write_error(final_, w < 0 ? errno : ENOSPC);
            bytes += w;
            offset += static_cast<uint64_t>(w);
            n -= static_cast<size_t>(w);
        }
        return Ok{};
    }

private:
    int fd_;
    std::string final_;
};

} // namespace

CaseSaveJob::CaseSaveJob(CaseLibrary& lib, std::string id, CaseMeta meta, const Analysis& analysis)
    : lib_(lib), id_(std::move(id)), meta_(std::move(meta)), analysis_(&analysis),
      comments_(analysis.comments.size()) {}

CaseSaveJob::CaseSaveJob(CaseLibrary& lib, std::string id, CaseMeta meta, std::string case_file,
                         uint64_t comments)
    : lib_(lib), id_(std::move(id)), meta_(std::move(meta)), bytes_(std::move(case_file)),
      comments_(comments) {}

CaseSaveJob::~CaseSaveJob() {
    write_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        std::remove(tmp_.c_str());
    }
}

Progress CaseSaveJob::progress() const {
    if (write_) return write_->progress();
    return {"save", written_, bytes_.size()};
}

StepResult CaseSaveJob::fail(Error e) {
    write_.reset();
    out_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!tmp_.empty()) std::remove(tmp_.c_str());
    error_ = std::move(e);
    stage_ = 3;
    return StepResult::failed;
}

StepResult CaseSaveJob::step(double budget_ms) {
    const double start = clock_ms();
    const double deadline = start + budget_ms;
    constexpr size_t kChunk = size_t(4) << 20; // bytes between clock checks
    if (stage_ == 0) {
        if (!meta_.saved_at) meta_.saved_at = utc_now();
        if (id_.empty()) id_ = lib_.new_id(meta_.saved_at);
        if (!valid_id(id_)) return fail(bad_id(id_));
        final_ = lib_.path(id_, ".svcase");
        tmp_ = final_ + ".tmp";
        fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd_ < 0)
            return fail(make_error("storage_write", "cannot write " + tmp_ + ": " + std::strerror(errno),
                                   "check that the browser allows this site to store data"));
        if (analysis_) { // section by section (CaseWriteJob makes the file its full size first)
            out_ = std::make_unique<FdCaseOutput>(fd_, final_);
            write_ = std::make_unique<CaseWriteJob>(*analysis_, meta_, *out_);
        } else if (::ftruncate(fd_, static_cast<off_t>(bytes_.size())) != 0) {
            // The whole size first: the in-memory file is allocated once, the writes below only fill it.
            return fail(write_error(final_, errno));
        }
        stage_ = 1;
    }
    if (stage_ == 1 && write_) {
        const double left = deadline - clock_ms();
        const StepResult r = write_->step(left > 0.5 ? left : 0.5);
        if (r == StepResult::failed) return fail(write_->error());
        if (r == StepResult::more) return StepResult::more;
    }
    while (stage_ == 1 && !write_ && written_ < bytes_.size()) {
        const size_t n = std::min(kChunk, bytes_.size() - written_);
        const ssize_t w = ::write(fd_, bytes_.data() + written_, n);
        if (w <= 0) return fail(write_error(final_, w < 0 ? errno : ENOSPC));
        written_ += static_cast<size_t>(w);
        if (written_ < bytes_.size() && clock_ms() >= deadline) return StepResult::more;
    }
    if (stage_ == 1) {
        write_.reset();
        out_.reset();
        const int closed = ::close(fd_);
        fd_ = -1;
        if (closed != 0) return fail(write_error(final_, errno));
        if (std::rename(tmp_.c_str(), final_.c_str()) != 0)
            return fail(make_error("storage_write",
                                   "could not replace " + final_ + ": " + std::strerror(errno),
                                   "try again; the previous save is unchanged"));
        tmp_.clear();
        std::string().swap(bytes_);
        stage_ = 2;
        if (clock_ms() >= deadline) return StepResult::more;
    }
    if (stage_ == 2) {
        if (Status st = lib_.write_settings(id_, meta_, comments_); !st) return fail(st.error());
        stage_ = 3;
    }
    return StepResult::done;
}

Status CaseLibrary::rename(const std::string& id, const std::string& new_name) {
    auto loaded_settings = read_all(path(id, ".json"));
    if (!valid_id(id) || !loaded_settings) return bad_id(id);
    OJson j = OJson::parse(loaded_settings.value(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return read_info(id).error();
    j["name"] = new_name;
    return write_atomically(path(id, ".json"), j.dump(1));
}

Result<std::string> CaseLibrary::duplicate(const std::string& id, const std::string& new_name) {
    auto loaded = open(id);
    if (!loaded) return loaded.error();
    CaseMeta meta = loaded.value().meta;
    meta.name = new_name;
    meta.saved_at = utc_now();
    return save("", *loaded.value().analysis, meta);
}

Status CaseLibrary::remove(const std::string& id) {
    if (!valid_id(id)) return bad_id(id);
    std::error_code ec;
    bool any = false;
    for (const char* ext : {".json", ".svcase"}) any = fs::remove(path(id, ext), ec) || any;
    if (!any) return bad_id(id);
    return Ok{};
}

} // namespace sv
