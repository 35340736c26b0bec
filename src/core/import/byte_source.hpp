// byte_source.hpp — where the import gets the bytes of a file: pulled chunk by chunk, so that a big export
// is never whole in memory (issue 9: the browser reads a File with File.slice, the CLI with fread).
//
// The importer pulls: read() appends up to `max` bytes; a source that has nothing yet (the browser, while
// a File.slice() promise is still running) says `pending` and the import job returns to its caller and
// tries again on the next step, so a frame is never blocked waiting for the disk.
#pragma once
#include "core/base/error.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace sv {

enum class ReadStatus : uint8_t {
    data,    // at least one byte was appended
    pending, // nothing yet: ask again later (asynchronous sources)
    end,     // no more bytes
    failed,  // the source broke: error() says why
};

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Total bytes of the file (for progress and reservations); 0 when unknown.
    virtual uint64_t size() const = 0;
    // Appends up to `max` (> 0) next bytes to `out`.
    virtual ReadStatus read(std::vector<char>& out, size_t max) = 0;
    virtual const Error& error() const { return error_; }
    // Bytes handed out so far.
    uint64_t consumed() const { return consumed_; }

protected:
    Error error_;
    uint64_t consumed_ = 0;
};

// Bytes already in memory (tests, the thread folders of the CLI, the app's sample), handed out in chunks
// of at most `chunk` bytes. The buffer is released when the last chunk has been read.
class MemorySource final : public ByteSource {
public:
    explicit MemorySource(std::vector<char> bytes, size_t chunk = size_t(8) << 20);
    uint64_t size() const override { return size_; }
    ReadStatus read(std::vector<char>& out, size_t max) override;

private:
    std::vector<char> bytes_;
    uint64_t size_ = 0;
    size_t chunk_;
};

// A file read with fread (natively; as WASM under node through the NODERAWFS file system), chunk by chunk.
class FileSource final : public ByteSource {
public:
    ~FileSource() override;
    // Opens `path`; fails with a clear error when it cannot.
    static Result<std::unique_ptr<FileSource>> open(const std::string& path);
    uint64_t size() const override { return size_; }
    ReadStatus read(std::vector<char>& out, size_t max) override;

private:
    FileSource() = default;
    std::FILE* f_ = nullptr;
    std::string path_;
    uint64_t size_ = 0;
};

// The chunk size the importer asks for: big enough that per-chunk overhead vanishes, small enough that the
// raw chunk and its decoded copy are a few percent of the heap.
inline constexpr size_t kImportChunkBytes = size_t(8) << 20;

} // namespace sv
