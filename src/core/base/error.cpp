#include "core/base/error.hpp"

namespace sv {

std::string Error::to_string() const {
    std::string s = message;
    std::string where;
    if (line >= 0) where += "line " + std::to_string(line);
    if (column >= 0)
        where += (where.empty() ? "" : ", ") + std::string("column ") + std::to_string(column + 1);
    if (where.empty() && byte_offset >= 0) where = "byte " + std::to_string(byte_offset);
    if (!where.empty()) s += " (" + where + ")";
    if (!hint.empty()) s += " — " + hint;
    return s;
}

} // namespace sv
