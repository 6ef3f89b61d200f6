# Warnings are on for the project's own code. Third-party code (Dear ImGui) is compiled without
# them and reached through SYSTEM include paths, so its warnings stay out.
#
# They are errors only with JV_WERROR=ON, which the project's scripts (scripts/build, scripts/test,
# scripts/fuzz) and CI set: a packager's release build with another compiler must not fail on
# that compiler's new warnings.
option(JV_WERROR "Treat the project's warnings as errors (developers and CI)" OFF)

function(jv_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(JV_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12's optimiser reports impossible overlaps ("accessing 9223372036854775810 or more
    # bytes") inside libstdc++'s own std::string copies at -O2/-O3: GCC bug 105329 (and its
    # duplicate 105651), fixed in GCC 13. Only this one stays a warning, so any other still fails.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE $<$<CONFIG:Release,RelWithDebInfo>:-Wno-error=restrict>)
    endif()
  endif()
endfunction()

# The core gets the strict conversion checks too: it handles counts, sizes and indices where a
# silent narrowing is a real bug (and wasm's size_t is 32 bits).
function(jv_strict_warnings target)
  jv_warnings(${target})
  target_compile_options(${target} PRIVATE -Wconversion -Wsign-conversion)
endfunction()
