// main.cpp — the app's entry point: hand the App to the platform, which owns the window and the loop.
#include "app/app.hpp"
#include "platform/platform.hpp"

int main(int argc, char** argv) {
    static sv::app::App app; // outlives main() in the browser, where the loop keeps running after it returns
    return sv::platform::run(app, argc, argv);
}
