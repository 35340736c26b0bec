// text_feed.cpp — see text_feed.hpp.
#include "core/import/text_feed.hpp"

#include "core/base/clock.hpp"

#include <algorithm>

namespace sv {

TextFeed::TextFeed(std::unique_ptr<ByteSource> source, size_t chunk, size_t probe)
    : source_(std::move(source)), decoder_(probe), chunk_(chunk ? chunk : 1) {}

ReadStatus TextFeed::pull(std::vector<char>& out) {
    if (source_done_) return ReadStatus::end;
    raw_.clear();
    const double t0 = clock_ms();
    const ReadStatus st = source_->read(raw_, chunk_);
    read_ms_ += clock_ms() - t0;
    if (st == ReadStatus::pending || st == ReadStatus::failed) return st;
    if (head_.size() < 4096 && !raw_.empty()) {
        const size_t n = std::min(raw_.size(), 4096 - head_.size());
        head_.insert(head_.end(), raw_.begin(), raw_.begin() + static_cast<std::ptrdiff_t>(n));
    }
    if (st == ReadStatus::end) {
        decoder_.feed(nullptr, 0, true, out);
        source_done_ = true;
        raw_ = {};
        return ReadStatus::data;
    }
    decoder_.feed(raw_.data(), raw_.size(), false, out);
    return ReadStatus::data;
}

std::string_view TextFeed::peek(size_t n, ReadStatus& st) {
    st = ReadStatus::data;
    while (queue_.size() - queue_at_ < n && !source_done_) {
        st = pull(queue_);
        if (st == ReadStatus::pending || st == ReadStatus::failed) break;
        st = ReadStatus::data;
    }
    const size_t have = queue_.size() - queue_at_;
    return {queue_.data() + queue_at_, have < n ? have : n};
}

ReadStatus TextFeed::fill(std::vector<char>& out) {
    if (queue_at_ < queue_.size()) {
        const size_t left = queue_.size() - queue_at_;
        const size_t n = left < chunk_ ? left : chunk_;
        out.insert(out.end(), queue_.data() + queue_at_, queue_.data() + queue_at_ + n);
        queue_at_ += n;
        if (queue_at_ >= queue_.size()) queue_ = {}, queue_at_ = 0;
        return ReadStatus::data;
    }
    const size_t had = out.size();
    while (out.size() == had) { // (the decoder holds the first MiB back to decide the encoding)
        const ReadStatus st = pull(out);
        if (st != ReadStatus::data) return st;
        if (source_done_) return out.size() > had ? ReadStatus::data : ReadStatus::end;
    }
    return ReadStatus::data;
}

} // namespace sv
