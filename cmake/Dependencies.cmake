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

add_library(stb INTERFACE)
if(NOT EMSCRIPTEN)
  target_include_directories(stb SYSTEM INTERFACE /usr/include/stb)
endif()
