// icons.hpp — Material Icons code points used by the app (font from Debian's
// fonts-material-design-icons-iconfont; names and code points from its scss/_variables.scss).
// The literals are UTF-8 (the compilers' execution character set).
#pragma once

namespace sv::app::icon {
inline constexpr const char* kUpload = "\uE2C6";      // file_upload
inline constexpr const char* kFolderOpen = "\uE2C8";  // folder_open
inline constexpr const char* kLock = "\uE897";        // lock
inline constexpr const char* kBolt = "\uEA0B";        // bolt
inline constexpr const char* kCloudOff = "\uE2C1";    // cloud_off
inline constexpr const char* kDarkMode = "\uE51C";    // dark_mode
inline constexpr const char* kLightMode = "\uE518";   // light_mode
inline constexpr const char* kLanguage = "\uE894";    // language
inline constexpr const char* kInfo = "\uE88E";        // info
inline constexpr const char* kDescription = "\uE873"; // description
} // namespace sv::app::icon
