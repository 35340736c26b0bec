// comment_sink.cpp — see comment_sink.hpp.
//
// [SECTION] Helpers
// [SECTION] add, reject
// [SECTION] finish: date order, Excel ids, precisions, replies
#include "core/import/comment_sink.hpp"

#include "core/base/hash.hpp"
#include "core/text/encoding.hpp"
#include "core/text/html_text.hpp"
#include "core/text/simd_bytes.hpp"
#include "core/time/relative_time.hpp"

#include <ctime>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------------------------------------

namespace {

// 1.97737E+18: a long id after a round trip through Excel (digits are lost).
bool excel_mangled(std::string_view s) {
    if (s.size() < 5 || s[0] < '0' || s[0] > '9' || s[1] != '.') return false;
    size_t i = 2;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 2 || i + 2 > s.size() || (s[i] != 'E' && s[i] != 'e') || s[i + 1] != '+') return false;
    i += 2;
    if (i >= s.size()) return false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i == s.size();
}

std::string_view strip_reddit_prefix(std::string_view s) {
    if (s.size() > 3 && s[0] == 't' && s[1] >= '1' && s[1] <= '6' && s[2] == '_') s.remove_prefix(3);
    return s;
}

// Trims spaces; never returns a view with a null data pointer (hash_bytes memcpy's from it).
std::string_view trim_cell(std::string_view s) {
    if (s.data() == nullptr) return std::string_view("", 0);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

} // namespace

CommentSink::CommentSink(CommentStore& store, ImportReport& report, const ImportOptions& options)
    : store_(store), report_(report), options_(options) {
    if (options_.reference_time == 0) options_.reference_time = static_cast<int64_t>(std::time(nullptr));
}

void CommentSink::set_platform(Platform p) {
    platform_ = p;
    store_.platform = p;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] add, reject
// ---------------------------------------------------------------------------------------------------------

bool CommentSink::add(const RawComment& c, Error& why) {
    ++report_.rows_read;
    // Time first: a bad timestamp rejects the row before anything is stored.
    int64_t seconds = kNoTime;
    TimePrecision precision = TimePrecision::none;
    bool ambiguous = false;
    int64_t alternative = kNoTime;
    if (c.seconds != kNoTime) {
        seconds = c.seconds;
        precision = c.seconds_precision;
    } else {
        const std::string_view t = trim_cell(c.time);
        if (!t.empty()) {
            ParsedTime p = parse_timestamp(t);
            if (!p.ok) p = parse_relative_time(t, options_.reference_time);
            if (!p.ok) {
                why = make_error("bad_timestamp",
                                 "the time '" + std::string(utf8_prefix(t, 60)) + "' is not a date",
                                 "use ISO 8601 (2024-05-01T12:00:00Z), epoch seconds, or a numeric date; map "
                                 "another column with --map time=COLUMN");
                why.code = ErrorCode::bad_timestamp;
                why.arg = std::string(utf8_prefix(t, 60));
                return false;
            }
            seconds = p.seconds;
            precision = p.precision;
            if (p.precision == TimePrecision::relative)
                ++relative_;
            else if (!p.had_zone)
                ++naive_times_;
            if (p.evidence == DateOrder::day_first) ++day_first_evidence_;
            if (p.evidence == DateOrder::month_first) ++month_first_evidence_;
            if (p.ambiguous_order) {
                ambiguous = true;
                TimestampOptions mf;
                mf.order = DateOrder::month_first;
                alternative = parse_timestamp(t, mf).seconds;
            }
        }
    }

    // Text: whitespace, entities / HTML, mojibake; the original is kept when it changed.
    std::string_view text = normalise_whitespace(c.text, scratch_);
    bool changed = false;
    if (c.mojibake) {
        if (repair_latin1_mojibake(text, scratch2_)) {
            scratch_ = scratch2_;
            text = scratch_;
        }
    }
    const std::string_view original = c.text;
    if (may_need_html_decoding(text, c.html)) {
        if (decode_html(text, c.html, scratch2_)) {
            changed = true;
            text = normalise_whitespace(scratch2_, scratch_);
            if (text.data() != scratch_.data()) {
                scratch_.assign(text);
                text = scratch_;
            }
        }
    }
    if (text.empty() && c.rating == 0) {
        why = make_error("empty_text", "the comment has no text",
                         "check that the text column is mapped (--map text=COLUMN); rows without text and "
                         "without a rating carry nothing to analyse");
        why.code = ErrorCode::empty_text;
        return false;
    }

    const size_t row = store_.append_row();
    StringArena& arena = store_.strings;
    if (id_hashes_.capacity() < store_.id.capacity()) { // as many as the store reserved
        id_hashes_.reserve(store_.id.capacity());
        parent_hashes_.reserve(store_.id.capacity());
    }
    const std::string_view id = trim_cell(c.id);
    uint64_t id_hash = 0, parent_hash = 0;
    if (!id.empty()) {
        store_.id[row] = arena.append(id);
        id_hash = hash_string(id);
        if (excel_mangled(id)) {
            if (excel_ids_++ == 0) excel_example_ = std::string(id);
        }
    }
    std::string_view parent = trim_cell(c.parent);
    if (platform_ == Platform::reddit) parent = strip_reddit_prefix(parent);
    if (!parent.empty() && !views_equal(parent, id)) {
        store_.parent_id[row] = arena.append(parent);
        parent_hash = hash_string(parent);
    }
    id_hashes_.push_back(id_hash);
    parent_hashes_.push_back(parent_hash);
    // Threads repeat in runs (one video, one post): skip the interner while the thread stays the same.
    const std::string_view thread = trim_cell(c.thread);
    if (last_thread_id_ == UINT32_MAX || thread != last_thread_) {
        last_thread_id_ = store_.threads.intern(thread);
        last_thread_.assign(thread);
    }
    store_.thread[row] = last_thread_id_;
    std::string_view author = trim_cell(c.author);
    uint64_t author_hash = c.author_hashed ? c.author_hash : 0;
    if (c.mojibake && repair_latin1_mojibake(author, scratch2_)) {
        author = scratch2_;
        author_hash = AuthorCache::hash(author);
    } else if (!c.author_hashed) {
        author_hash = AuthorCache::hash(author);
    }
    store_.author[row] = authors_.intern(store_, author, author_hash, c.followers);
    store_.created_at[row] = seconds;
    store_.precision[row] = precision;
    store_.text[row] = arena.append(text);
    if (changed) {
        if (text_original_ < 0) {
            text_original_ = static_cast<int>(store_.extras.size());
            store_.extras.push_back({"text_original", {}});
            store_.extras.back().cell.resize(store_.size());
        }
        store_.extras[static_cast<size_t>(text_original_)].cell[row] = arena.append(original);
    }
    auto clamp = [](int64_t v) {
        return v < 0 ? kUnknownCount : static_cast<int32_t>(v > INT32_MAX ? INT32_MAX : v);
    };
    store_.likes[row] = clamp(c.likes);
    store_.replies[row] = clamp(c.replies);
    store_.shares[row] = clamp(c.shares);
    store_.rating[row] = static_cast<int8_t>(c.rating >= 1 && c.rating <= 5 ? c.rating : 0);
    const std::string_view lang = trim_cell(c.lang);
    if (!lang.empty()) store_.language_given[row] = arena.append(lang);
    if (ambiguous) ambiguous_.push_back({static_cast<uint32_t>(row), alternative});
    ++report_.rows_accepted;
    return true;
}

void CommentSink::prefetch_author(RawComment& c) const {
    c.author_hash = AuthorCache::hash(trim_cell(c.author));
    c.author_hashed = true;
    if constexpr (!kLoadToPrefetch) authors_.prefetch(c.author_hash, loaded_);
}

void CommentSink::reject(Error e) {
    ++report_.rows_read;
    report_.reject(std::move(e));
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] finish: date order, Excel ids, precisions, replies
// ---------------------------------------------------------------------------------------------------------

void CommentSink::resolve_date_order() {
    if (options_.date_order != DateOrder::unknown) {
        const bool mdy = options_.date_order == DateOrder::month_first;
        report_.date_order_forced = mdy ? "mdy" : "dmy";
        if (ambiguous_.empty()) return;
        if (mdy)
            for (const auto& [row, alt] : ambiguous_)
                if (alt != kNoTime) store_.created_at[row] = alt;
        report_.warn({WarningCode::dates_forced, {mdy, int64_t(ambiguous_.size())}});
        const uint64_t against = mdy ? day_first_evidence_ : month_first_evidence_;
        if (against > 0) report_.warn({WarningCode::dates_forced_against, {mdy, int64_t(against)}});
        return;
    }
    if (ambiguous_.empty()) return;
    const int64_t n = int64_t(ambiguous_.size());
    if (month_first_evidence_ > day_first_evidence_) {
        for (const auto& [row, alt] : ambiguous_)
            if (alt != kNoTime) store_.created_at[row] = alt;
        report_.warn({WarningCode::dates_month_first, {int64_t(month_first_evidence_), n}});
    } else if (day_first_evidence_ > 0) {
        report_.warn({WarningCode::dates_day_first, {int64_t(day_first_evidence_), n}});
    } else {
        report_.warn({WarningCode::dates_unknown_order, {n}});
    }
    if (month_first_evidence_ > 0 && day_first_evidence_ > 0)
        report_.warn(
            {WarningCode::dates_mixed, {int64_t(day_first_evidence_), int64_t(month_first_evidence_)}});
}

void CommentSink::finish() {
    finish_columns();
    ReplyLinker linker(store_, take_id_hashes(), take_parent_hashes());
    while (!linker.step(1e9)) {}
    report_.replies_linked = linker.linked();
}

void CommentSink::finish_columns() {
    resolve_date_order();
    // The notices as codes (their sentences: english(ImportWarning), import_report.cpp).
    if (excel_ids_ > 0) report_.warn({WarningCode::excel_ids, {int64_t(excel_ids_)}, excel_example_});
    if (relative_ > 0)
        report_.warn(
            {WarningCode::relative_times, {int64_t(relative_)}, format_iso8601_utc(options_.reference_time)});
    if (naive_times_ > 0) report_.warn({WarningCode::naive_times, {int64_t(naive_times_)}});
    report_.precision_counts.clear();
    uint64_t counts[5] = {};
    for (const TimePrecision p : store_.precision) ++counts[static_cast<int>(p)];
    for (int p = 0; p < 5; ++p)
        if (counts[p]) report_.precision_counts[to_string(static_cast<TimePrecision>(p))] = counts[p];
}

} // namespace sv
