#pragma once
// The fuzz harnesses as plain functions: libFuzzer calls them in the fuzz
// build (build-fuzz, clang), the test suite replays the committed corpus and
// every crash found through them (fuzz_replay_test.cpp).
#include <cstddef>
#include <cstdint>

int shnor_fuzz_yaml(const std::uint8_t* data, std::size_t size);
int shnor_fuzz_markdown(const std::uint8_t* data, std::size_t size);
int shnor_fuzz_mustache(const std::uint8_t* data, std::size_t size);
int shnor_fuzz_pdf(const std::uint8_t* data, std::size_t size);
