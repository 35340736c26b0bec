// comment_corpus.hpp — a deterministic synthetic comment CSV for benchmarks (`stormvakt generate`).
//
// Columns (stable; other benchmarks rely on them): id,parent_id,author,author_followers,created_at,text,
// likes,shares. Text is mixed English / Swedish / German made from our own word lists, with emoji, commas,
// quotes and line breaks inside quoted fields; ISO timestamps over three days with a crisis-shaped volume
// curve (calm baseline, sudden onset, peak, decay); about 40% replies to earlier comments; a heavy-tailed
// mix of authors with follower counts. The same rows and seed give the same bytes on every platform.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>

namespace sv {

struct CorpusOptions {
    uint64_t rows = 1'000'000;
    uint64_t seed = 1;
    int64_t start = 1741564800; // 2025-03-10T00:00:00Z
    int64_t span_seconds = 3 * 86400;
};

// Calls `write` with consecutive chunks of the CSV (about 1 MiB each). Returns the bytes written.
uint64_t generate_comment_csv(const CorpusOptions& options,
                              const std::function<void(std::string_view)>& write);

} // namespace sv
