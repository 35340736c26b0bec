// src/core must build without ImGui, GL or Emscripten: it is shared by the app, the CLI and the tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

TEST_CASE("src/core includes no ImGui, GL, GLFW or emscripten headers", "[purity]") {
    namespace fs = std::filesystem;
    const fs::path core = fs::path(SV_SOURCE_DIR) / "src" / "core";
    REQUIRE(fs::is_directory(core));
    const std::regex forbidden(R"(#\s*include\s*[<"](imgui|GLFW|GLES|GL/|emscripten|platform/|app/))");
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file()) continue;
        const auto ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".hpp" && ext != ".h") continue;
        ++files;
        std::ifstream in(entry.path());
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            INFO(entry.path().string() << ":" << n << ": " << line);
            CHECK_FALSE(std::regex_search(line, forbidden));
        }
    }
    CHECK(files > 0);
}
