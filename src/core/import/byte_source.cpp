// byte_source.cpp — see byte_source.hpp.
#include "core/import/byte_source.hpp"

#include <cerrno>
#include <cstring>

namespace sv {

MemorySource::MemorySource(std::vector<char> bytes, size_t chunk)
    : bytes_(std::move(bytes)), size_(bytes_.size()), chunk_(chunk ? chunk : 1) {}

ReadStatus MemorySource::read(std::vector<char>& out, size_t max) {
    if (consumed_ >= size_) {
        bytes_ = {};
        return ReadStatus::end;
    }
    size_t n = static_cast<size_t>(size_ - consumed_);
    if (n > max) n = max;
    if (n > chunk_) n = chunk_;
    out.insert(out.end(), bytes_.data() + consumed_, bytes_.data() + consumed_ + n);
    consumed_ += n;
    if (consumed_ >= size_) bytes_ = {};
    return ReadStatus::data;
}

FileSource::~FileSource() {
    if (f_) std::fclose(f_);
}

Result<std::unique_ptr<FileSource>> FileSource::open(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return make_error("cannot_open", "cannot open '" + path + "': " + std::strerror(errno),
                          "check the path and that the file is readable");
    std::unique_ptr<FileSource> s(new FileSource());
    s->f_ = f;
    s->path_ = path;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0) s->size_ = static_cast<uint64_t>(size);
        std::fseek(f, 0, SEEK_SET);
    }
    return s;
}

ReadStatus FileSource::read(std::vector<char>& out, size_t max) {
    if (!f_) return ReadStatus::end;
    // No bigger buffer than the rest of the file (+1 to see its end): a small file costs small buffers.
    if (size_ > consumed_ && size_ - consumed_ < max) max = static_cast<size_t>(size_ - consumed_) + 1;
    const size_t at = out.size();
    out.resize(at + max);
    const size_t n = std::fread(out.data() + at, 1, max, f_);
    out.resize(at + n);
    consumed_ += n;
    if (n > 0) return ReadStatus::data;
    const bool failed = std::ferror(f_) != 0;
    std::fclose(f_);
    f_ = nullptr;
    if (!failed) return ReadStatus::end;
    error_ = make_error("read_failed", "reading '" + path_ + "' failed", "check the disk and try again");
    return ReadStatus::failed;
}

} // namespace sv
