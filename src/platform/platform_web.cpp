// platform_web.cpp — the browser side of the platform seam (Emscripten, GLFW emulation, WebGL2).
//
// [SECTION] JavaScript shims (the page's own JS is in web/app.js; these only call into it)
// [SECTION] Canvas size and device pixel ratio
// [SECTION] Frame timing (window.stormvakt.stats())
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
#include <emscripten/heap.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h" // smooth: ImGui's input queue (work frames)

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

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
EM_JS(void, js_load_finished, (uint32_t request, int ok, const char* message), {
    if (Module.stormvaktLoadFinished) Module.stormvaktLoadFinished(request, ok !== 0, UTF8ToString(message));
});
EM_JS(void, js_fetch_site_file, (const char* path), {
    if (Module.stormvaktFetchSiteFile) Module.stormvaktFetchSiteFile(UTF8ToString(path));
});
// app6: the mapping dialog's re-import (web/app.js, block "--- mapping ---")
EM_JS(int, js_reimport_last_file, (), { return Module.stormvaktReimport ? (Module.stormvaktReimport() ? 1 : 0) : 0; });
// --- downloads (views branch) ---
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, size_t size), {
    if (Module.stormvaktDownload)
        Module.stormvaktDownload(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
});
EM_JS(void, js_download_rgba, (const char* name, const uint8_t* data, int w, int h), {
    if (Module.stormvaktDownloadRgba)
        Module.stormvaktDownloadRgba(UTF8ToString(name), HEAPU8.slice(data, data + w * h * 4), w, h);
});
EM_JS(int, js_local_utc_offset_minutes, (double utc_seconds), {
    return -new Date(utc_seconds * 1000).getTimezoneOffset();
});
// --- end downloads ---
// Saved cases (issue 7): IDBFS is mounted here (IDBFS and FS are the module's own objects); everything else
// (loading from and writing to IndexedDB, locks, estimates, downloads) is in web/app.js, "--- cases ---".
EM_JS(void, js_open_storage, (const char* folder_c), {
    const folder = UTF8ToString(folder_c);
    try {
        try { FS.mkdir(folder); } catch (e) { /* exists */ }
        FS.mount(IDBFS, {}, folder);
    } catch (e) {
        Module.ccall('sv_storage_opened', null, ['number', 'string'], [0, 'IndexedDB is not available: ' + e]);
        return;
    }
    if (Module.stormvaktCasesMounted) Module.stormvaktCasesMounted(folder);
    else Module.ccall('sv_storage_opened', null, ['number', 'string'], [0, 'the page has no case storage']);
});
EM_JS(void, js_storage_changed, (), { if (Module.stormvaktCasesChanged) Module.stormvaktCasesChanged(); });
EM_JS(void, js_query_storage, (), { if (Module.stormvaktQueryStorage) Module.stormvaktQueryStorage(); });
EM_JS(void, js_lock_case, (const char* id), { if (Module.stormvaktLockCase) Module.stormvaktLockCase(UTF8ToString(id)); });
EM_JS(void, js_unlock_case, (const char* id), { if (Module.stormvaktUnlockCase) Module.stormvaktUnlockCase(UTF8ToString(id)); });
// smooth: a span of the app's frame, measured only while shell/lib/trace_browser.mjs records (window.__svTrace)
EM_JS(void, js_trace_span, (const char* name, double start, double end), {
    if (typeof window !== "undefined" && window.__svTrace) performance.measure(UTF8ToString(name), {start: start, end: end});
});
EM_JS(void, js_random_bytes, (uint8_t* out, uint32_t n), { crypto.getRandomValues(HEAPU8.subarray(out, out + n)); });
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

// The mouse wheel: the 3.1.6 GLFW emulation's scroll events do not reach ImGui's GLFW backend (it ignores
// them under Emscripten, #6096) and its own fix, ImGui_ImplGlfw_InstallEmscriptenCallbacks, also resizes the
// GLFW window (which we must not do). So the wheel is fed to ImGui here, scaled as that fix does.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    float step = 0.0f;
    if (ev->deltaMode == DOM_DELTA_PIXEL)
        step = 1.0f / 100.0f; // 100 pixels make a step
    else if (ev->deltaMode == DOM_DELTA_LINE)
        step = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE)
        step = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-ev->deltaX) * step,
                                      static_cast<float>(-ev->deltaY) * step);
    return EM_TRUE; // the page itself does not scroll
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Frame timing
// ---------------------------------------------------------------------------------------------------------
// frame_ms = time inside frame(): the app's UI build, ImGui's render and the GL submission of the draw data.
constexpr size_t kFrameWindow = 300;    // frames kept for stats()
constexpr float kMaxFrameDeltaS = 0.1f; // the longest frame ImGui sees (key repeat, animations)
std::array<float, kFrameWindow> g_frame_ms{};
size_t g_frames_seen = 0;

void record_frame_ms(double ms) {
    g_frame_ms[g_frames_seen % kFrameWindow] = static_cast<float>(ms);
    ++g_frames_seen;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Main loop
// ---------------------------------------------------------------------------------------------------------

// --- downloads (views branch) ---
// A region of the frame to save as PNG once it is rendered (download_frame_png): read back right after the
// draw data is submitted, while the WebGL drawing buffer still holds this frame.
struct PendingCapture {
    bool pending = false;
    std::string name;
    int x = 0, y = 0, w = 0, h = 0;
} g_capture;

void finish_capture() {
    if (!g_capture.pending) return;
    g_capture.pending = false;
    const int w = std::min(g_capture.w, g_canvas_w - g_capture.x),
              h = std::min(g_capture.h, g_canvas_h - g_capture.y);
    if (w <= 0 || h <= 0 || g_capture.x < 0 || g_capture.y < 0) return;
    std::vector<uint8_t> px(static_cast<size_t>(w) * h * 4);
    glReadPixels(g_capture.x, g_canvas_h - g_capture.y - h, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    js_download_rgba(g_capture.name.c_str(), px.data(), w, h); // rows bottom first: JS flips them
}
// --- end downloads ---

void frame() {
    const double t0 = emscripten_get_now();
    // smooth (issue 9): a frame that only steps the app's job draws nothing, so the browser has no canvas
    // to read back (AppHooks::work_frame). Input waiting in ImGui's queue makes the frame a drawn one.
    if (g_app->work_frame(GImGui && GImGui->InputEventsQueue.Size > 0)) {
        record_frame_ms(emscripten_get_now() - t0);
        return;
    }
    if (sync_canvas_size()) g_app->scale_changed(g_scale);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_canvas_w), static_cast<float>(g_canvas_h));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    // A slow frame (a busy machine, a long job slice) must not count as holding a key: ImGui repeats a key
    // held for KeyRepeatDelay (0.275 s), so one press across a 300 ms frame moved a table's selection two
    // rows.
    io.DeltaTime = std::min(io.DeltaTime, kMaxFrameDeltaS);
    ImGui::NewFrame();
    g_app->frame();
    ImGui::Render();
    glViewport(0, 0, g_canvas_w, g_canvas_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    finish_capture(); // downloads (views branch)
    record_frame_ms(emscripten_get_now() - t0);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] WebSource: a File read with File.slice, chunk by chunk (issue 9)
// ---------------------------------------------------------------------------------------------------------
namespace {

EM_JS(void, js_file_read, (uint32_t file, double offset, uint32_t size), {
    if (Module.stormvaktReadChunk) Module.stormvaktReadChunk(file, offset, size);
});

// The largest file a browser tab takes: the heap (wasm32: at most 4 GiB) must hold the comments' columns,
// strings and scores, about 2.2 bytes per file byte for comment CSVs (README "Performance"), plus the
// view's indexes. Larger files are refused before any byte is read, with this limit in the message.
constexpr uint64_t kMaxBrowserFileBytes = uint64_t(1200) << 20;

class WebSource;
WebSource* g_web_source = nullptr; // the file being read (one at a time; a new file replaces it)

class WebSource final : public sv::ByteSource {
public:
    WebSource(uint32_t id, uint64_t size) : id_(id), size_(size) {
        g_web_source = this;
        if (size_ > kMaxBrowserFileBytes) {
            error_ = sv::make_error(
                "file_too_large",
                "the file has " + std::to_string(size_ >> 20) + " MiB; a browser tab analyses files up to " +
                    std::to_string(kMaxBrowserFileBytes >> 20) +
                    " MiB (WebAssembly has at most 4 GiB of memory, and the comments need about 2.5 times "
                    "the "
                    "file's size)",
                "split the file, or analyse it with the command line: stormvakt analyze FILE");
            failed_ = true;
        }
        request_next(); // the first slice is on its way before the import's first step
    }
    ~WebSource() override {
        if (g_web_source == this) g_web_source = nullptr;
    }
    uint32_t id() const { return id_; }
    uint64_t size() const override { return size_; }

    sv::ReadStatus read(std::vector<char>& out, size_t max) override {
        if (failed_) return sv::ReadStatus::failed;
        if (ready_at_ < ready_.size()) {
            const size_t n = std::min(max, ready_.size() - ready_at_);
            out.insert(out.end(), ready_.data() + ready_at_, ready_.data() + ready_at_ + n);
            ready_at_ += n;
            consumed_ += n;
            if (ready_at_ >= ready_.size()) ready_.clear(), ready_at_ = 0;
            request_next(); // read ahead while this chunk is imported
            return sv::ReadStatus::data;
        }
        if (requested_ >= size_ && !in_flight_) return sv::ReadStatus::end;
        request_next();
        return sv::ReadStatus::pending;
    }
    // Where the page writes the slice it read (its size as asked).
    char* buffer(uint32_t size) {
        staging_.resize(size);
        return staging_.data();
    }
    void arrived(uint32_t size) {
        in_flight_ = false;
        staging_.resize(std::min<size_t>(size, staging_.size()));
        if (staging_.empty() && requested_ < size_) {
            failed("the browser returned an empty slice before the end of the file");
            return;
        }
        if (ready_at_ < ready_.size()) { // (cannot happen: one slice in flight only when ready_ is empty)
            ready_.insert(ready_.end(), staging_.begin(), staging_.end());
        } else {
            ready_.swap(staging_);
            ready_at_ = 0;
        }
        staging_.clear();
        if (ready_.empty()) request_next();
    }
    void failed(const char* message) {
        in_flight_ = false;
        failed_ = true;
        error_ = sv::make_error("read_failed", std::string("the browser could not read the file: ") + message,
                                "open the file again; if it is on a network drive, copy it to this computer");
    }

private:
    void request_next() {
        if (in_flight_ || failed_ || requested_ >= size_ || ready_at_ < ready_.size()) return;
        const uint64_t n = std::min<uint64_t>(sv::kImportChunkBytes, size_ - requested_);
        in_flight_ = true;
        const double at = static_cast<double>(requested_);
        requested_ += n;
        js_file_read(id_, at, static_cast<uint32_t>(n));
    }

    uint32_t id_;
    uint64_t size_;
    uint64_t requested_ = 0; // bytes asked of the page so far
    bool in_flight_ = false; // a slice is being read
    bool failed_ = false;
    std::vector<char> ready_; // the slice that arrived, handed out from ready_at_
    size_t ready_at_ = 0;
    std::vector<char> staging_; // where the page writes the slice being read
};

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] Exports called from JavaScript (web/app.js)
// ---------------------------------------------------------------------------------------------------------
extern "C" {

// --- files read chunk by chunk (issue 9; web/app.js "reading files in chunks") ---
// sv_file_open() announces a File (or a Uint8Array) of `size` bytes under the page's id `file`; the import
// pulls from a WebSource, which asks the page for the next slice (js_file_read) and says `pending` until
// the page has written it into the buffer of sv_file_chunk_buffer() and called sv_file_chunk(). One slice is
// read ahead while the import works on the one before. So the file is never whole in JavaScript or
// WebAssembly memory: at most two slices of it are.
// `date_order`: loadFile's dateOrder option ("dmy", "mdy", "auto" or ""); `mapping`: its map option as
// "text=COL,time=COL,..." (the same as --map; "" for none).
EMSCRIPTEN_KEEPALIVE void sv_file_open(const char* name, double size, uint32_t request, uint32_t file,
                                       const char* date_order, const char* mapping) {
    auto source = std::make_unique<WebSource>(file, static_cast<uint64_t>(size));
    sv::ImportOptions import;
    for (std::string_view m = mapping ? mapping : ""; !m.empty();) {
        const size_t comma = m.find(',');
        if (!m.substr(0, comma).empty()) import.mapping.emplace_back(m.substr(0, comma));
        m = comma == std::string_view::npos ? std::string_view() : m.substr(comma + 1);
    }
    if (!sv::parse_date_order(date_order ? date_order : "", import.date_order))
        import.mapping.push_back(std::string("date_order=") + date_order); // the import reports it
    if (g_app) g_app->file_source_received(name, std::move(source), request, import);
}
EMSCRIPTEN_KEEPALIVE char* sv_file_chunk_buffer(uint32_t file, uint32_t size) {
    return g_web_source && g_web_source->id() == file ? g_web_source->buffer(size) : nullptr;
}
EMSCRIPTEN_KEEPALIVE void sv_file_chunk(uint32_t file, uint32_t size) {
    if (g_web_source && g_web_source->id() == file) g_web_source->arrived(size);
}
EMSCRIPTEN_KEEPALIVE void sv_file_failed(uint32_t file, const char* message) {
    if (g_web_source && g_web_source->id() == file) g_web_source->failed(message);
}

// window.stormvakt.summary(): the analyze report of the open case as JSON ("null" without a case).
EMSCRIPTEN_KEEPALIVE const char* sv_summary() {
    static std::string json;
    json = g_app ? g_app->summary_json() : "null";
    return json.c_str();
}

// window.stormvakt.view(name): 1 when the view exists.
EMSCRIPTEN_KEEPALIVE int sv_show_view(const char* name) {
    return g_app && g_app->show_view(name) ? 1 : 0;
}

// window.stormvakt.stats(): rows and frame times (ms) over the last kFrameWindow frames, as JSON.
EMSCRIPTEN_KEEPALIVE const char* sv_stats() {
    static std::string json;
    const size_t n = std::min(g_frames_seen, kFrameWindow);
    std::array<float, kFrameWindow> sorted{};
    std::copy(g_frame_ms.begin(), g_frame_ms.begin() + n, sorted.begin());
    std::sort(sorted.begin(), sorted.begin() + n);
    auto pct = [&](double q) -> double {
        if (n == 0) return 0.0;
        const size_t i = std::min(n - 1, static_cast<size_t>(std::ceil(q * n)) - (q > 0 ? 1 : 0));
        return sorted[i];
    };
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "{\"rows\":%llu,\"frame_ms_p50\":%.3f,\"frame_ms_p95\":%.3f,\"frame_ms_max\":%.3f,"
                  "\"wasm_heap_bytes\":%llu,\"frames\":%llu}",
                  static_cast<unsigned long long>(g_app ? g_app->row_count() : 0), pct(0.5), pct(0.95),
                  n ? sorted[n - 1] : 0.0f, static_cast<unsigned long long>(emscripten_get_heap_size()),
                  static_cast<unsigned long long>(n));
    json = buf;
    return json.c_str();
}

// The page reports a file being dragged over it (1) or leaving (0).
EMSCRIPTEN_KEEPALIVE void sv_drag_hover(int hovering) {
    if (g_app) g_app->drag_hover(hovering != 0);
}

// --- saved cases (issue 7): answers from web/app.js and calls of window.stormvakt ---
EMSCRIPTEN_KEEPALIVE void sv_storage_opened(int ok, const char* message) {
    if (g_app) g_app->storage_opened(ok != 0, message);
}
EMSCRIPTEN_KEEPALIVE void sv_storage_saved(int ok, const char* kind, const char* message) {
    if (g_app) g_app->storage_saved(ok != 0, kind, message);
}
EMSCRIPTEN_KEEPALIVE void sv_storage_refreshed() {
    if (g_app) g_app->storage_refreshed();
}
EMSCRIPTEN_KEEPALIVE void sv_storage_estimate(double usage, double quota, int persisted) {
    if (g_app) g_app->storage_estimate(usage, quota, persisted != 0);
}
EMSCRIPTEN_KEEPALIVE void sv_case_locked(const char* id, int granted) {
    if (g_app) g_app->case_locked(id, granted != 0);
}
// window.stormvakt.cases(): [{id, name, comments, bytes, saved_at}] as JSON.
EMSCRIPTEN_KEEPALIVE const char* sv_cases() {
    static std::string json;
    json = g_app ? g_app->cases_json() : "[]";
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE void sv_open_case(const char* id, uint32_t request) {
    if (g_app) g_app->open_case(id, request);
}
// window.stormvakt.deleteCase(id): "" when deleted, else why not.
EMSCRIPTEN_KEEPALIVE const char* sv_delete_case(const char* id) {
    static std::string result;
    result = g_app ? g_app->delete_case(id) : "not ready";
    return result.c_str();
}
// window.stormvakt.caseStatus(): the open case's id, tab lock and last save error, as JSON.
EMSCRIPTEN_KEEPALIVE void sv_finish_save() {
    if (g_app) g_app->finish_pending_save();
}
EMSCRIPTEN_KEEPALIVE const char* sv_case_status() {
    static std::string json;
    json = g_app ? g_app->case_status_json() : "null";
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE void sv_import_option(const char* key, int value) {
    if (g_app) g_app->import_option(key, value != 0);
}

// app6: window.stormvakt's brush / windowSummary / mapping commands (AppHooks::automation).
EMSCRIPTEN_KEEPALIVE const char* sv_automation(const char* command, const char* argument) {
    static std::string json;
    json = g_app ? g_app->automation(command, argument) : "null";
    return json.c_str();
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
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
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
void load_finished(uint32_t request, bool ok, const std::string& message) {
    if (request != 0) js_load_finished(request, ok ? 1 : 0, message.c_str());
}
void fetch_site_file(const std::string& path) {
    js_fetch_site_file(path.c_str());
}
bool reimport_last_file() { // app6
    return js_reimport_last_file() != 0;
}
double now_ms() {
    return emscripten_get_now();
}
void trace_span(const char* name, double start_ms, double end_ms) {
    if (end_ms - start_ms >= 5.0) js_trace_span(name, start_ms, end_ms); // only what could make a gap
}
const char* name() {
    return "browser";
}

// --- downloads (views branch) ---
void download(const std::string& name, const std::string& mime, std::string_view bytes) {
    js_download(name.c_str(), mime.c_str(), bytes.data(), bytes.size());
}
void download_frame_png(const std::string& name, int x, int y, int width, int height) {
    g_capture = {true, name, x, y, width, height};
}
int32_t local_utc_offset_minutes(int64_t utc_seconds) {
    return js_local_utc_offset_minutes(static_cast<double>(utc_seconds));
}
int64_t wall_clock_seconds() {
    return static_cast<int64_t>(emscripten_date_now() / 1000.0);
}
// --- end downloads ---
std::string cases_folder() {
    return "/cases";
}
void open_storage() {
    js_open_storage(cases_folder().c_str());
}
void storage_changed() {
    js_storage_changed();
}
void query_storage() {
    js_query_storage();
}
void lock_case(const std::string& id) {
    js_lock_case(id.c_str());
}
void unlock_case(const std::string& id) {
    js_unlock_case(id.c_str());
}
std::string random_bytes(size_t n) {
    std::string out(n, '\0');
    if (n) js_random_bytes(reinterpret_cast<uint8_t*>(out.data()), static_cast<uint32_t>(n));
    return out;
}

} // namespace sv::platform

// --- app7: the user's corrections (issue 7): window.stormvakt.relabel / setLexicon / corrections / lexicon
// ---
extern "C" {
EMSCRIPTEN_KEEPALIVE void sv_relabel(const char* id, const char* label, const char* tag, uint32_t request) {
    if (g_app) g_app->relabel(id, label, tag, request);
}
EMSCRIPTEN_KEEPALIVE void sv_set_lexicon(const char* json, uint32_t request) {
    if (g_app) g_app->set_lexicon(json, request);
}
EMSCRIPTEN_KEEPALIVE const char* sv_corrections() {
    static std::string json;
    json = g_app ? g_app->corrections_json() : "[]";
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* sv_lexicon() {
    static std::string json;
    json = g_app ? g_app->lexicon_json() : "[]";
    return json.c_str();
}
} // extern "C"
