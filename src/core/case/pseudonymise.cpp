#include "core/case/pseudonymise.hpp"

#include "core/base/hash.hpp"

#include <cstdio>

namespace sv {

std::string to_hex(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<uint8_t>(c);
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

std::string pseudonym(std::string_view name, std::string_view salt) {
    // Keyed with the salt on both sides of the name; two independent 64-bit hashes, 48 bits shown.
    std::string buf;
    buf.reserve(salt.size() * 2 + name.size() + 2);
    buf.append(salt).append(1, '\0').append(name).append(1, '\0').append(salt);
    const uint64_t h1 = hash_string(buf);
    const uint64_t h2 = hash_mix(h1 ^ hash_bytes(buf.data(), buf.size() / 2 + 1));
    char out[24];
    const uint64_t v = (h1 ^ (h2 << 17)) & 0xffffffffffffULL;
    std::string hex = to_hex(std::string_view(reinterpret_cast<const char*>(&v), 6));
    std::snprintf(out, sizeof out, "person-%s", hex.c_str());
    return out;
}

size_t pseudonymise_authors(Analysis& analysis, std::string_view salt) {
    CommentStore& c = analysis.comments;
    const uint32_t n = c.authors.size();
    Interner renamed;
    for (uint32_t a = 0; a < n; ++a) {
        std::string p = pseudonym(c.authors.name(a), salt);
        if (renamed.find(p) != Interner::kNone) {
            const std::string base = p;
            for (int k = 2; renamed.find(p) != Interner::kNone; ++k) p = base + "-" + std::to_string(k);
        }
        renamed.intern(p); // interned in id order: id a stays id a
    }
    c.authors = std::move(renamed);
    for (Error& e : analysis.import.rejects) e.excerpt.clear();
    return n;
}

namespace {

class PseudonymiseJob final : public Job {
public:
    PseudonymiseJob(Analysis& a, std::string salt) : a_(a), salt_(std::move(salt)) {}
    StepResult step(double) override {
        done_ = pseudonymise_authors(a_, salt_);
        return StepResult::done;
    }
    Progress progress() const override { return {"pseudonymise", done_, a_.comments.authors.size()}; }

private:
    Analysis& a_;
    std::string salt_;
    uint64_t done_ = 0;
};

} // namespace

std::unique_ptr<Job> make_pseudonymise_job(Analysis& analysis, std::string salt) {
    return std::make_unique<PseudonymiseJob>(analysis, std::move(salt));
}

} // namespace sv
