#include "core/import/sniff.hpp"

namespace sv {

namespace {
bool starts(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}
} // namespace

Status check_readable_container(std::string_view head) {
    if (starts(head, std::string_view("PK\x03\x04", 4))) {
        if (head.find("[Content_Types].xml") != std::string_view::npos ||
            head.find("xl/") != std::string_view::npos)
            return with_code(
                make_error("unsupported_file", "the file is an Excel workbook (.xlsx), not CSV or JSON",
                           "open it in Excel or LibreOffice and save the sheet as \"CSV UTF-8\", "
                           "then open that"),
                ErrorCode::file_xlsx);
        return with_code(
            make_error("unsupported_file", "the file is a zip archive",
                       "unpack it and open the comments file inside: X archive data/tweets.js, "
                       "Google Takeout YouTube and YouTube Music/comments/comments.csv, Facebook "
                       "comments_and_reactions/comments.json, Instagram "
                       "comments/post_comments_1.json, Reddit comments.csv, Telegram result.json"),
            ErrorCode::file_zip);
    }
    if (starts(head, std::string_view("\x28\xB5\x2F\xFD", 4)))
        return with_code(
            make_error("unsupported_file",
                       "the file is zstd-compressed (e.g. an Arctic Shift / Pushshift dump)",
                       "decompress it first (zstd -d --long=31 FILE.zst) and open the .ndjson file"),
            ErrorCode::file_zstd);
    if (starts(head, std::string_view("\x1F\x8B", 2)))
        return with_code(make_error("unsupported_file", "the file is gzip-compressed",
                                    "decompress it first (gunzip FILE.gz) and open the file inside"),
                         ErrorCode::file_gzip);
    if (starts(head, "%PDF-"))
        return with_code(make_error("unsupported_file", "the file is a PDF document, not a comment export",
                                    "export the comments as CSV or JSON from the platform or tool you used"),
                         ErrorCode::file_pdf);
    if (starts(head, std::string_view("\xD0\xCF\x11\xE0", 4)))
        return with_code(
            make_error("unsupported_file", "the file is an old Excel workbook (.xls)",
                       "open it in Excel or LibreOffice and save the sheet as \"CSV UTF-8\", then "
                       "open that"),
            ErrorCode::file_xls);
    size_t i = 0;
    if (starts(head, "\xEF\xBB\xBF")) i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
    if (i < head.size() && head[i] == '<') {
        if (head.substr(i).find("<disqus") != std::string_view::npos) return Ok{}; // read by disqus_xml.cpp
        return with_code(
            make_error("unsupported_file", "the file is XML or HTML, not a CSV or JSON export",
                       "save the comments from the platform or tool as CSV, TSV or JSON; a web page "
                       "saved from the browser is not an export"),
            ErrorCode::file_markup);
    }
    return Ok{};
}

} // namespace sv
