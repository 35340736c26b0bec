# The browser build of the app and the deployable static site (build/site).
# Included from src/CMakeLists.txt when building with em++.

sv_add_app(${SV_ROOT}/src/platform/platform_web.cpp)
set_target_properties(stormvakt_app PROPERTIES OUTPUT_NAME stormvakt SUFFIX ".js")

# Fonts from Debian's packages, preloaded into the app's in-memory file system as stormvakt.data.
set(SV_FONT_FILES
  /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf@/fonts/NotoSans-Regular.ttf
  /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf@/fonts/NotoSans-Bold.ttf
  /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf@/fonts/Symbola.ttf
  /usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf@/fonts/MaterialIcons-Regular.ttf)
set(SV_PRELOAD "")
foreach(f ${SV_FONT_FILES})
  list(APPEND SV_PRELOAD "SHELL:--preload-file ${f}") # SHELL: keeps CMake from merging repeated flags
endforeach()

target_link_options(stormvakt_app PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sMAXIMUM_MEMORY=4GB
  -sMODULARIZE=1 -sEXPORT_NAME=createStormvaktModule -sENVIRONMENT=web
  -sDYNAMIC_EXECUTION=0 # no eval / new Function: the page's Content-Security-Policy forbids them
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,FS
  -lidbfs.js # saved cases: IndexedDB through IDBFS (platform_web.cpp, web/app.js "--- cases ---")
  ${SV_PRELOAD})
set_property(TARGET stormvakt_app APPEND PROPERTY LINK_DEPENDS ${SV_ROOT}/src/platform/web.cmake)

# ---------------------------------------------------------------------------------------------------------
# The static site: web/ + the app's .js/.wasm/.data (+ what later steps add). Deployable as is.
# ---------------------------------------------------------------------------------------------------------
file(GLOB_RECURSE SV_WEB_FILES CONFIGURE_DEPENDS ${SV_ROOT}/web/*)
find_program(SV_NODE node REQUIRED)
# The sample crisis ("Try the sample crisis", http://127.0.0.1:8080/#sample), written by the WASM CLI under node.
set(SV_SAMPLE_CSV ${CMAKE_BINARY_DIR}/samples/sample-crisis.csv)
add_custom_command(OUTPUT ${SV_SAMPLE_CSV}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/samples
  COMMAND ${SV_NODE} $<TARGET_FILE:stormvakt-cli> sample --out ${SV_SAMPLE_CSV}
  DEPENDS stormvakt-cli
  COMMENT "Writing the sample crisis (stormvakt sample)"
  VERBATIM)
add_custom_target(site ALL
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${SV_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SV_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${SV_ROOT}/web ${SV_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:stormvakt_app>/stormvakt.js
          $<TARGET_FILE_DIR:stormvakt_app>/stormvakt.wasm $<TARGET_FILE_DIR:stormvakt_app>/stormvakt.data
          ${SV_SITE_DIR}/
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_BINARY_DIR}/samples ${SV_SITE_DIR}/samples
  # The licences of the third-party work the site ships (lexicon sources, ImGui, json, fonts, runtime).
  COMMAND ${SV_NODE} ${SV_ROOT}/shell/lib/licenses.cjs ${SV_NODE_MODULES} ${SV_IMGUI_DIR}
          ${SV_SITE_DIR}/third-party-licenses.txt
  DEPENDS stormvakt_app ${SV_WEB_FILES} ${SV_SAMPLE_CSV} ${SV_ROOT}/shell/lib/licenses.cjs
  COMMENT "Assembling the static site in ${SV_SITE_DIR}"
  VERBATIM)

# ---------------------------------------------------------------------------------------------------------
# Offline and installable (issue 7): PNG icons for the web app manifest, rendered from web/icons/icon.svg
# by headless Chromium (only when the SVG changes), and the service worker stamped with the site's
# version. The stamp must see every file of the site: it runs as the site target's last step (POST_BUILD),
# so files added to build/site by the site target's own commands or by targets it depends on are covered.
# ---------------------------------------------------------------------------------------------------------
set(SV_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
add_custom_command(
  OUTPUT ${SV_ICON_DIR}/icon-192.png ${SV_ICON_DIR}/icon-512.png
  COMMAND ${CMAKE_COMMAND} -E env SV_NODE_MODULES=${SV_NODE_MODULES}
          ${SV_NODE} ${SV_ROOT}/shell/lib/render-icons.cjs ${SV_ROOT}/web/icons/icon.svg ${SV_ICON_DIR} 192 512
  DEPENDS ${SV_ROOT}/web/icons/icon.svg ${SV_ROOT}/shell/lib/render-icons.cjs
  COMMENT "Rendering the app icons (192 and 512 px PNG) from web/icons/icon.svg"
  VERBATIM)
add_custom_target(sv_site_icons DEPENDS ${SV_ICON_DIR}/icon-192.png ${SV_ICON_DIR}/icon-512.png)
add_dependencies(site sv_site_icons)
add_custom_command(TARGET site POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy ${SV_ICON_DIR}/icon-192.png ${SV_ICON_DIR}/icon-512.png ${SV_SITE_DIR}/icons/
  COMMAND ${SV_NODE} ${SV_ROOT}/shell/lib/sw-version.cjs ${SV_SITE_DIR}
  COMMENT "Stamping the service worker with the site's version"
  VERBATIM)
