// head_keeping_source.hpp — a ByteSource that hands another source's bytes through unchanged and keeps a
// copy of the first `limit` of them, for whoever needs the file's head after the import has run.
//
// The app's column-mapping dialog parses its preview (the header and 20 rows, up to 1 MiB) from this copy:
// the importer's own TextFeed::raw_head() keeps only the 4 KiB that recognising archives needs, and the file
// itself is not kept (a File in the browser, read slice by slice). The copy is shared, because the source
// moves into the import job while the app reads the head when the job has finished or failed.
#pragma once
#include "core/import/byte_source.hpp"

#include <memory>
#include <vector>

namespace sv {

class HeadKeepingSource final : public ByteSource {
public:
    HeadKeepingSource(std::unique_ptr<ByteSource> inner, size_t limit,
                      std::shared_ptr<std::vector<char>> head);
    uint64_t size() const override { return inner_->size(); }
    const Error& error() const override { return inner_->error(); }
    ReadStatus read(std::vector<char>& out, size_t max) override;

private:
    std::unique_ptr<ByteSource> inner_;
    size_t limit_;                            // bytes kept at most
    std::shared_ptr<std::vector<char>> head_; // the first min(limit, bytes read) bytes
};

} // namespace sv
