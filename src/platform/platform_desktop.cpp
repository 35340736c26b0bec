// platform_desktop.cpp — the desktop side of the platform seam (GLFW + OpenGL 3.3).
//
// A development and debugging build of the same app: files come from the command line or drag and drop;
// fonts are read from Debian's font packages. The browser build (platform_web.cpp) is the product.
#include "platform/platform.hpp"

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <random>

namespace {

sv::platform::AppHooks* g_app = nullptr;
std::string g_last_path; // app6: the last file delivered (the mapping dialog sends it again)

// Dropped and picked files are read chunk by chunk by the import (issue 9).
void deliver_file(const char* path) {
    g_last_path = path;
    auto source = sv::FileSource::open(path);
    if (!source) {
        std::fprintf(stderr, "stormvakt: %s\n", source.error().message.c_str());
        return;
    }
    std::string name = path;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
    g_app->file_source_received(std::move(name), std::move(source.value()), 0);
}

void on_drop(GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count; ++i) deliver_file(paths[i]);
}

// --- downloads (views branch) ---
// A region of the frame to save as PNG once it is rendered (see download_frame_png).
struct PendingCapture {
    bool pending = false;
    std::string name;
    int x = 0, y = 0, w = 0, h = 0;
} g_capture;

uint32_t crc32_of(const unsigned char* p, size_t n, uint32_t crc = 0) {
    crc = ~crc;
    for (size_t i = 0; i < n; ++i) {
        crc ^= p[i];
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG of RGBA rows (top first) with stored (uncompressed) deflate blocks: no codec needed for a dev build.
std::string encode_png_stored(const std::vector<unsigned char>& rgba, int w, int h) {
    std::string raw;
    for (int y = 0; y < h; ++y) {
        raw.push_back('\0');
        raw.append(reinterpret_cast<const char*>(&rgba[static_cast<size_t>(y) * w * 4]),
                   static_cast<size_t>(w) * 4);
    }
    std::string z = "\x78\x01";
    uint32_t a = 1, b = 0;
    for (unsigned char ch : raw) {
        a = (a + ch) % 65521;
        b = (b + a) % 65521;
    }
    for (size_t off = 0; off < raw.size() || off == 0; off += 65535) {
        const size_t n = std::min<size_t>(65535, raw.size() - off);
        z.push_back(off + n >= raw.size() ? '\1' : '\0');
        z.push_back(static_cast<char>(n & 0xff));
        z.push_back(static_cast<char>(n >> 8));
        z.push_back(static_cast<char>(~n & 0xff));
        z.push_back(static_cast<char>((~n >> 8) & 0xff));
        z.append(raw, off, n);
        if (off + n >= raw.size()) break;
    }
    const uint32_t adler = (b << 16) | a;
    for (int i = 3; i >= 0; --i) z.push_back(static_cast<char>((adler >> (8 * i)) & 0xff));
    std::string png = "\x89PNG\r\n\x1a\n";
    auto chunk = [&png](const char* type, const std::string& data) {
        const uint32_t n = static_cast<uint32_t>(data.size());
        for (int i = 3; i >= 0; --i) png.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
        std::string body = std::string(type, 4) + data;
        png += body;
        const uint32_t crc = crc32_of(reinterpret_cast<const unsigned char*>(body.data()), body.size());
        for (int i = 3; i >= 0; --i) png.push_back(static_cast<char>((crc >> (8 * i)) & 0xff));
    };
    std::string ihdr;
    for (uint32_t v : {static_cast<uint32_t>(w), static_cast<uint32_t>(h)})
        for (int i = 3; i >= 0; --i) ihdr.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    ihdr += std::string("\x08\x06\x00\x00\x00", 5); // 8-bit RGBA
    chunk("IHDR", ihdr);
    chunk("IDAT", z);
    chunk("IEND", "");
    return png;
}

// Reads the pending region from the framebuffer (rows bottom first) and writes it as PNG.
void finish_capture(int fb_h, float fb_scale) {
    if (!g_capture.pending) return;
    g_capture.pending = false;
    const int x = static_cast<int>(g_capture.x * fb_scale), w = static_cast<int>(g_capture.w * fb_scale);
    const int h = static_cast<int>(g_capture.h * fb_scale);
    const int y = fb_h - static_cast<int>(g_capture.y * fb_scale) - h;
    if (w <= 0 || h <= 0) return;
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 4), flipped(px.size());
    glReadPixels(x, y, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    for (int r = 0; r < h; ++r)
        std::memcpy(&flipped[static_cast<size_t>(r) * w * 4], &px[static_cast<size_t>(h - 1 - r) * w * 4],
                    static_cast<size_t>(w) * 4);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    const std::string png = encode_png_stored(flipped, w, h);
    sv::platform::download(g_capture.name, "image/png", png);
}
// --- end downloads ---

} // namespace

namespace sv::platform {

int run(AppHooks& app, int argc, char** argv) {
    g_app = &app;
    if (!glfwInit()) {
        std::fprintf(stderr, "stormvakt: GLFW could not start (no display?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Stormvakt", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "stormvakt: could not open an OpenGL 3.3 window\n");
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetDropCallback(window, on_drop);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330");
    float scale = ImGui_ImplGlfw_GetContentScaleForWindow(window);
    app.init(scale);
    if (argc > 1) deliver_file(argv[1]);

    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        const float s = ImGui_ImplGlfw_GetContentScaleForWindow(window);
        if (s != scale) app.scale_changed(scale = s);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        finish_capture(h, ImGui::GetIO().DisplayFramebufferScale.x); // downloads (views branch)
        glfwSwapBuffers(window);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwTerminate();
    return 0;
}

std::string font_path(std::string_view kind) {
    if (kind == "ui_bold") return "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
    if (kind == "emoji") return "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";
    if (kind == "icons")
        return "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";
    return "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
}

std::string preferred_language() {
    const char* lang = std::getenv("LANG");
    return lang ? lang : "";
}

void open_file_dialog() {
    std::fprintf(stderr,
                 "stormvakt: on the desktop, drop a file on the window or pass it on the command line\n");
}

void signal_ready() {}

void load_finished(uint32_t, bool ok, const std::string& message) {
    if (!ok) std::fprintf(stderr, "stormvakt: %s\n", message.c_str());
}

void fetch_site_file(const std::string& path) {
    deliver_file(path.c_str());
}

bool reimport_last_file() { // app6
    if (g_last_path.empty()) return false;
    const std::string path = g_last_path;
    deliver_file(path.c_str());
    return true;
}

void trace_span(const char*, double, double) {}
double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

const char* name() {
    return "desktop";
}

// --- downloads (views branch) ---
void download(const std::string& name, const std::string&, std::string_view bytes) {
    std::ofstream out(name, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::fprintf(stderr, out ? "stormvakt: wrote %s\n" : "stormvakt: could not write %s\n", name.c_str());
}
void download_frame_png(const std::string& name, int x, int y, int width, int height) {
    g_capture = {true, name, x, y, width, height};
}
int32_t local_utc_offset_minutes(int64_t utc_seconds) {
    const std::time_t t = static_cast<std::time_t>(utc_seconds);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int32_t>(local.tm_gmtoff / 60);
}
int64_t wall_clock_seconds() {
    return static_cast<int64_t>(std::time(nullptr));
}
// --- end downloads ---
// ---------------------------------------------------------------------------------------------------------
// Saved cases: a normal folder; writes are durable once CaseLibrary has renamed them into place.
// ---------------------------------------------------------------------------------------------------------

std::string cases_folder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/stormvakt/cases";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/stormvakt/cases";
    return "stormvakt-cases";
}

void open_storage() {
    if (g_app) g_app->storage_opened(true, "");
}

void storage_changed() {
    if (g_app) g_app->storage_saved(true, "", "");
}

void query_storage() {
    if (g_app) g_app->storage_estimate(-1, -1, true); // a folder on disk: persistent, no browser quota
}

void lock_case(const std::string& id) {
    if (g_app) g_app->case_locked(id, true); // one desktop window per case folder
}
void unlock_case(const std::string&) {}

std::string random_bytes(size_t n) {
    std::random_device rd;
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(rd() & 0xff);
    return out;
}

} // namespace sv::platform
