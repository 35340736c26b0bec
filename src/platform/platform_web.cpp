// platform_web.cpp — the browser side of the platform seam (Emscripten, GLFW emulation, WebGL2).
//
// [SECTION] JavaScript shims (the page's own JS is in web/stormvakt.js; these only call into it)
// [SECTION] Canvas size and device pixel ratio
// [SECTION] Main loop
// [SECTION] Exports called from JavaScript
// [SECTION] Platform functions
//
// Hi-DPI: ImGui works in device pixels (DisplaySize = canvas pixels, framebuffer scale 1). The app scales
// fonts and style by the device pixel ratio, so text is rasterised at the screen's real resolution.
// GLFW's emulation reports mouse positions in canvas pixels, which matches.
#include "platform/platform.hpp"

#include "core/base/version.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

#include <cmath>
#include <cstdio>

namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] JavaScript shims
// ---------------------------------------------------------------------------------------------------------
// clang-format off
EM_JS(void, js_signal_ready, (), { if (Module.stormvaktReady) Module.stormvaktReady(); });
EM_JS(void, js_open_file_dialog, (), { if (Module.stormvaktOpenFileDialog) Module.stormvaktOpenFileDialog(); });
EM_JS(char*, js_preferred_language, (), {
    const tag = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    const n = lengthBytesUTF8(tag) + 1;
    const p = _malloc(n);
    stringToUTF8(tag, p, n);
    return p;
});
// clang-format on

GLFWwindow* g_window = nullptr;
sv::platform::AppHooks* g_app = nullptr;
int g_canvas_w = 0, g_canvas_h = 0;
float g_scale = 1.0f;

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Canvas size and device pixel ratio
// ---------------------------------------------------------------------------------------------------------

// Makes the canvas's pixel size follow its CSS size times devicePixelRatio. Returns true when the scale
// changed.
bool sync_canvas_size() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int w = static_cast<int>(std::lround(css_w * dpr));
    const int h = static_cast<int>(std::lround(css_h * dpr));
    if (w > 0 && h > 0 && (w != g_canvas_w || h != g_canvas_h)) {
        g_canvas_w = w;
        g_canvas_h = h;
        // Not glfwSetWindowSize: the 3.1.6 GLFW emulation requests fullscreen when the size equals the
        // screen's. The display size is given to ImGui in frame() instead.
        emscripten_set_canvas_element_size("#canvas", w, h);
    }
    const bool scale_changed = std::fabs(dpr - g_scale) > 0.01f;
    g_scale = dpr;
    return scale_changed;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Main loop
// ---------------------------------------------------------------------------------------------------------

void frame() {
    if (sync_canvas_size()) g_app->scale_changed(g_scale);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_canvas_w), static_cast<float>(g_canvas_h));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    g_app->frame();
    ImGui::Render();
    glViewport(0, 0, g_canvas_w, g_canvas_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Exports called from JavaScript (web/stormvakt.js)
// ---------------------------------------------------------------------------------------------------------
extern "C" {

// The page hands a file to the app: `data` was allocated with _malloc by JS; ownership passes here.
EMSCRIPTEN_KEEPALIVE void sv_file_received(const char* name, uint8_t* data, uint32_t size) {
    std::vector<uint8_t> bytes(data, data + size);
    free(data);
    if (g_app) g_app->file_received(name, std::move(bytes));
}

// The page reports a file being dragged over it (1) or leaving (0).
EMSCRIPTEN_KEEPALIVE void sv_drag_hover(int hovering) {
    if (g_app) g_app->drag_hover(hovering != 0);
}

// The product version, for window.stormvakt.version.
EMSCRIPTEN_KEEPALIVE const char* sv_version() {
    return sv::kVersion;
}

} // extern "C"

namespace sv::platform {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Platform functions
// ---------------------------------------------------------------------------------------------------------

int run(AppHooks& app, int, char**) {
    g_app = &app;
    if (!glfwInit()) {
        std::fprintf(stderr, "Stormvakt: GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(1280, 720, "Stormvakt", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "Stormvakt: WebGL2 is not available in this browser\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is kept with the case, not in a file the browser cannot see
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    sync_canvas_size();
    app.init(g_scale);
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

std::string font_path(std::string_view kind) {
    if (kind == "ui_bold") return "/fonts/NotoSans-Bold.ttf";
    if (kind == "emoji") return "/fonts/Symbola.ttf";
    if (kind == "icons") return "/fonts/MaterialIcons-Regular.ttf";
    return "/fonts/NotoSans-Regular.ttf";
}

std::string preferred_language() {
    char* p = js_preferred_language();
    std::string tag = p ? p : "";
    free(p);
    return tag;
}

void open_file_dialog() {
    js_open_file_dialog();
}
void signal_ready() {
    js_signal_ready();
}
double now_ms() {
    return emscripten_get_now();
}
const char* name() {
    return "browser";
}

} // namespace sv::platform
