// platform.hpp — the one seam between Stormvakt and the place it runs (browser or desktop).
//
// Everything that knows about the browser (emscripten, the page's JavaScript in web/, IndexedDB) or the
// desktop (files on disk) lives behind this interface, in platform_web.cpp and platform_desktop.cpp.
// The app (src/app) calls these functions and implements the AppHooks the platform calls back.
#pragma once
#include "core/import/byte_source.hpp"
#include "core/import/import.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sv::platform {

// What the platform calls on the app. The platform owns main(), the window, the GL context and the
// ImGui backends; the app builds its UI inside frame().
struct AppHooks {
    virtual ~AppHooks() = default;
    // Once, after the ImGui context exists and before the first frame. `ui_scale` = device pixels per CSS px.
    virtual void init(float ui_scale) = 0;
    // Every frame, between ImGui::NewFrame() and ImGui::Render().
    virtual void frame() = 0;
    // smooth (issue 9): asked before each frame; true when the app did this frame's work without drawing
    // (a job runs and drawing is expensive: the platform then skips ImGui and GL, and the canvas keeps its
    // last picture). `input_pending`: input arrived that the UI has not seen yet.
    virtual bool work_frame(bool /*input_pending*/) { return false; }
    // The display scale changed (browser zoom, window moved to another screen).
    virtual void scale_changed(float ui_scale) = 0;
    // A file arrived (drop, picker, sample, or automation). The bytes are the app's to keep. `request` is 0
    // for files from the picker or a drop, or the id automation gave (the app answers with load_finished()).
    virtual void file_received(std::string name, std::vector<char> bytes, uint32_t request) = 0;
    // The same for a file read chunk by chunk (browser: File.slice; issue 9): the app's import pulls the
    // bytes from `source`, which may say `pending` while the next chunk is on its way. `import`: options
    // the page gave with the file (loadFile's dateOrder).
    virtual void file_source_received(std::string name, std::unique_ptr<ByteSource> source, uint32_t request,
                                      const ImportOptions& import = {}) = 0;
    // A file is being dragged over the window (true) or left it (false).
    virtual void drag_hover(bool) {}
    // For automation: the analyze report of the open case as JSON ("null" when there is none).
    virtual std::string summary_json() { return "null"; }
    // For automation: switches to a view by name ("overview", "timeline", ...); false for an unknown name.
    virtual bool show_view(std::string_view) { return false; }
    // For automation: comments in the open case (0 when there is none).
    virtual uint64_t row_count() const { return 0; }

    // --- saved cases (issue 7; see "Saved cases" below) ---
    // The cases folder is ready (browser: IndexedDB loaded into it). `ok` false: `message` says why; the app
    // still works, without saving.
    virtual void storage_opened(bool, std::string) {}
    // A save reached durable storage (ok) or failed (`kind` "storage_full" for a full quota, else
    // "storage_write"; `message` for people).
    virtual void storage_saved(bool, std::string, std::string) {}
    // Another tab changed the saved cases; the folder now shows them: list again.
    virtual void storage_refreshed() {}
    // navigator.storage.estimate() (bytes; -1 when unknown) and whether storage is persistent.
    virtual void storage_estimate(double, double, bool) {}
    // Completes a case file still being written in slices (window.stormvakt.flushCases()).
    virtual void finish_pending_save() {}
    // The answer to lock_case(id): granted, or held by another tab.
    virtual void case_locked(std::string, bool) {}
    // For automation: the saved cases as JSON [{id, name, comments, bytes, saved_at}].
    virtual std::string cases_json() { return "[]"; }
    // For automation: opens case `id`; answered with load_finished(request, ...).
    virtual void open_case(std::string, uint32_t) {}
    // For automation: deletes case `id`; "" when done, else the reason.
    virtual std::string delete_case(std::string) { return "saved cases are not available"; }
    // For automation: the open case's storage state as JSON {id, lock, save_error, save_error_kind}.
    virtual std::string case_status_json() { return "null"; }
    // For automation: an import option for the next file ("pseudonymise").
    virtual void import_option(std::string_view, bool) {}
    // --- app6: automation of the brushed range and the column-mapping dialog ---
    // window.stormvakt's brush / windowSummary / mappingPreview / ...: a command and its argument; returns
    // JSON ("null" when the command does not apply).
    virtual std::string automation(std::string_view, std::string_view) { return "null"; }

    // --- app7: the user's corrections (issue 7) ---
    // For automation: relabels comment `id` ("negative" / "neutral" / "positive", or "auto" to take it back;
    // tag "" / "emotional" / "constructive" / "none"); answered with load_finished(request, ...).
    virtual void relabel(std::string, std::string, std::string, uint32_t) {}
    // For automation: the case's lexicon as JSON [{word, valence, lang}]; re-scores, answered likewise.
    virtual void set_lexicon(std::string, uint32_t) {}
    // For automation: the open case's corrections / lexicon as JSON arrays.
    virtual std::string corrections_json() { return "[]"; }
    virtual std::string lexicon_json() { return "[]"; }
};

// Runs the app until the window closes (desktop) or forever (browser). Returns the process exit code.
int run(AppHooks& app, int argc, char** argv);

// Path of a font file the app may load: "ui" (Noto Sans), "ui_bold", "emoji" (Symbola), "icons" (Material
// Icons).
std::string font_path(std::string_view kind);

// The user's preferred language as a BCP 47 tag ("sv-SE", "de", "en-US"): navigator.language in the
// browser, LANG on the desktop. "" when unknown.
std::string preferred_language();

// Opens the file picker; the chosen file arrives through AppHooks::file_received.
void open_file_dialog();

// Tells automation and the page that the app has drawn its first frame and is ready.
void signal_ready();

// Tells automation that the file of request `request` (see AppHooks::file_received) is analysed (ok) or
// failed / was cancelled (`message` says why). Nothing happens for request 0.
void load_finished(uint32_t request, bool ok, const std::string& message);

// Fetches a file of the app's own site (e.g. "samples/sample-crisis.csv"); it arrives through
// AppHooks::file_received with request 0. On the desktop the path is read next to the program.
void fetch_site_file(const std::string& path);
// app6: sends the last file the page (or the desktop) handed to the app through the same path again (the
// column-mapping dialog's "Import with this mapping"); false when there is no file to send again.
bool reimport_last_file();

// ---------------------------------------------------------------------------------------------------------
// Saved cases (issue 7). The app keeps its cases in a folder through sv::CaseLibrary (plain files); the
// platform makes that folder durable. Browser: the folder is Emscripten's IDBFS mounted at "/cases",
// loaded from IndexedDB (database "/cases") at start-up and written back after each save (web/app.js,
// "--- cases ---"). Desktop: a normal folder ($XDG_DATA_HOME or ~/.local/share, "stormvakt/cases").
// ---------------------------------------------------------------------------------------------------------

// Where the cases live.
std::string cases_folder();
// Makes the folder ready; answered with AppHooks::storage_opened (desktop: at once).
void open_storage();
// Files in the folder changed: make them durable (browser: a debounced write to IndexedDB, never only on
// page unload). Answered with AppHooks::storage_saved.
void storage_changed();
// Asks for the storage estimate (and, the first time, for persistent storage); answered with
// AppHooks::storage_estimate.
void query_storage();
// Holds case `id` for this tab (Web Locks), so two tabs never write one case; answered with
// AppHooks::case_locked. unlock_case() lets it go.
void lock_case(const std::string& id);
void unlock_case(const std::string& id);
// `n` random bytes from the platform's cryptographic generator (crypto.getRandomValues in the browser).
std::string random_bytes(size_t n);
// Milliseconds from a monotonic clock (performance.now() in the browser).
double now_ms();
// smooth: a named span of the frame for traces (the browser's performance.measure while
// shell/lib/trace_browser.mjs records; nothing otherwise).
void trace_span(const char* name, double start_ms, double end_ms);

// Human-readable name of the platform, for the about box ("browser", "desktop").
const char* name();

// --- downloads (views branch: issue 8 exports) ---
// Hands a file to the user without any upload: a Blob download in the browser, a file in the working
// directory on the desktop. `mime` e.g. "text/csv;charset=utf-8".
void download(const std::string& name, const std::string& mime, std::string_view bytes);
// Saves a region of the frame being drawn (framebuffer pixels, origin top left, as ImGui positions are) as
// a PNG download once the frame is rendered.
void download_frame_png(const std::string& name, int x, int y, int width, int height);
// Minutes the computer's local time is ahead of UTC at `utc_seconds` (e.g. 60 for CET in winter).
int32_t local_utc_offset_minutes(int64_t utc_seconds);
// Wall-clock time as UTC seconds (for the response-window countdown).
int64_t wall_clock_seconds();
// --- end downloads ---

} // namespace sv::platform
