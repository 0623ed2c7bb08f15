# Third-party code for the UI: Dear ImGui sources (fetched and pinned by scripts/setup.sh) and stb.
set(RIFT_IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui" CACHE PATH "Dear ImGui 1.86 sources (scripts/setup.sh)")
if(NOT EXISTS "${RIFT_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${RIFT_IMGUI_DIR}: run scripts/setup.sh")
endif()

add_library(imgui STATIC
  ${RIFT_IMGUI_DIR}/imgui.cpp ${RIFT_IMGUI_DIR}/imgui_draw.cpp
  ${RIFT_IMGUI_DIR}/imgui_tables.cpp ${RIFT_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${RIFT_IMGUI_DIR})
# No demo, no metrics window, no .ini or log files (Rift keeps its state in the URL): less code in the wasm.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW IMGUI_DISABLE_FILE_FUNCTIONS
                                        IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_features(imgui PUBLIC cxx_std_20)
# ImGui's asserts, fatal in every build type (cmake/imgui/rift_imconfig.h): on for the desktop app and the tests,
# off for the page (its size; the page shows a trap instead).
if(EMSCRIPTEN)
  set(rift_imgui_asserts_default OFF)
else()
  set(rift_imgui_asserts_default ON)
endif()
option(RIFT_IMGUI_ASSERTS "Make Dear ImGui's IM_ASSERT fatal in every build type" ${rift_imgui_asserts_default})
target_include_directories(imgui PUBLIC ${PROJECT_SOURCE_DIR}/cmake/imgui)
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="rift_imconfig.h")
if(RIFT_IMGUI_ASSERTS)
  target_compile_definitions(imgui PUBLIC RIFT_IMGUI_ASSERTS)
endif()

add_library(stb INTERFACE)
if(NOT EMSCRIPTEN)
  target_include_directories(stb SYSTEM INTERFACE /usr/include/stb)
endif()
