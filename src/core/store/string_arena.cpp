#include "core/store/string_arena.hpp"

#include <cassert>

namespace sv {

TextRef StringArena::append(std::string_view s) {
    if (s.empty()) return {};
    assert(data_.size() + s.size() < UINT32_MAX && "string arena is limited to 4 GiB");
    TextRef r{static_cast<uint32_t>(data_.size()), static_cast<uint32_t>(s.size())};
    data_.insert(data_.end(), s.begin(), s.end());
    return r;
}

} // namespace sv
