// The crisis brief: Markdown and self-contained HTML with inline SVG charts, in the chosen language, with
// every piece of user and comment text escaped and unmeasured figures marked instead of estimated.
#include "core/brief/brief.hpp"
#include "core/brief/brief_format.hpp"
#include "core/brief/brief_svg.hpp"
#include "core/brief/brief_text.hpp"
#include "test_guideline_situations.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

size_t count(const std::string& hay, const std::string& needle) {
    size_t n = 0;
    for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
    return n;
}

bool contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("escaping for HTML and Markdown", "[brief]") {
    CHECK(sv::escape_html("<a href=\"x\">Tom & 'Jerry'</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    CHECK(sv::escape_html(std::string("a\x01") + "b") == "a b");
    CHECK(sv::escape_markdown("*bold* | [link](x) <b>") == "\\*bold\\* \\| \\[link\\](x) \\<b\\>");
    CHECK(sv::escape_markdown("- item\nsecond line") == "\\- item second line");
    CHECK(sv::excerpt("åäö", 3) == "å…"); // cut at a UTF-8 boundary
}

TEST_CASE("HTML brief: self-contained, complete, escaped", "[brief]") {
    auto s = svtest::own_post_situation();
    s.brand = "Fjäll<script>alert(1)</script>";
    const auto g = sv::make_guideline(s);
    sv::BriefOptions o;
    o.generated_at = s.now;
    o.source_name = "export \"march\".csv";
    const std::string html = sv::brief_html(s, g, o);

    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<html lang=\"en\">"));
    CHECK(contains(html, "@page { size: A4"));
    // Self-contained: no scripts, no external resources.
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, " src="));
    CHECK_FALSE(contains(html, " href="));
    CHECK_FALSE(contains(html, "url("));
    // Three charts.
    CHECK(count(html, "<svg ") == 3);
    // User and comment text escaped.
    CHECK(contains(html, "Fjäll&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(html, "export &quot;march&quot;.csv"));
    CHECK(contains(html, "&lt;b&gt;&quot;Winter is for the weak&quot;&lt;/b&gt; &amp; more"));
    CHECK_FALSE(contains(html, "<b>\"Winter"));
    CHECK(contains(html, "Good coffee that treats growers &amp; guests fairly"));
    // The numbers and the guideline.
    CHECK(contains(html, "46 %"));
    CHECK(contains(html, "1.18 (95 % CI 1.02–1.35)"));
    CHECK(contains(html, "184,000"));
    CHECK(contains(html, "35 min left of the first hour"));
    REQUIRE(g.items.size() >= 5);
    for (const auto& item : g.items) {
        CHECK(contains(html, sv::escape_html(item.action)));
        CHECK(contains(html, sv::escape_html(item.because)));
    }
    CHECK(contains(html, "n* = 1.18"));
    CHECK(contains(html, "n* ≥ 1: the wave sustains itself"));
    CHECK(contains(html, "times in local time (UTC+01:00)"));
}

TEST_CASE("HTML brief in Swedish and German", "[brief]") {
    for (sv::Lang lang : {sv::Lang::sv, sv::Lang::de}) {
        auto s = svtest::outrage_situation();
        s.language = lang;
        const std::string html = sv::brief_html(s, sv::make_guideline(s));
        const std::string code = lang == sv::Lang::sv ? "sv" : "de";
        CHECK(contains(html, "<html lang=\"" + code + "\">"));
        for (const char* key :
             {"title", "situation", "guideline", "timeline", "multipliers", "trigger", "footer"})
            CHECK(contains(html, sv::escape_html(sv::brief_text(key, lang))));
        CHECK(contains(html, "n* = 1,42"));
        CHECK(contains(html, lang == sv::Lang::sv ? "Utlösare och ursprung" : "Auslöser und Herkunft"));
        CHECK_FALSE(contains(html, "Crisis brief"));
    }
}

TEST_CASE("unmeasured figures are marked, not estimated", "[brief]") {
    sv::Situation s;
    s.comments = 120;
    s.authors = 80;
    s.now = svtest::kNoon;
    s.stage_missing_reason = "analytics not run";
    s.n_star = sv::Figure::missing("analytics not run");
    s.negative_share = sv::Figure::missing("sentiment not run");
    const auto g = sv::make_guideline(s);
    const std::string html = sv::brief_html(s, g);
    CHECK(contains(html, "not measured — analytics not run"));
    CHECK(contains(html, "not measured — sentiment not run"));
    CHECK(contains(html, "n*: not measured"));
    CHECK_FALSE(contains(html, "n* = "));
    CHECK(contains(html, "No timeline"));
    CHECK(contains(html, "No onset detected"));
    const std::string md = sv::brief_markdown(s, g);
    CHECK(contains(md, "| n\\* | not measured — analytics not run |"));
    CHECK(contains(md, "1. **Keep monitoring"));
}

TEST_CASE("Markdown brief: sections, guideline, escaped text", "[brief]") {
    auto s = svtest::own_post_situation();
    s.multipliers[0].name = "anna_berg | *official*";
    s.language = sv::Lang::de;
    const auto g = sv::make_guideline(s);
    const std::string md = sv::brief_markdown(s, g);
    CHECK(md.rfind("# Krisen-Lagebild — Fjällbryggan", 0) == 0);
    CHECK(contains(md, "## Lage in Zahlen"));
    CHECK(contains(md, "## Leitfaden für die erste Reaktion"));
    CHECK(contains(md, "| anna\\_berg \\| \\*official\\* | 184.000 |"));
    CHECK(contains(md, "1. **"));
    CHECK(count(md, "   Warum: ") == g.items.size());
}

TEST_CASE("timeline SVG merges buckets so bars stay visible", "[brief]") {
    auto s = svtest::declining_situation();
    s.timeline.clear();
    svtest::add_timeline(s, 2000, 100, 900, true);
    const std::string svg = sv::svg_timeline(s, 700, 190);
    const size_t rects = count(svg, "<rect ");
    CHECK(rects > 100);
    CHECK(rects < 3 * 350 + 10); // at most 3 segments per bar, bars >= 2 px on 648 px, plus the legend
    CHECK(contains(svg, ">Onset<"));
    CHECK(contains(svg, ">Peak<"));
}

TEST_CASE("write sample briefs for the visual check", "[brief][.render]") {
    // Not run by default: `stormvakt_tests "[.render]"` writes build/test-artifacts/brief_*.html.
    const std::string dir = std::string(SV_SOURCE_DIR) + "/build/test-artifacts/";
    std::filesystem::create_directories(dir);
    const std::pair<const char*, sv::Situation> cases[] = {{"own_post", svtest::own_post_situation()},
                                                           {"outrage", svtest::outrage_situation()},
                                                           {"declining", svtest::declining_situation()},
                                                           {"calm", svtest::calm_situation()}};
    for (const auto& [name, situation] : cases)
        for (sv::Lang lang : {sv::Lang::en, sv::Lang::sv, sv::Lang::de}) {
            auto s = situation;
            s.language = lang;
            const std::string code(sv::lang_code(lang));
            sv::BriefOptions o;
            o.generated_at = s.now;
            o.source_name = "generated test situation";
            std::ofstream(dir + "brief_" + name + "_" + code + ".html")
                << sv::brief_html(s, sv::make_guideline(s), o);
            std::ofstream(dir + "brief_" + name + "_" + code + ".md")
                << sv::brief_markdown(s, sv::make_guideline(s), o);
        }
}
