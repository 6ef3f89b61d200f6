# The interface font: Inter (fonts-inter, SIL Open Font License 1.1), subset at build time to the
# characters Dutch text and our figures need, and compiled into the binary as byte arrays. A byte
# array is leaner than emscripten's virtual file system and needs no fetch (the page's CSP forbids
# every connection). ImGui's default font lacks € „ ” – … and friends, which Dutch text uses.
# Debian's python3 (not a pyenv or venv one first on PATH) has python3-fonttools.
find_program(JV_DEBIAN_PYTHON3 python3 PATHS /usr/bin REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
find_file(JV_INTER_REGULAR Inter-Regular.otf PATHS /usr/share/fonts/opentype/inter REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
find_file(JV_INTER_SEMIBOLD Inter-SemiBold.otf PATHS /usr/share/fonts/opentype/inter REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)

# One list of code point ranges drives both the subset and ImGui's glyph ranges.
#   Basic Latin, Latin-1 + Latin Extended-A (é ë ï ó ü Ĳ ĳ ×), general punctuation (– — ‘ ’ „ ” …
#   ‰ • ‹ ›), € sign, arrows ← ↑ → ↓, minus − , ≈ ≤ ≥, and the triangles ▲ ▼ used in sorted tables.
set(JV_FONT_RANGES "0x0020-0x007E;0x00A0-0x017F;0x2010-0x2027;0x2030-0x203A;0x20AC-0x20AC;0x2190-0x2193;0x2212-0x2212;0x2248-0x2248;0x2264-0x2265;0x25B2-0x25B2;0x25BC-0x25BC")

set(_unicodes "")
set(_imgui_ranges "")
foreach(r IN LISTS JV_FONT_RANGES)
  string(REPLACE "-" ";" _pair "${r}")
  list(GET _pair 0 _lo)
  list(GET _pair 1 _hi)
  string(REPLACE "0x" "U+" _ulo "${_lo}")
  string(REPLACE "0x" "" _uhi "${_hi}")
  list(APPEND _unicodes "${_ulo}-${_uhi}")
  string(APPEND _imgui_ranges "${_lo}, ${_hi}, ")
endforeach()
list(JOIN _unicodes "," _unicodes)

set(_font_dir "${CMAKE_BINARY_DIR}/fonts")
set(_fonts_cpp "${_font_dir}/jv_fonts_data.cpp")
foreach(_face regular semibold)
  string(TOUPPER "${_face}" _FACE)
  add_custom_command(
    OUTPUT "${_font_dir}/inter-${_face}.otf"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_font_dir}"
    COMMAND ${JV_DEBIAN_PYTHON3} -m fontTools.subset "${JV_INTER_${_FACE}}" "--unicodes=${_unicodes}"
            --no-hinting --desubroutinize --layout-features= --name-IDs=0,1,2,13,14
            "--output-file=${_font_dir}/inter-${_face}.otf"
    DEPENDS "${JV_INTER_${_FACE}}" "${CMAKE_CURRENT_LIST_FILE}"
    COMMENT "Inter ${_face} subsetten"
    VERBATIM)
endforeach()

add_custom_command(
  OUTPUT "${_fonts_cpp}"
  COMMAND ${CMAKE_COMMAND}
          "-DOUTPUT=${_fonts_cpp}"
          "-DRANGES=${_imgui_ranges}"
          "-DINPUTS=jv_font_inter_regular=${_font_dir}/inter-regular.otf;jv_font_inter_semibold=${_font_dir}/inter-semibold.otf"
          -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFonts.cmake"
  DEPENDS "${_font_dir}/inter-regular.otf" "${_font_dir}/inter-semibold.otf"
          "${PROJECT_SOURCE_DIR}/cmake/EmbedFonts.cmake"
  COMMENT "Lettertypen in de binary opnemen"
  VERBATIM)

add_library(jv_fonts STATIC "${_fonts_cpp}")
target_include_directories(jv_fonts PUBLIC "${PROJECT_SOURCE_DIR}/src/app")
target_link_libraries(jv_fonts PUBLIC imgui)
