// corrections.cpp — relabelled comments as an overlay on SentimentColumns, and the JSON of corrections and
// custom lexicons (see corrections.hpp).
//
// [SECTION] Names
// [SECTION] Overlay
// [SECTION] JSON
// [SECTION] CorrectionsJob
#include "core/sentiment/corrections.hpp"

#include "core/base/clock.hpp"
#include "core/pipeline/analysis.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace sv {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------------------------------------
const char* to_string(SentimentLabel l) {
    switch (l) {
    case SentimentLabel::negative:
        return "negative";
    case SentimentLabel::neutral:
        return "neutral";
    case SentimentLabel::positive:
        return "positive";
    }
    return "neutral";
}

const char* to_string(CorrectionTag t) {
    switch (t) {
    case CorrectionTag::computed:
        return "computed";
    case CorrectionTag::none:
        return "none";
    case CorrectionTag::emotional:
        return "emotional";
    case CorrectionTag::constructive:
        return "constructive";
    }
    return "computed";
}

bool label_from_string(std::string_view s, SentimentLabel& out) {
    if (s == "negative")
        out = SentimentLabel::negative;
    else if (s == "neutral")
        out = SentimentLabel::neutral;
    else if (s == "positive")
        out = SentimentLabel::positive;
    else
        return false;
    return true;
}

bool tag_from_string(std::string_view s, CorrectionTag& out) {
    if (s.empty() || s == "computed")
        out = CorrectionTag::computed;
    else if (s == "none")
        out = CorrectionTag::none;
    else if (s == "emotional")
        out = CorrectionTag::emotional;
    else if (s == "constructive")
        out = CorrectionTag::constructive;
    else
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Overlay
// ---------------------------------------------------------------------------------------------------------
const CorrectedRow* SentimentCorrections::find(size_t row) const {
    auto it = std::lower_bound(rows.begin(), rows.end(), row,
                               [](const CorrectedRow& r, size_t x) { return r.row < x; });
    return it != rows.end() && it->row == row ? &*it : nullptr;
}

std::string correction_key(const CommentStore& c, size_t row) {
    const std::string_view id = row < c.id.size() ? c.id_of(row) : std::string_view{};
    if (!id.empty()) return std::string(id);
    char key[32];
    std::snprintf(key, sizeof key, "#%zu", row);
    return key;
}

void upsert_correction(std::vector<LabelCorrection>& list, const LabelCorrection& c) {
    for (LabelCorrection& x : list)
        if (x.id == c.id) {
            x = c;
            return;
        }
    list.push_back(c);
}

bool remove_correction(std::vector<LabelCorrection>& list, std::string_view id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const LabelCorrection& x) { return x.id == id; });
    if (it == list.end()) return false;
    list.erase(it);
    return true;
}

void undo_corrections(SentimentColumns& s, SentimentCorrections& corrections) {
    for (const CorrectedRow& r : corrections.rows) {
        if (r.row >= s.size()) continue;
        s.label[r.row] = r.was_label;
        s.compound[r.row] = r.was_compound;
        s.emotionality[r.row] = r.was_emotionality;
        s.constructive[r.row] = r.was_constructive;
    }
    corrections.rows.clear();
}

namespace {

// The compound of a clear case of each label (a changed label moves the compound with it).
float compound_for(SentimentLabel l) {
    return l == SentimentLabel::positive ? 0.5f : l == SentimentLabel::negative ? -0.5f : 0.f;
}

// Below the emotional threshold, for comments tagged constructive or neither.
constexpr float kCalmEmotionality = kEmotionalThreshold * 0.5f;

void apply_row(SentimentColumns& s, CorrectedRow& r) {
    const uint32_t i = r.row;
    r.was_label = s.label[i];
    r.was_compound = s.compound[i];
    r.was_emotionality = s.emotionality[i];
    r.was_constructive = s.constructive[i];
    if (s.label[i] != r.label) {
        s.label[i] = r.label;
        s.compound[i] = compound_for(r.label);
    }
    switch (r.tag) {
    case CorrectionTag::computed:
        break;
    case CorrectionTag::emotional:
        s.emotionality[i] = std::max(s.emotionality[i], kEmotionalThreshold);
        s.constructive[i] = 0;
        break;
    case CorrectionTag::constructive:
        s.emotionality[i] = std::min(s.emotionality[i], kCalmEmotionality);
        s.constructive[i] = 1;
        break;
    case CorrectionTag::none:
        s.emotionality[i] = std::min(s.emotionality[i], kCalmEmotionality);
        s.constructive[i] = 0;
        break;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------------------------------------
nlohmann::ordered_json corrections_to_json(const std::vector<LabelCorrection>& list) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const LabelCorrection& c : list) {
        nlohmann::ordered_json e = {{"id", c.id}, {"label", to_string(c.label)}};
        if (c.tag != CorrectionTag::computed) e["tag"] = to_string(c.tag);
        out.push_back(std::move(e));
    }
    return out;
}

namespace {

// The list inside `j`: j itself when an array, else j[key] when an object holds one.
const nlohmann::ordered_json* list_in(const nlohmann::ordered_json& j, const char* key) {
    if (j.is_array()) return &j;
    if (j.is_object())
        if (auto it = j.find(key); it != j.end() && it->is_array()) return &*it;
    return nullptr;
}

Error entry_error(const char* what, size_t index, const std::string& message, const char* hint) {
    return make_error(std::string("bad_") + what,
                      std::string(what) + " entry " + std::to_string(index + 1) + ": " + message, hint);
}

} // namespace

Result<std::vector<LabelCorrection>> corrections_from_json(const nlohmann::ordered_json& j) {
    const char* hint = "write [{\"id\": \"<comment id>\", \"label\": \"negative|neutral|positive\", "
                       "\"tag\": \"emotional|constructive|none\"}] (tag optional)";
    const nlohmann::ordered_json* list = list_in(j, "corrections");
    if (!list)
        return make_error("bad_corrections", "corrections must be a JSON array (or {\"corrections\": [...]})",
                          hint);
    std::vector<LabelCorrection> out;
    for (size_t i = 0; i < list->size(); ++i) {
        const auto& e = (*list)[i];
        if (!e.is_object()) return entry_error("correction", i, "is not an object", hint);
        LabelCorrection c;
        auto id = e.find("id");
        if (id == e.end()) return entry_error("correction", i, "has no \"id\"", hint);
        if (id->is_string())
            c.id = id->get<std::string>();
        else if (id->is_number_integer())
            c.id = std::to_string(id->get<int64_t>());
        else
            return entry_error("correction", i, "\"id\" is not a string", hint);
        if (c.id.empty()) return entry_error("correction", i, "\"id\" is empty", hint);
        auto label = e.find("label");
        if (label == e.end() || !label->is_string() ||
            !label_from_string(label->get_ref<const std::string&>(), c.label))
            return entry_error("correction", i, "\"label\" must be \"negative\", \"neutral\" or \"positive\"",
                               hint);
        if (auto tag = e.find("tag"); tag != e.end() && !tag->is_null()) {
            if (!tag->is_string() || !tag_from_string(tag->get_ref<const std::string&>(), c.tag))
                return entry_error(
                    "correction", i,
                    "\"tag\" must be \"emotional\", \"constructive\", \"none\" or \"computed\"", hint);
        }
        upsert_correction(out, c);
    }
    return out;
}

Result<std::vector<LabelCorrection>> corrections_from_text(std::string_view text) {
    auto j = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded())
        return make_error("bad_corrections", "the corrections file is not valid JSON",
                          "check it with a JSON validator; expected [{\"id\": ..., \"label\": ...}]");
    return corrections_from_json(j);
}

nlohmann::ordered_json lexicon_to_json(const std::vector<CustomWord>& words) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const CustomWord& w : words) {
        const std::string_view code = w.lang == Lang::unknown ? std::string_view("all") : lang_code(w.lang);
        out.push_back({{"word", w.word},
                       {"valence", std::round(static_cast<double>(w.valence) * 100.0) / 100.0},
                       {"lang", std::string(code)}});
    }
    return out;
}

Result<std::vector<CustomWord>> lexicon_from_json(const nlohmann::ordered_json& j) {
    const char* hint = "write [{\"word\": \"recall\", \"valence\": -2.5, \"lang\": \"en\"}] (valence -4..4; "
                       "lang optional, \"all\" = every language)";
    const nlohmann::ordered_json* list = list_in(j, "lexicon");
    if (!list)
        return make_error("bad_lexicon", "a lexicon must be a JSON array (or {\"lexicon\": [...]})", hint);
    std::vector<CustomWord> out;
    for (size_t i = 0; i < list->size(); ++i) {
        const auto& e = (*list)[i];
        if (!e.is_object()) return entry_error("lexicon", i, "is not an object", hint);
        CustomWord w;
        auto word = e.find("word");
        if (word == e.end() || !word->is_string()) return entry_error("lexicon", i, "has no \"word\"", hint);
        std::string_view text = word->get_ref<const std::string&>();
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        if (text.empty()) return entry_error("lexicon", i, "\"word\" is empty", hint);
        w.word = std::string(text);
        auto valence = e.find("valence");
        if (valence == e.end() || !valence->is_number())
            return entry_error("lexicon", i, "\"valence\" must be a number", hint);
        const double v = valence->get<double>();
        if (!(v >= -4.0 && v <= 4.0))
            return entry_error("lexicon", i, "\"valence\" " + std::to_string(v) + " is outside -4..4", hint);
        w.valence = static_cast<float>(v);
        if (auto lang = e.find("lang"); lang != e.end() && !lang->is_null()) {
            if (!lang->is_string()) return entry_error("lexicon", i, "\"lang\" is not a string", hint);
            const std::string& code = lang->get_ref<const std::string&>();
            if (!code.empty() && code != "all" && code != "*") {
                w.lang = lang_from_code(code);
                if (w.lang == Lang::unknown || w.lang == Lang::other)
                    return entry_error("lexicon", i, "unknown language \"" + code + "\"",
                                       "use a code such as en, sv, de, or \"all\"");
            }
        }
        out.push_back(std::move(w));
    }
    return out;
}

Result<std::vector<CustomWord>> lexicon_from_text(std::string_view text) {
    auto j = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded())
        return make_error("bad_lexicon", "the lexicon file is not valid JSON",
                          "check it with a JSON validator; expected [{\"word\": ..., \"valence\": ...}]");
    return lexicon_from_json(j);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] CorrectionsJob
// ---------------------------------------------------------------------------------------------------------
namespace {

class CorrectionsJob final : public Job {
public:
    CorrectionsJob(Analysis& a, std::vector<LabelCorrection> given, bool columns_fresh)
        : a_(a), given_(std::move(given)), fresh_(columns_fresh) {}

    StepResult step(double budget_ms) override {
        const double start = clock_ms();
        SentimentColumns& s = a_.sentiment;
        const CommentStore& c = a_.comments;
        const size_t n = c.size();
        if (stage_ == 0) {
            if (fresh_)
                a_.corrections.rows.clear(); // the scorer wrote every row again
            else
                undo_corrections(s, a_.corrections);
            a_.corrections.unknown.clear();
            found_.assign(given_.size(), 0);
            for (uint32_t k = 0; k < given_.size(); ++k) {
                const std::string& id = given_[k].id;
                by_id_.emplace(std::string_view(id), k);
                // "#<row>": a comment without an id, by its row.
                uint32_t row = 0;
                if (id.size() > 1 && id[0] == '#') {
                    auto [p, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), row);
                    if (ec == std::errc() && p == id.data() + id.size() && row < n && c.id_of(row).empty())
                        hits_.push_back({row, k});
                }
            }
            stage_ = s.present() && s.size() == n && !given_.empty() ? 1 : 3;
        }
        while (stage_ == 1 && row_ < n) { // the ids, in slices
            const size_t end = std::min(n, row_ + 65536);
            for (; row_ < end; ++row_) {
                const std::string_view id = c.id_of(row_);
                if (id.empty()) continue;
                if (auto it = by_id_.find(id); it != by_id_.end())
                    hits_.push_back({static_cast<uint32_t>(row_), it->second});
            }
            if (row_ < n && clock_ms() - start >= budget_ms) return StepResult::more;
        }
        if (stage_ == 1) stage_ = 2;
        if (stage_ == 2) {
            std::sort(hits_.begin(), hits_.end(), [](const Hit& x, const Hit& y) { return x.row < y.row; });
            a_.corrections.rows.reserve(hits_.size());
            for (const Hit& h : hits_) {
                if (!a_.corrections.rows.empty() && a_.corrections.rows.back().row == h.row) continue;
                CorrectedRow r;
                r.row = h.row;
                r.label = given_[h.index].label;
                r.tag = given_[h.index].tag;
                apply_row(s, r);
                a_.corrections.rows.push_back(r);
                found_[h.index] = 1;
            }
            stage_ = 3;
        }
        for (size_t k = 0; k < given_.size(); ++k)
            if (!found_.empty() && !found_[k]) a_.corrections.unknown.push_back(given_[k].id);
        by_id_.clear();
        a_.corrections.given = std::move(given_);
        return StepResult::done;
    }

    Progress progress() const override { return {"corrections", row_, a_.comments.size()}; }

private:
    struct Hit {
        uint32_t row;   // the corrected comment
        uint32_t index; // its correction in given_
    };
    Analysis& a_;
    std::vector<LabelCorrection> given_;
    bool fresh_;
    std::unordered_map<std::string_view, uint32_t> by_id_; // into given_ (which outlives the map)
    std::vector<Hit> hits_;
    std::vector<uint8_t> found_;
    size_t row_ = 0;
    int stage_ = 0; // 0 start, 1 ids, 2 apply, 3 done
};

} // namespace

std::unique_ptr<Job> make_corrections_job(Analysis& a, std::vector<LabelCorrection> given,
                                          bool columns_fresh) {
    return std::make_unique<CorrectionsJob>(a, std::move(given), columns_fresh);
}

void apply_corrections(Analysis& a, std::vector<LabelCorrection> given, bool columns_fresh) {
    CorrectionsJob job(a, std::move(given), columns_fresh);
    run_to_end(job);
}

} // namespace sv
