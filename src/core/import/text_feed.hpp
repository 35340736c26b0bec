// text_feed.hpp — a ByteSource decoded to UTF-8 on the way in: the import's only way to its input text.
//
// fill() pulls the next raw chunk from the source, decodes it (StreamDecoder: BOM, UTF-16, Windows-1252,
// repair of invalid UTF-8, sequences cut by a chunk end held back) and appends the text to the caller's
// buffer. peek() looks at the first bytes of text (format detection, CSV dialect) without taking them:
// they wait in a small queue that the next fill() calls hand out first. Only the raw chunk buffer and that
// queue are kept.
#pragma once
#include "core/import/byte_source.hpp"
#include "core/text/encoding.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace sv {

class TextFeed {
public:
    // `chunk`: raw bytes per read, and the most text one fill() appends from the queue.
    explicit TextFeed(std::unique_ptr<ByteSource> source, size_t chunk = kImportChunkBytes,
                      size_t probe = StreamDecoder::kProbe);
    // The first `n` bytes of text (fewer when the text is shorter), or `pending` / `failed` in `st`.
    std::string_view peek(size_t n, ReadStatus& st);
    // Appends the next text to `out`: `data` when some was appended (ended() may now be true), `pending`
    // (try again later), `end` (nothing more), `failed` (error()).
    ReadStatus fill(std::vector<char>& out);
    bool ended() const { return source_done_ && queue_at_ >= queue_.size(); } // all text handed out
    const DecodedText& decoded() const { return decoder_.result(); }
    uint64_t raw_size() const { return source_->size(); } // file bytes (0 when unknown)
    uint64_t raw_done() const { return source_->consumed(); }
    const Error& error() const { return source_->error(); }
    double read_ms() const { return read_ms_; } // time spent in the source's read() (the file system)
    // The first raw bytes of the file (up to 4 KiB, before decoding), once peek() or fill() read them:
    // archives and compressed files are recognised from these (sniff.hpp).
    std::string_view raw_head() const { return {head_.data(), head_.size()}; }

private:
    // Reads one raw chunk and decodes it into `out`.
    ReadStatus pull(std::vector<char>& out);

    std::unique_ptr<ByteSource> source_;
    StreamDecoder decoder_;
    std::vector<char> raw_;
    std::vector<char> head_; // the first raw bytes (raw_head())
    std::vector<char> queue_; // peeked text not handed out yet (from queue_at_)
    size_t queue_at_ = 0;
    size_t chunk_;
    bool source_done_ = false;
    double read_ms_ = 0;
};

} // namespace sv
