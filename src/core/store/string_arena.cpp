#include "core/store/string_arena.hpp"

#include "core/text/simd_bytes.hpp"

#include <cassert>

namespace sv {

TextRef StringArena::append(std::string_view s) {
    if (s.empty()) return {};
    assert(data_.size() + s.size() < UINT32_MAX && "string arena is limited to 4 GiB");
    TextRef r{static_cast<uint32_t>(data_.size()), static_cast<uint32_t>(s.size())};
    append_bytes(data_, s.data(), s.data() + s.size()); // (not insert(): byte by byte in WebAssembly)
    return r;
}

} // namespace sv
