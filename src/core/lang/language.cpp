#include "core/lang/language.hpp"

namespace sv {

std::string_view lang_code(Lang l) {
    switch (l) {
    case Lang::unknown:
        return "und";
    case Lang::en:
        return "en";
    case Lang::sv:
        return "sv";
    case Lang::de:
        return "de";
    case Lang::da:
        return "da";
    case Lang::no:
        return "no";
    case Lang::nl:
        return "nl";
    case Lang::fr:
        return "fr";
    case Lang::es:
        return "es";
    case Lang::fi:
        return "fi";
    case Lang::other:
        return "other";
    case Lang::count:
        break;
    }
    return "und";
}

Lang lang_from_code(std::string_view code) {
    if (code.size() > 2 && (code[2] == '-' || code[2] == '_')) code = code.substr(0, 2);
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (code.size() != 2 && code != "other") return Lang::unknown;
    if (code == "other") return Lang::other;
    const char a = lower(code[0]), b = lower(code[1]);
    const auto is = [&](const char* c) { return a == c[0] && b == c[1]; };
    if (is("en")) return Lang::en;
    if (is("sv")) return Lang::sv;
    if (is("de")) return Lang::de;
    if (is("da")) return Lang::da;
    if (is("no") || is("nb") || is("nn")) return Lang::no;
    if (is("nl")) return Lang::nl;
    if (is("fr")) return Lang::fr;
    if (is("es")) return Lang::es;
    if (is("fi")) return Lang::fi;
    return Lang::other;
}

} // namespace sv
