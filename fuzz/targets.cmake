# Fuzz targets: every src/<stage>/*_fuzz.cc defines LLVMFuzzerTestOneInput.
#
# With KHALDUN_FUZZ=ON each becomes a libFuzzer binary <name> (all of them:
# `cmake --build build/fuzz --target fuzz`); fuzz/run.sh runs them.
# In the normal build each becomes a GoogleTest binary <name>_regression that
# feeds every file of fuzz/regressions/<name>/ and fuzz/corpus/<name>/ through
# the same entry point, so a crash once found stays fixed (and runs under
# ASan/UBSan in the asan preset).
set(KHALDUN_FUZZ_TARGETS "")
foreach(stage IN LISTS KHALDUN_STAGES)
  file(GLOB _fuzzers CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${stage}/*_fuzz.cc)
  foreach(f IN LISTS _fuzzers)
    get_filename_component(_name ${f} NAME_WE)
    list(APPEND KHALDUN_FUZZ_TARGETS ${_name})
    if(KHALDUN_FUZZ)
      add_executable(${_name} ${f})
      target_link_libraries(${_name} PRIVATE khaldun_${stage})
      target_link_options(${_name} PRIVATE -fsanitize=fuzzer)
    elseif(KHALDUN_BUILD_TESTS)
      add_executable(${_name}_regression ${f} ${CMAKE_SOURCE_DIR}/fuzz/regression_test.cc)
      target_link_libraries(${_name}_regression PRIVATE khaldun_${stage} GTest::gtest)
      target_compile_definitions(${_name}_regression PRIVATE KHALDUN_FUZZ_TARGET="${_name}")
      gtest_discover_tests(${_name}_regression DISCOVERY_TIMEOUT 60 PROPERTIES LABELS fuzz)
    endif()
  endforeach()
endforeach()
if(KHALDUN_FUZZ)
  add_custom_target(fuzz DEPENDS ${KHALDUN_FUZZ_TARGETS})
endif()

if(KHALDUN_BUILD_TESTS AND NOT KHALDUN_FUZZ AND EXISTS ${CMAKE_SOURCE_DIR}/tests/hostile/CMakeLists.txt)
  add_subdirectory(tests/hostile)
endif()
