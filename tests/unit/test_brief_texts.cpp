// Every fixed text the brief uses exists in English, Swedish and German (a typo in a key would otherwise
// print the key itself).
#include "core/brief/brief_text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

TEST_CASE("every brief text key used in src/core/brief exists in all languages", "[brief]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(SV_SOURCE_DIR) / "src" / "core" / "brief";
    REQUIRE(fs::is_directory(dir));
    // brief_text("key", ...) and the T("key") shorthand of the renderers.
    const std::regex use(R"((?:brief_text|\bT)\(\s*"([a-z_0-9]+)\")");
    std::set<std::string> keys;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "brief_text.cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string src = ss.str();
        for (std::sregex_iterator it(src.begin(), src.end(), use), end; it != end; ++it)
            keys.insert((*it)[1]);
    }
    CHECK(keys.size() >= 30);
    for (const auto& key : keys) {
        INFO(key);
        CHECK(sv::brief_text_exists(key));
        for (sv::Lang lang : {sv::Lang::en, sv::Lang::sv, sv::Lang::de})
            CHECK_FALSE(sv::brief_text(key, lang).empty());
    }
    // Languages differ where they should.
    CHECK(sv::brief_text("title", sv::Lang::sv) != sv::brief_text("title", sv::Lang::en));
    CHECK(sv::brief_text("title", sv::Lang::fi) ==
          sv::brief_text("title", sv::Lang::en)); // falls back to English
}
