// import_job.cpp — the import as a resumable job: decode the bytes, detect CSV or JSON, read the records in
// slices, then the column-wide decisions (date order) and reply links; every stage works in slices except
// the rare whole-file conversions (UTF-16, Windows-1252, repair of invalid UTF-8).
#include "core/import/csv_import.hpp"
#include "core/import/disqus_xml.hpp"
#include "core/import/import.hpp"
#include "core/import/json_import.hpp"
#include "core/import/sniff.hpp"
#include "core/pipeline/analysis.hpp"
#include "core/text/encoding.hpp"

namespace sv {
namespace {

// The first non-space byte says JSON ({ [ or the X archive's "window.YTD") or not.
bool looks_like_json(std::string_view t) {
    size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')) ++i;
    if (i >= t.size()) return false;
    if (t[i] == '{' || t[i] == '[') return true;
    return t.substr(i, 11) == "window.YTD.";
}

class ImportJob final : public Job {
public:
    ImportJob(Analysis& a, std::vector<char> bytes, const ImportOptions& options)
        : a_(a), bytes_(std::move(bytes)), options_(options), sink_(a.comments, a.import, options_) {}

    StepResult step(double budget_ms) override {
        switch (stage_) {
        case Stage::decode: {
            if (!decoder_) {
                const std::string_view head(bytes_.data(), bytes_.size() < 4096 ? bytes_.size() : 4096);
                if (Status st = check_readable_container(head); !st) return fail(st.error());
                decoder_ = std::make_unique<Utf8Decoder>(bytes_);
            }
            if (!decoder_->step(budget_ms)) return StepResult::more;
            const DecodedText d = decoder_->result();
            decoder_.reset();
            a_.import.encoding = d.encoding;
            if (d.replaced > 0)
                a_.import.warnings.push_back(
                    std::to_string(d.replaced) +
                    " invalid UTF-8 sequences were replaced with U+FFFD (first at byte " +
                    std::to_string(d.first_bad) + ")");
            if (d.encoding == "windows-1252")
                a_.import.warnings.push_back("the file is not UTF-8; it was read as Windows-1252 (Latin-1)");
            const std::string_view text(bytes_.data(), bytes_.size());
            if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
                return fail(
                    make_error("empty_file", "the file is empty", "check that the export finished writing"));
            const bool json_forced = is_json_format(options_.format);
            const bool csv_forced = !options_.format.empty() && !json_forced && options_.format != "disqus_xml";
            if (options_.format == "disqus_xml" || (!json_forced && !csv_forced && is_disqus_xml(text))) {
                disqus_ = std::make_unique<DisqusImport>(text, sink_, a_.import);
                stage_ = Stage::disqus;
                return StepResult::more;
            }
            if (json_forced || (!csv_forced && looks_like_json(text))) {
                json_ = std::make_unique<JsonImport>(text, sink_, a_.import, options_);
                if (Status st = json_->start(); !st) return fail(st.error());
                stage_ = Stage::json;
                return StepResult::more;
            }
            csv_ = std::make_unique<CsvImport>(bytes_, sink_, a_.import, a_.comments, options_);
            if (Status st = csv_->start(); !st) return fail(st.error());
            stage_ = Stage::csv;
            return StepResult::more;
        }
        case Stage::csv:
            if (!csv_->step(budget_ms)) return StepResult::more;
            return finish_records();
        case Stage::json:
            if (!json_->step(budget_ms)) return StepResult::more;
            return finish_records();
        case Stage::disqus:
            if (!disqus_->step(budget_ms)) return StepResult::more;
            return finish_records();
        case Stage::link:
            if (!linker_->step(budget_ms)) return StepResult::more;
            a_.import.replies_linked = linker_->linked();
            linker_.reset();
            // No shrink_to_fit: the columns and the arena were reserved from measured estimates (a few
            // percent spare), and shrinking copies every column at once (~190 ms as WASM at 1M) while
            // needing old and new side by side, so it raised the peak instead of lowering it.
            stage_ = Stage::done;
            return StepResult::done;
        case Stage::done:
            return StepResult::done;
        }
        return StepResult::done;
    }

    Progress progress() const override {
        const uint64_t total = a_.source_bytes ? a_.source_bytes : bytes_.size();
        switch (stage_) {
        case Stage::decode:
            return {"import", 0, total};
        case Stage::link:
            return {"import", total ? total - 1 : 0, total};
        case Stage::csv:
            return {"import", csv_ ? csv_->bytes_done() : 0, bytes_.size()};
        case Stage::json:
            return {"import", json_ ? json_->bytes_done() : 0, bytes_.size()};
        case Stage::disqus:
            return {"import", disqus_ ? disqus_->bytes_done() : 0, bytes_.size()};
        case Stage::done:
            break;
        }
        return {"import", total, total};
    }

private:
    enum class Stage : uint8_t { decode, csv, json, disqus, link, done };
    // After the last record: the column-wide decisions, then the reply links in slices.
    StepResult finish_records() {
        sink_.finish_columns();
        csv_.reset();
        json_.reset();
        disqus_.reset();
        bytes_ = {};
        linker_ = std::make_unique<ReplyLinker>(a_.comments);
        stage_ = Stage::link;
        return StepResult::more;
    }
    StepResult fail(const Error& e) {
        error_ = e;
        stage_ = Stage::done;
        return StepResult::failed;
    }

    Analysis& a_;
    std::vector<char> bytes_;
    ImportOptions options_;
    CommentSink sink_;
    std::unique_ptr<CsvImport> csv_;
    std::unique_ptr<JsonImport> json_;
    std::unique_ptr<DisqusImport> disqus_;
    std::unique_ptr<Utf8Decoder> decoder_;
    std::unique_ptr<ReplyLinker> linker_;
    Stage stage_ = Stage::decode;
};

} // namespace

std::unique_ptr<Job> make_import_job(Analysis& analysis, std::vector<char> bytes,
                                     const ImportOptions& options) {
    return std::make_unique<ImportJob>(analysis, std::move(bytes), options);
}

} // namespace sv
