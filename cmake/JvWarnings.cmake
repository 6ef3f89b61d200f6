# Warnings are on and are errors for the project's own code. Third-party code (Dear ImGui) is
# compiled without them and reached through SYSTEM include paths, so its warnings stay out.
function(jv_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    -Werror)
endfunction()

# The core gets the strict conversion checks too: it handles counts, sizes and indices where a
# silent narrowing is a real bug (and wasm's size_t is 32 bits).
function(jv_strict_warnings target)
  jv_warnings(${target})
  target_compile_options(${target} PRIVATE -Wconversion -Wsign-conversion)
endfunction()
