// disqus_xml.cpp — see disqus_xml.hpp. A small scanner for the shapes a Disqus export has:
//   <thread dsq:id="123"><link>https://…</link>…</thread>
//   <post dsq:id="100004"><message><![CDATA[<p>HTML…</p>]]></message><createdAt>…</createdAt>
//         <isDeleted>false</isDeleted><isSpam>false</isSpam><author><name/><username/></author>
//         <thread dsq:id="123"/><parent dsq:id="100002"/></post>
#include "core/import/disqus_xml.hpp"

#include "core/base/clock.hpp"
#include "core/text/encoding.hpp"

namespace sv {

namespace {

// The start tag `<name` at or after `from` (followed by white space, `>` or `/`); npos if none.
size_t find_tag(std::string_view t, std::string_view name, size_t from) {
    for (size_t p = t.find(name, from); p != std::string_view::npos; p = t.find(name, p + 1)) {
        if (p == 0 || t[p - 1] != '<') continue;
        const size_t e = p + name.size();
        if (e < t.size() &&
            (t[e] == ' ' || t[e] == '>' || t[e] == '/' || t[e] == '\t' || t[e] == '\n' || t[e] == '\r'))
            return p - 1;
    }
    return std::string_view::npos;
}

// The value of attribute `attr` in the start tag beginning at `tag` ("" when absent).
std::string_view attribute(std::string_view t, size_t tag, std::string_view attr) {
    const size_t close = t.find('>', tag);
    const std::string_view head =
        t.substr(tag, close == std::string_view::npos ? t.size() - tag : close - tag);
    const size_t a = head.find(attr);
    if (a == std::string_view::npos || a + attr.size() + 1 >= head.size() || head[a + attr.size()] != '=')
        return {};
    const char q = head[a + attr.size() + 1];
    if (q != '"' && q != '\'') return {};
    const size_t b = a + attr.size() + 2;
    const size_t e = head.find(q, b);
    return e == std::string_view::npos ? std::string_view{} : head.substr(b, e - b);
}

// The content of the first <name>…</name> child in `body` ("" when absent or empty `<name/>`).
std::string_view child(std::string_view body, std::string_view name) {
    const size_t tag = find_tag(body, name, 0);
    if (tag == std::string_view::npos) return {};
    const size_t gt = body.find('>', tag);
    if (gt == std::string_view::npos || body[gt - 1] == '/') return {};
    const std::string closing = "</" + std::string(name) + ">";
    const size_t end = body.find(closing, gt + 1);
    return end == std::string_view::npos ? std::string_view{} : body.substr(gt + 1, end - gt - 1);
}

// XML character data: CDATA sections as they are, the five entities and numeric references decoded.
void xml_text(std::string_view s, std::string& out) {
    out.clear();
    size_t i = 0;
    while (i < s.size()) {
        if (s.compare(i, 9, "<![CDATA[") == 0) {
            const size_t e = s.find("]]>", i + 9);
            const size_t stop = e == std::string_view::npos ? s.size() : e;
            out.append(s.substr(i + 9, stop - i - 9));
            i = e == std::string_view::npos ? s.size() : e + 3;
            continue;
        }
        if (s[i] == '&') {
            const size_t semi = s.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 10) {
                const std::string_view ent = s.substr(i + 1, semi - i - 1);
                uint32_t cp = 0;
                if (ent == "lt")
                    cp = '<';
                else if (ent == "gt")
                    cp = '>';
                else if (ent == "amp")
                    cp = '&';
                else if (ent == "quot")
                    cp = '"';
                else if (ent == "apos")
                    cp = '\'';
                else if (ent.size() > 1 && ent[0] == '#') {
                    const bool hex = ent[1] == 'x' || ent[1] == 'X';
                    for (size_t k = hex ? 2 : 1; k < ent.size(); ++k) {
                        const char c = ent[k];
                        const int d = c >= '0' && c <= '9'          ? c - '0'
                                      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                                    : -1;
                        if (d < 0 || cp > 0x10ffff) {
                            cp = 0;
                            break;
                        }
                        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
                    }
                    if (cp > 0x10ffff) cp = 0;
                }
                if (cp) {
                    append_utf8(out, cp);
                    i = semi + 1;
                    continue;
                }
            }
        }
        out.push_back(s[i++]);
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

bool is_disqus_xml(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
    if (i >= text.size() || text[i] != '<') return false;
    // The root element, after an optional <?xml …?> declaration and comments.
    const std::string_view head = text.substr(i, 4096);
    const size_t root = find_tag(head, "disqus", 0);
    return root != std::string_view::npos;
}

DisqusImport::DisqusImport(std::string_view text, CommentSink& sink, ImportReport& report)
    : text_(text), sink_(sink), report_(report) {
    report_.format = "disqus_xml";
    report_.format_reason = "XML with the root element <disqus> (Disqus export)";
    report_.format_why = {FormatWhy::Kind::disqus_xml};
    sink_.set_platform(Platform::generic);
    read_threads();
}

void DisqusImport::read_threads() {
    // Thread definitions are top-level <thread dsq:id="…"> elements with content (inside a post the
    // element is empty: <thread dsq:id="…"/>).
    for (size_t p = find_tag(text_, "thread", 0); p != std::string_view::npos;
         p = find_tag(text_, "thread", p + 7)) { // past "<thread"
        const size_t gt = text_.find('>', p);
        if (gt == std::string_view::npos) break;
        if (text_[gt - 1] == '/') continue;
        const size_t end = text_.find("</thread>", gt);
        if (end == std::string_view::npos) break;
        const std::string_view id = attribute(text_, p, "dsq:id");
        const std::string_view link = trim(child(text_.substr(gt + 1, end - gt - 1), "link"));
        if (!id.empty() && !link.empty()) thread_link_[std::string(id)] = std::string(link);
    }
}

int64_t DisqusImport::line_of(size_t offset) {
    if (offset < line_pos_) line_pos_ = 0, line_ = 1;
    for (; line_pos_ < offset && line_pos_ < text_.size(); ++line_pos_)
        if (text_[line_pos_] == '\n') ++line_;
    return line_;
}

bool DisqusImport::step(double budget_ms) {
    const double start = clock_ms();
    for (int n = 0;; ++n) {
        if ((n & 255) == 255 && clock_ms() - start >= budget_ms) return false;
        const size_t tag = find_tag(text_, "post", pos_);
        if (tag == std::string_view::npos) {
            pos_ = text_.size();
            return true;
        }
        const size_t gt = text_.find('>', tag);
        const size_t end = gt == std::string_view::npos ? gt : text_.find("</post>", gt);
        if (end == std::string_view::npos) {
            Error e = make_error("bad_xml", "a <post> element is not closed",
                                 "the export was cut off: export it again from Disqus");
            e.code = ErrorCode::xml_post_open;
            e.line = line_of(tag);
            e.byte_offset = static_cast<int64_t>(tag);
            e.excerpt = std::string(text_.substr(tag, 60));
            sink_.reject(std::move(e));
            pos_ = text_.size();
            return true;
        }
        read_post(text_.substr(gt + 1, end - gt - 1), tag, attribute(text_, tag, "dsq:id"));
        pos_ = end + 7;
    }
}

void DisqusImport::read_post(std::string_view body, size_t offset, std::string_view id) {
    const bool deleted = trim(child(body, "isDeleted")) == "true";
    const bool spam = trim(child(body, "isSpam")) == "true";
    if (deleted || spam) {
        Error e = make_error("deleted_or_spam",
                             std::string("a post Disqus marks as ") + (spam ? "spam" : "deleted"),
                             "nothing to fix: Disqus keeps deleted and spam posts in its exports");
        e.code = spam ? ErrorCode::spam_post : ErrorCode::deleted_post;
        e.line = line_of(offset);
        e.byte_offset = static_cast<int64_t>(offset);
        e.excerpt = std::string(id);
        sink_.reject(std::move(e));
        return;
    }
    RawComment r;
    r.id = id;
    if (const size_t pt = find_tag(body, "parent", 0); pt != std::string_view::npos)
        r.parent = attribute(body, pt, "dsq:id");
    std::string_view thread_id;
    if (const size_t tt = find_tag(body, "thread", 0); tt != std::string_view::npos)
        thread_id = attribute(body, tt, "dsq:id");
    const auto link = thread_link_.find(std::string(thread_id));
    thread_ = link != thread_link_.end() ? link->second : std::string(thread_id);
    r.thread = thread_;
    const std::string_view author = child(body, "author");
    std::string_view who = trim(child(author, "username"));
    if (who.empty()) who = trim(child(author, "name"));
    xml_text(who, author_);
    r.author = author_;
    xml_text(child(body, "message"), message_);
    r.text = message_;
    r.html = true; // Disqus messages are HTML
    r.time = trim(child(body, "createdAt"));
    Error e;
    if (sink_.add(r, e)) return;
    e.line = line_of(offset);
    e.byte_offset = static_cast<int64_t>(offset);
    e.excerpt = std::string(id);
    report_.reject(std::move(e));
}

} // namespace sv
