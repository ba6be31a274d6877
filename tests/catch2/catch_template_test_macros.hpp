#pragma once
// Catch2 v3-style include shim: Debian bookworm ships Catch2 2.13, whose
// single header has the same macros. Write tests against <catch2/catch.hpp>.
#include <catch2/catch.hpp>
