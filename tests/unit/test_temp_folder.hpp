// test_temp_folder.hpp — an empty folder of its own for a test: under the system's temp folder, named after
// the test and this process, so test runs side by side (a developer's and a CI job's) never share one.
#pragma once
#include <filesystem>
#include <string>
#include <unistd.h>

namespace sv::test {

inline std::string fresh_folder(const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path p =
        fs::temp_directory_path() / ("stormvakt-test-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(p);
    return p.string();
}

} // namespace sv::test
