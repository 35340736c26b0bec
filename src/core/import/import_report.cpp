#include "core/import/import_report.hpp"

namespace sv {

void ImportReport::reject(Error e) {
    ++rows_rejected;
    ++rejects_by_kind[e.kind];
    if (rejects.size() < kMaxRejectExamples) rejects.push_back(std::move(e));
}

std::string english(const FormatWhy& w) {
    std::string out;
    auto delimiter_reason = [](DelimiterWhy d) {
        switch (d) {
        case DelimiterWhy::sep_line:
            return "an Excel 'sep=' line names the delimiter";
        case DelimiterWhy::one_column:
            return "no delimiter in the header: one column";
        case DelimiterWhy::header_only:
            return "the only delimiter in the header";
        case DelimiterWhy::header_and_rows:
            return "the delimiter the header and the rows agree on";
        case DelimiterWhy::none:
            break;
        }
        return "";
    };
    switch (w.kind) {
    case FormatWhy::Kind::none:
        return {};
    case FormatWhy::Kind::csv_preset:
        out = w.user_chosen ? "chosen by the user (--format)" : w.signature + "; delimiter " + w.delimiter;
        break;
    case FormatWhy::Kind::csv_generic:
        out = std::string(w.user_chosen ? "chosen by the user (--format): "
                                        : "not JSON and no known export's headers: ") +
              "CSV with delimiter " + w.delimiter + " (" + delimiter_reason(w.delimiter_why) +
              "), columns matched by header name";
        break;
    case FormatWhy::Kind::json:
        out = (w.user_chosen ? std::string("chosen by the user (--format)") : w.signature) + "; " +
              (w.json_values < 0 ? "an X archive file (window.YTD... = [...])"
               : w.json_values == 1
                   ? "one JSON document"
                   : std::to_string(w.json_values) + " JSON values (JSON Lines or concatenated)");
        break;
    case FormatWhy::Kind::disqus_xml:
        return "XML with the root element <disqus> (Disqus export)";
    }
    if (w.mapped) out += "; mapping given with --map";
    return out;
}

} // namespace sv
