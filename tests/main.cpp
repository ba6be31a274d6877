// The Catch2 (v2, Debian bookworm) test runner's main.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
