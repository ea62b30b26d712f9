# SPDX-License-Identifier: Apache-2.0
# Finds every third-party dependency once. scripts/install-deps.sh installs them on Debian 12.
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(date REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libcgraph libgvc)
pkg_check_modules(GEONAMES REQUIRED IMPORTED_TARGET geonames)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# RapidJSON ships a CMake config without an imported target on Debian 12.
find_package(RapidJSON REQUIRED CONFIG)
if(NOT TARGET eventgraph_rapidjson)
  add_library(eventgraph_rapidjson INTERFACE)
  target_include_directories(eventgraph_rapidjson SYSTEM INTERFACE ${RapidJSON_INCLUDE_DIRS} ${RAPIDJSON_INCLUDE_DIRS})
  target_compile_definitions(eventgraph_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
  # RapidJSON scans strings and whitespace 16 bytes at a time with SSE2 (every x86-64 CPU has it):
  # reading JSONL articles and graph.json spends most of its time in string scanning. The aligned
  # loads read up to 15 bytes past the end of a buffer (never past its 16-byte block, so never
  # into another page), which AddressSanitizer would report: sanitized builds keep the portable
  # scalar code. Set on the interface target so that every user of RapidJSON agrees (ODR).
  if(NOT EVENTGRAPH_SANITIZE AND CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    target_compile_definitions(eventgraph_rapidjson INTERFACE RAPIDJSON_SSE2)
  endif()
endif()

# mimalloc (Debian package libmimalloc-dev) replaces malloc/free in the programs (the eventgraph
# command and the benchmarks), never in the libraries: a build allocates millions of small
# strings and vectors, and cgraph a node record per graph element; glibc's malloc and free took
# about 11 % of a Reuters build (perf), mimalloc cuts the build's CPU time by 10-18 % (bench/README.md).
# Sanitized builds keep the system allocator (ASan replaces malloc itself).
option(EVENTGRAPH_MIMALLOC "Link the eventgraph command and the benchmarks with mimalloc" ON)
add_library(eventgraph_allocator INTERFACE)
if(EVENTGRAPH_MIMALLOC AND NOT EVENTGRAPH_SANITIZE)
  find_package(mimalloc 2 CONFIG)
  if(NOT mimalloc_FOUND)
    message(FATAL_ERROR "mimalloc not found: apt-get install libmimalloc-dev (scripts/install-deps.sh), "
                        "or configure with -DEVENTGRAPH_MIMALLOC=OFF for the system allocator")
  endif()
  target_link_libraries(eventgraph_allocator INTERFACE mimalloc)
  target_compile_definitions(eventgraph_allocator INTERFACE EVENTGRAPH_HAVE_MIMALLOC=1)
endif()

set(EVENTGRAPH_ISO_CODES_DIR "/usr/share/iso-codes/json" CACHE PATH "iso-codes JSON directory (Debian package iso-codes)")
if(NOT EXISTS "${EVENTGRAPH_ISO_CODES_DIR}/iso_3166-1.json")
  message(FATAL_ERROR "iso-codes JSON not found in ${EVENTGRAPH_ISO_CODES_DIR}: apt-get install iso-codes")
endif()

if(EVENTGRAPH_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
