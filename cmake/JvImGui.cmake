# Dear ImGui 1.90.1, unpacked from Debian's source package by scripts/setup into .deps/.
set(JV_IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui-1.90.1" CACHE PATH "Dear ImGui source folder")
if(NOT EXISTS "${JV_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui niet gevonden in ${JV_IMGUI_DIR}: voer eerst scripts/setup uit.")
endif()

add_library(imgui STATIC
  ${JV_IMGUI_DIR}/imgui.cpp
  ${JV_IMGUI_DIR}/imgui_draw.cpp
  ${JV_IMGUI_DIR}/imgui_tables.cpp
  ${JV_IMGUI_DIR}/imgui_widgets.cpp
  ${JV_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${JV_IMGUI_DIR} ${JV_IMGUI_DIR}/misc/cpp)
# Our own imconfig additions (no obsolete API, 32-bit indices for the map's many vertices).
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO
  "ImDrawIdx=unsigned int")
if(NOT EMSCRIPTEN)
  # Native builds never render: they run frames headless for tests and benchmarks.
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS)
else()
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS)
endif()
target_compile_options(imgui PRIVATE -w)

if(EMSCRIPTEN)
  add_library(imgui_opengl3 STATIC ${JV_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_opengl3 SYSTEM PUBLIC ${JV_IMGUI_DIR}/backends)
  target_compile_definitions(imgui_opengl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(imgui_opengl3 PUBLIC imgui)
  target_compile_options(imgui_opengl3 PRIVATE -w)
endif()
