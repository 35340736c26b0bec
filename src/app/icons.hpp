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
inline constexpr const char* kDashboard = "\uE871";   // dashboard
inline constexpr const char* kTimeline = "\uE922";    // timeline
inline constexpr const char* kForum = "\uE0BF";       // forum
inline constexpr const char* kShare = "\uE80D";       // share
inline constexpr const char* kPeople = "\uE7FB";      // people
inline constexpr const char* kLabel = "\uE892";       // label
inline constexpr const char* kClose = "\uE5CD";       // close
inline constexpr const char* kError = "\uE000";       // error
inline constexpr const char* kArrowBack = "\uE5C4";   // arrow_back
inline constexpr const char* kSearch = "\uE8B6";      // search
inline constexpr const char* kWarning = "\uE002";     // warning
inline constexpr const char* kPlay = "\uE037";        // play_arrow
inline constexpr const char* kThumbUp = "\uE8DC";     // thumb_up
inline constexpr const char* kReply = "\uE15E";       // reply
inline constexpr const char* kSchedule = "\uE8B5";    // schedule
} // namespace sv::app::icon
