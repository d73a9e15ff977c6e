# KHALDUN_FUZZ=ON (the "fuzz" preset): every library is built with clang's
# coverage instrumentation for libFuzzer plus ASan and UBSan, so that the
# fuzz targets defined in fuzz/targets.cmake find bugs anywhere below them.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "KHALDUN_FUZZ needs clang++ (libFuzzer): configure with "
                      "`cmake --preset fuzz` or -DCMAKE_CXX_COMPILER=clang++; "
                      "scripts/install-deps installs clang and libclang-rt-14-dev")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)
