# The compiled-in lexicon: runs scripts/gen_lexicon.py (host python3, also under emcmake)
# to write ${CMAKE_BINARY_DIR}/gen/lexicon_tables.cc and builds it into the static library
# concessions_lexicon. The same run writes gen/lexicon_entries.tsv (every entry, for
# tests/lexicon/lexicon_test.cc; CONCESSIONS_LEXICON_DUMP names it). Regenerated when the
# generator or any of its inputs changes; the input list comes from `gen_lexicon.py
# --list-inputs` at configure time, and CMake re-configures when the generator's own files
# change (so a new source module's inputs are picked up).
#
# Usage (top-level CMakeLists.txt):  include(cmake/lexicon.cmake)
#                                    target_link_libraries(core PUBLIC concessions_lexicon)

find_package(Python3 REQUIRED COMPONENTS Interpreter)

get_filename_component(_lexicon_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)  # the repo

set(CONCESSIONS_NODE_MODULES "${_lexicon_root}/node_modules" CACHE PATH
    "node_modules holding the lexicon's npm data packages (npm ci)")
set(_lexicon_gen "${_lexicon_root}/scripts/gen_lexicon.py")
set(_lexicon_out "${CMAKE_BINARY_DIR}/gen/lexicon_tables.cc")
# Every entry as TSV: what tests/lexicon/lexicon_test.cc expects the look-ups to return.
set(CONCESSIONS_LEXICON_DUMP "${CMAKE_BINARY_DIR}/gen/lexicon_entries.tsv")

execute_process(
  COMMAND "${Python3_EXECUTABLE}" "${_lexicon_gen}" --list-inputs
          --node-modules "${CONCESSIONS_NODE_MODULES}"
  OUTPUT_VARIABLE _lexicon_inputs
  ERROR_VARIABLE _lexicon_err
  RESULT_VARIABLE _lexicon_rc
  OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _lexicon_rc EQUAL 0)
  message(FATAL_ERROR "gen_lexicon.py --list-inputs failed: ${_lexicon_err}")
endif()
string(REPLACE "\n" ";" _lexicon_inputs "${_lexicon_inputs}")

# Re-run configure when the generator's Python files change (its input list may change).
file(GLOB _lexicon_py CONFIGURE_DEPENDS "${_lexicon_root}/scripts/lexicon/*.py")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_lexicon_gen}" ${_lexicon_py})

add_custom_command(
  OUTPUT "${_lexicon_out}" "${CONCESSIONS_LEXICON_DUMP}"
  COMMAND "${Python3_EXECUTABLE}" "${_lexicon_gen}" --out "${_lexicon_out}"
          --dump "${CONCESSIONS_LEXICON_DUMP}" --node-modules "${CONCESSIONS_NODE_MODULES}"
  DEPENDS ${_lexicon_inputs}
  COMMENT "Generating lexicon tables (scripts/gen_lexicon.py)"
  VERBATIM)

add_library(concessions_lexicon STATIC "${_lexicon_out}")
target_include_directories(concessions_lexicon PUBLIC "${_lexicon_root}/core/src")
target_compile_features(concessions_lexicon PUBLIC cxx_std_17)
