// json_import.cpp — see json_import.hpp.
#include "core/import/json_import.hpp"

namespace sv {

std::vector<std::string> json_format_names() {
    return {};
}

bool is_json_format(std::string_view name) {
    for (const auto& n : json_format_names())
        if (n == name) return true;
    return false;
}

Status import_json(std::string_view, CommentSink&, ImportReport& report, const ImportOptions&) {
    report.format = "json";
    return make_error("unsupported_format", "JSON exports are not supported by this build yet",
                      "convert the file to CSV with a header row");
}

} // namespace sv
