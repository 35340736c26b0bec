// sniff.hpp — files that are not a comment export Stormvakt reads directly (archives, compressed files,
// spreadsheets, PDFs, XML/HTML other than a Disqus export), recognised from their first bytes so the user gets a specific message
// ("this is a zip archive: unpack it and open comments.csv inside") instead of a CSV error about
// unreadable columns.
#pragma once
#include "core/base/error.hpp"

#include <string_view>

namespace sv {

// `head`: the first bytes of the file, raw (before any text decoding); at least 512 when the file has them.
Status check_readable_container(std::string_view head);

} // namespace sv
