// import_job.cpp — the import as a resumable job: pull the file chunk by chunk through the decoder
// (TextFeed), detect CSV or JSON from the first text, read the records in slices, then the column-wide
// decisions (date order) and reply links. CSV never holds more than a window of about one chunk; JSON
// (one document, or values that refer to each other's users) is read whole, up to kMaxJsonBytes.
#include "core/import/byte_source.hpp"
#include "core/import/csv_import.hpp"
#include "core/import/disqus_xml.hpp"
#include "core/import/import.hpp"
#include "core/import/json_import.hpp"
#include "core/import/sniff.hpp"
#include "core/import/text_feed.hpp"
#include "core/pipeline/analysis.hpp"

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
    ImportJob(Analysis& a, std::unique_ptr<ByteSource> source, const ImportOptions& options, size_t chunk)
        : a_(a), feed_(std::move(source), chunk ? chunk : kImportChunkBytes),
          options_(take_date_order(options)), sink_(a.comments, a.import, options_) {}

    StepResult step(double budget_ms) override {
        const double read_before = feed_.read_ms();
        const StepResult r = run(budget_ms);
        // The file system's share is reading, not importing (AnalyzeJob books the whole step as "import").
        const double read = feed_.read_ms() - read_before;
        if (read > 0) {
            a_.timings_ms["read_file"] += read;
            a_.timings_ms["import"] -= read;
        }
        return r;
    }

    Progress progress() const override {
        const uint64_t total = a_.source_bytes ? a_.source_bytes : feed_.raw_size();
        switch (stage_) {
        case Stage::detect:
            return {"import", 0, total};
        case Stage::link:
            return {"import", total ? total - 1 : 0, total};
        case Stage::csv:
        case Stage::json_read:
        case Stage::json:
        case Stage::disqus: {
            // Bytes read from the file, less the text not imported yet (about one chunk).
            const uint64_t done = feed_.raw_done();
            return {"import", done < total ? done : (total ? total - 1 : 0), total};
        }
        case Stage::done:
            break;
        }
        return {"import", total, total};
    }

private:
    enum class Stage : uint8_t { detect, csv, json_read, json, disqus, link, done };

    // `date_order=dmy|mdy|auto` in the mapping sets options.date_order (a bad value fails the first step).
    ImportOptions take_date_order(ImportOptions o) {
        for (size_t i = 0; i < o.mapping.size(); ++i) {
            const std::string& m = o.mapping[i];
            if (m.rfind("date_order=", 0) != 0) continue;
            if (!parse_date_order(std::string_view(m).substr(11), o.date_order))
                bad_option_ = make_error("bad_mapping", "unknown date order '" + m.substr(11) + "'",
                                         "use date_order=dmy (day first), mdy (month first) or auto");
            o.mapping.erase(o.mapping.begin() + static_cast<std::ptrdiff_t>(i--));
        }
        return o;
    }

    StepResult run(double budget_ms) {
        switch (stage_) {
        case Stage::detect: {
            if (!bad_option_.kind.empty()) return fail(bad_option_);
            ReadStatus st;
            const std::string_view sample = feed_.peek(CsvImport::kSniffBytes, st);
            if (st == ReadStatus::failed) return fail(feed_.error());
            if (st == ReadStatus::pending) return StepResult::more;
            const DecodedText& d = feed_.decoded();
            a_.import.encoding = d.encoding;
            if (sample.find_first_not_of(" \t\r\n") == std::string_view::npos) {
                if (!feed_.ended()) { // only blanks so far: look further
                    if (feed_.fill(text_) == ReadStatus::failed) return fail(feed_.error());
                    if (std::string_view(text_.data(), text_.size()).find_first_not_of(" \t\r\n") ==
                        std::string_view::npos)
                        text_.clear();
                    if (!feed_.ended() || !text_.empty()) return StepResult::more;
                }
                return fail(with_code(
                    make_error("empty_file", "the file is empty", "check that the export finished writing"),
                    ErrorCode::file_empty));
            }
            const bool json_forced = is_json_format(options_.format);
            // Archives, compressed files, spreadsheets, PDFs and XML other than Disqus: a specific message.
            if (Status s = check_readable_container(feed_.raw_head()); !s) return fail(s.error());
            const bool disqus_forced = options_.format == "disqus_xml";
            const bool csv_forced = !options_.format.empty() && !json_forced && !disqus_forced;
            if (disqus_forced || (!json_forced && !csv_forced && is_disqus_xml(sample))) {
                xml_ = true;
                stage_ = Stage::json_read; // read whole, like JSON
                return StepResult::more;
            }
            if (json_forced || (!csv_forced && looks_like_json(sample))) {
                stage_ = Stage::json_read;
                return StepResult::more;
            }
            csv_ = std::make_unique<CsvImport>(text_, feed_, sink_, a_.import, a_.comments, options_);
            if (Status s = csv_->start(sample); !s) return fail(s.error());
            stage_ = Stage::csv;
            return StepResult::more;
        }
        case Stage::json_read: {
            // JSON is read whole (see json_import.hpp): a document's values refer to each other.
            const double start = clock_ms();
            while (!feed_.ended()) {
                const ReadStatus st = feed_.fill(text_);
                if (st == ReadStatus::failed) return fail(feed_.error());
                if (st == ReadStatus::pending) return StepResult::more;
                if (text_.size() > kMaxJsonBytes)
                    return fail(
                        with_code(make_error("file_too_large",
                                             "the JSON file is larger than " +
                                                 std::to_string(kMaxJsonBytes >> 20) + " MiB",
                                             "split it into several files, or export as JSON Lines or CSV"),
                                  ErrorCode::json_file_too_large, {}, {}, int64_t(kMaxJsonBytes >> 20)));
                if (clock_ms() - start >= budget_ms) return StepResult::more;
            }
            warn_encoding();
            if (xml_) {
                disqus_ = std::make_unique<DisqusImport>(std::string_view(text_.data(), text_.size()), sink_,
                                                         a_.import);
                stage_ = Stage::disqus;
                return StepResult::more;
            }
            json_ = std::make_unique<JsonImport>(std::string_view(text_.data(), text_.size()), sink_,
                                                 a_.import, options_);
            if (Status s = json_->start(); !s) return fail(s.error());
            stage_ = Stage::json;
            return StepResult::more;
        }
        case Stage::csv:
            if (!csv_->step(budget_ms)) return StepResult::more;
            if (csv_->failed()) return fail(csv_->error());
            warn_encoding();
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

    // The decoder's findings, once the whole file went through it (first among the warnings).
    void warn_encoding() {
        const DecodedText& d = feed_.decoded();
        a_.import.encoding = d.encoding;
        // Put in front one by one: the last first (as codes, the sentences from import_report.cpp).
        if (d.encoding == "windows-1252") a_.import.warn({WarningCode::windows_1252}, true);
        if (d.replaced > 0 && (d.encoding == "utf-16le" || d.encoding == "utf-16be"))
            a_.import.warn({WarningCode::utf16_replaced, {int64_t(d.replaced)}}, true);
        else if (d.replaced > 0)
            a_.import.warn({WarningCode::utf8_replaced, {int64_t(d.replaced), int64_t(d.first_bad)}}, true);
    }

    // After the last record: the column-wide decisions, then the reply links in slices.
    StepResult finish_records() {
        sink_.finish_columns();
        csv_.reset();
        json_.reset();
        disqus_.reset();
        text_ = {};
        linker_ =
            std::make_unique<ReplyLinker>(a_.comments, sink_.take_id_hashes(), sink_.take_parent_hashes());
        stage_ = Stage::link;
        return StepResult::more;
    }
    StepResult fail(const Error& e) {
        error_ = e;
        stage_ = Stage::done;
        return StepResult::failed;
    }

    Analysis& a_;
    Error bad_option_; // from take_date_order()
    TextFeed feed_;
    std::vector<char> text_; // CSV: the window; JSON: the whole text
    ImportOptions options_;
    CommentSink sink_;
    std::unique_ptr<CsvImport> csv_;
    std::unique_ptr<JsonImport> json_;
    std::unique_ptr<DisqusImport> disqus_;
    bool xml_ = false; // a Disqus XML export (read whole in json_read, then DisqusImport)
    std::unique_ptr<ReplyLinker> linker_;
    Stage stage_ = Stage::detect;
};

} // namespace

bool parse_date_order(std::string_view s, DateOrder& out) {
    if (s == "dmy" || s == "day_first")
        out = DateOrder::day_first;
    else if (s == "mdy" || s == "month_first")
        out = DateOrder::month_first;
    else if (s == "auto" || s.empty())
        out = DateOrder::unknown;
    else
        return false;
    return true;
}

std::unique_ptr<Job> make_import_job(Analysis& analysis, std::unique_ptr<ByteSource> source,
                                     const ImportOptions& options, size_t chunk_bytes) {
    return std::make_unique<ImportJob>(analysis, std::move(source), options, chunk_bytes);
}

std::unique_ptr<Job> make_import_job(Analysis& analysis, std::vector<char> bytes,
                                     const ImportOptions& options) {
    return make_import_job(analysis, std::make_unique<MemorySource>(std::move(bytes)), options);
}

} // namespace sv
