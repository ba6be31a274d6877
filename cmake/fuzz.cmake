# `make fuzz`: the libFuzzer harnesses of tests/fuzz/, in their own build
# folder (build-fuzz) with clang; the normal build never includes this file.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "SHNOR_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++-14)")
endif()
foreach(target yaml markdown mustache pdf)
  add_executable(fuzz_${target} tests/fuzz/fuzz_${target}.cpp)
  target_include_directories(fuzz_${target} PRIVATE tests)
  target_compile_definitions(fuzz_${target} PRIVATE SHNOR_FUZZ_MAIN)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(fuzz_${target} PRIVATE shnorlib)
endforeach()
