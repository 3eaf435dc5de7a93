# nlohmann_json as the target `concessions_json`. Natively through find_package; under
# Emscripten /usr/include must stay out of the compile (host glibc headers would win), so an
# INTERFACE target points at a build-tree folder holding only nlohmann/.
if(EMSCRIPTEN)
  set(_json_root "${CMAKE_BINARY_DIR}/json-include")
  if(NOT EXISTS "${_json_root}/nlohmann/json.hpp")
    file(COPY /usr/include/nlohmann DESTINATION "${_json_root}")
  endif()
  add_library(concessions_json INTERFACE)
  target_include_directories(concessions_json SYSTEM INTERFACE "${_json_root}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  add_library(concessions_json INTERFACE)
  target_link_libraries(concessions_json INTERFACE nlohmann_json::nlohmann_json)
endif()
# No exceptions cross the wasm boundary; the core never throws (see toolchain notes, pitfall 6).
target_compile_definitions(concessions_json INTERFACE JSON_NOEXCEPTION)
