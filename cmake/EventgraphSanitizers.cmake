# SPDX-License-Identifier: Apache-2.0
# EVENTGRAPH_SANITIZE=address,undefined instruments every target of the build.
if(EVENTGRAPH_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "EVENTGRAPH_SANITIZE is supported with GCC and Clang only")
  endif()
  add_compile_options(-fsanitize=${EVENTGRAPH_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${EVENTGRAPH_SANITIZE})
  # libstdc++'s bounds checks on operator[] and front()/back(): ASan does not see a read past a
  # vector's end that stays inside its capacity (the event extractor once read the token after
  # a document's last one, and its flags came from whatever an earlier document left there).
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Third-party code with known, harmless reports (see the file).
    add_compile_options("-fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/sanitizer_ignorelist.txt")
  endif()
endif()
