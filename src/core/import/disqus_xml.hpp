// disqus_xml.hpp — the Disqus XML export (FORMATS.md §11.3): <thread> definitions and flat <post> elements
// that point to their thread and parent by dsq:id. Read in slices of posts, like the JSON and CSV readers.
// Only what a Disqus export holds is understood (no DTDs, no namespaces beyond the dsq: prefix); other
// XML is refused before it gets here (sniff.cpp).
#pragma once
#include "core/import/comment_sink.hpp"
#include "core/import/import_report.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace sv {

// True when the text is XML whose root element is <disqus>.
bool is_disqus_xml(std::string_view text);

class DisqusImport {
public:
    DisqusImport(std::string_view text, CommentSink& sink, ImportReport& report);
    // Reads posts for up to `budget_ms`; true when every post is read.
    bool step(double budget_ms);
    uint64_t bytes_done() const { return pos_; }

private:
    void read_threads();
    void read_post(std::string_view body, size_t offset, std::string_view id);
    int64_t line_of(size_t offset);

    std::string_view text_;
    CommentSink& sink_;
    ImportReport& report_;
    std::unordered_map<std::string, std::string> thread_link_; // thread dsq:id -> its <link>
    size_t pos_ = 0;                                           // where to look for the next <post
    size_t line_pos_ = 0;                                      // line counting: offset and line reached
    int64_t line_ = 1;
    std::string message_, author_, thread_; // per post, decoded
};

} // namespace sv
