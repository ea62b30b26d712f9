# SPDX-License-Identifier: Apache-2.0
# End-to-end golden test (STYLE.md section 10): runs
#   eventgraph build <INPUT> -o <OUT_DIR>
# from the source root and compares every output file FILE with samples/<NAME>.expected.FILE.
# With the environment variable EVENTGRAPH_UPDATE_GOLDENS=1 it rewrites the goldens instead
# (scripts/update_goldens.sh). Prints "SKIPPED:" (a ctest skip) while no golden exists yet.
#
#   cmake -DEVENTGRAPH=bin -DSOURCE_DIR=src -DINPUT=samples/x.txt -DNAME=x -DOUT_DIR=dir -P this
# or, to check that the sample list in tests/CMakeLists.txt names every samples/*.txt:
#   cmake -DSOURCE_DIR=src "-DLISTED=a;b" -P this
cmake_minimum_required(VERSION 3.20)

if(DEFINED LISTED)
  file(GLOB present RELATIVE "${SOURCE_DIR}/samples" "${SOURCE_DIR}/samples/*.txt")
  foreach(file IN LISTS present)
    string(REGEX REPLACE "\\.txt$" "" name "${file}")
    if(NOT name IN_LIST LISTED)
      message(FATAL_ERROR "samples/${file} is not in EVENTGRAPH_SAMPLES (tests/CMakeLists.txt)")
    endif()
  endforeach()
  return()
endif()

foreach(var EVENTGRAPH SOURCE_DIR INPUT NAME OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "samples_test.cmake: -D${var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(
  COMMAND "${EVENTGRAPH}" build "${INPUT}" -o "${OUT_DIR}"
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "eventgraph build ${INPUT} exited with ${status}:\n${stdout}${stderr}")
endif()

file(GLOB outputs RELATIVE "${OUT_DIR}" "${OUT_DIR}/*")
list(SORT outputs)
if(NOT outputs)
  message(FATAL_ERROR "eventgraph build ${INPUT} wrote nothing to ${OUT_DIR}")
endif()
set(golden_prefix "${SOURCE_DIR}/samples/${NAME}.expected.")

if("$ENV{EVENTGRAPH_UPDATE_GOLDENS}" STREQUAL "1")
  file(GLOB old "${golden_prefix}*")
  if(old)
    file(REMOVE ${old})
  endif()
  foreach(file IN LISTS outputs)
    file(COPY_FILE "${OUT_DIR}/${file}" "${golden_prefix}${file}")
  endforeach()
  message(STATUS "updated samples/${NAME}.expected.{${outputs}}")
  return()
endif()

file(GLOB goldens RELATIVE "${SOURCE_DIR}/samples" "${golden_prefix}*")
if(NOT goldens)
  message(STATUS "SKIPPED: no samples/${NAME}.expected.* yet (run scripts/update_goldens.sh)")
  return()
endif()

set(failures "")
foreach(golden IN LISTS goldens)
  string(REPLACE "${NAME}.expected." "" file "${golden}")
  if(NOT EXISTS "${OUT_DIR}/${file}")
    string(APPEND failures "  samples/${golden}: eventgraph no longer writes ${file}\n")
    continue()
  endif()
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -E compare_files "${SOURCE_DIR}/samples/${golden}" "${OUT_DIR}/${file}"
    RESULT_VARIABLE differs)
  if(differs)
    string(APPEND failures "  samples/${golden} differs from ${OUT_DIR}/${file}\n")
  endif()
endforeach()
foreach(file IN LISTS outputs)
  if(NOT EXISTS "${golden_prefix}${file}")
    string(APPEND failures "  ${OUT_DIR}/${file} has no golden samples/${NAME}.expected.${file}\n")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "golden mismatch for ${INPUT}:\n${failures}"
                      "Review with diff; if intended, run scripts/update_goldens.sh")
endif()
message(STATUS "${INPUT}: ${outputs} match their goldens")
