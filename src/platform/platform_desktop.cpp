// platform_desktop.cpp — the desktop side of the platform seam (GLFW + OpenGL 3.3).
//
// A development and debugging build of the same app: files come from the command line or drag and drop;
// fonts are read from Debian's font packages. The browser build (platform_web.cpp) is the product.
#include "platform/platform.hpp"

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>

namespace {

sv::platform::AppHooks* g_app = nullptr;

void deliver_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "stormvakt: cannot open %s\n", path);
        return;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string name = path;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
    g_app->file_received(std::move(name), std::move(bytes), 0);
}

void on_drop(GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count; ++i) deliver_file(paths[i]);
}

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

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

const char* name() {
    return "desktop";
}

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

void offer_download(const std::string& file_name, const std::string&, const std::string& bytes) {
    std::ofstream out(file_name, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::fprintf(stderr, "stormvakt: %s %s\n", out ? "wrote" : "could not write", file_name.c_str());
}

} // namespace sv::platform
