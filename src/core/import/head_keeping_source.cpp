#include "core/import/head_keeping_source.hpp"

#include <algorithm>
#include <cstddef>

namespace sv {

HeadKeepingSource::HeadKeepingSource(std::unique_ptr<ByteSource> inner, size_t limit,
                                     std::shared_ptr<std::vector<char>> head)
    : inner_(std::move(inner)), limit_(limit), head_(std::move(head)) {}

ReadStatus HeadKeepingSource::read(std::vector<char>& out, size_t max) {
    const size_t before = out.size();
    const ReadStatus st = inner_->read(out, max);
    consumed_ = inner_->consumed();
    if (st == ReadStatus::data && head_->size() < limit_) {
        const size_t n = std::min(out.size() - before, limit_ - head_->size());
        head_->insert(head_->end(), out.begin() + static_cast<std::ptrdiff_t>(before),
                      out.begin() + static_cast<std::ptrdiff_t>(before + n));
    }
    return st;
}

} // namespace sv
