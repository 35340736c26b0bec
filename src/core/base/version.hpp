// version.hpp — the one place the product version is written.
#pragma once

namespace sv {
inline constexpr const char* kVersion = "0.1.0";
inline constexpr const char* kProductName = "Stormvakt";
} // namespace sv
