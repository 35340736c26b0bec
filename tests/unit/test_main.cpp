// The Catch2 main for the unit tests (native and WASM under node).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
