#include "core/import/import_report.hpp"

namespace sv {

void ImportReport::reject(Error e) {
    ++rows_rejected;
    ++rejects_by_kind[e.kind];
    if (rejects.size() < kMaxRejectExamples) rejects.push_back(std::move(e));
}

void ImportReport::warn(ImportWarning w, bool first) {
    // Codes and sentences side by side. A report whose sentences came without codes (a case saved before the
    // codes) has fewer codes than sentences: the app then shows the sentences.
    if (first) {
        warnings.insert(warnings.begin(), english(w));
        warning_codes.insert(warning_codes.begin(), std::move(w));
    } else {
        warnings.push_back(english(w));
        warning_codes.push_back(std::move(w));
    }
}

std::string english(const ImportWarning& w) {
    const std::string a = std::to_string(w.n[0]), b = std::to_string(w.n[1]);
    const bool mdy = w.n[0] != 0;
    switch (w.code) {
    case WarningCode::none:
    case WarningCode::count:
        return {};
    case WarningCode::dates_forced:
        return std::string("numeric dates read ") + (mdy ? "month-first (MM/DD)" : "day-first (DD/MM)") +
               " as forced by the user (date order " + (mdy ? "mdy" : "dmy") + "): " + b + " ambiguous dates";
    case WarningCode::dates_forced_against:
        return b + " dates in the column only fit " + (mdy ? "day-first" : "month-first") +
               " and were read so; check the forced date order";
    case WarningCode::dates_month_first:
        return "numeric dates read month-first (MM/DD): " + a +
               " dates in the column can only be month-first; " + b + " ambiguous dates follow them";
    case WarningCode::dates_day_first:
        return "numeric dates read day-first (DD/MM): " + a + " dates in the column can only be day-first; " +
               b + " ambiguous dates follow them";
    case WarningCode::dates_unknown_order:
        return "date order unknown: all " + a +
               " numeric dates with two numbers <= 12 can be read day-first or month-first; "
               "they were read day-first (DD/MM), the European order";
    case WarningCode::dates_mixed:
        return "the date column mixes orders: " + a + " dates only fit day-first and " + b +
               " only month-first";
    case WarningCode::excel_ids:
        return a + " ids look mangled by Excel (e.g. '" + w.text +
               "'): their last digits are lost, so replies cannot be linked by them; export "
               "the file again without opening it in Excel, or import it as text";
    case WarningCode::relative_times:
        return a + " timestamps are relative ('2 days ago') and only approximate; resolved against " + w.text;
    case WarningCode::naive_times:
        return a + " timestamps have no time zone and were read as UTC";
    case WarningCode::reddit_more:
        return a + " Reddit \"more\" stubs (collapsed comments the export does not contain) were skipped";
    case WarningCode::skipped_items:
        return a + " items that are not comments (service messages, deleted or blocked posts, error "
                   "pages) were skipped";
    case WarningCode::utf16_replaced:
        return a + " invalid UTF-16 code units were replaced with U+FFFD";
    case WarningCode::utf8_replaced:
        return a + " invalid UTF-8 sequences were replaced with U+FFFD (first at byte " + b + ")";
    case WarningCode::windows_1252:
        return "the file is not UTF-8; it was read as Windows-1252 (Latin-1)";
    }
    return {};
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
