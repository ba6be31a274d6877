# The front door. `make site` and `make test` are all a new user needs.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CONTENT ?= content
OUT     ?= site
CMAKE_FLAGS ?=

FUZZ_SECONDS ?= 60

.PHONY: all deps build site test check format format-check lint asan bench clean update-goldens \
	fuzz fuzz-ci

all: build

deps:
	@scripts/deps.sh build

deps-test:
	@scripts/deps.sh test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

site: build
	$(BUILD)/shnor build --content $(CONTENT) --out $(OUT)

test: deps-test $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Regenerate golden files after an intended change; review the diff.
update-goldens: build
	SHNOR_UPDATE_GOLDENS=1 $(BUILD)/shnor_tests "[golden]"

check: test format-check lint

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

format-check:
	clang-format --dry-run --Werror $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

lint:
	scripts/lint.sh

asan: deps-test
	cmake -S . -B build-asan -DSHNOR_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# libFuzzer harnesses (tests/fuzz/) built with clang in build-fuzz, each run
# for FUZZ_SECONDS from the committed seed corpus; see tests/README.md.
fuzz:
	@scripts/deps.sh fuzz
	cmake -S . -B build-fuzz -DSHNOR_FUZZ=ON -DSHNOR_TESTS=OFF -DCMAKE_CXX_COMPILER=clang++-14
	cmake --build build-fuzz -j $(JOBS)
	scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

# What CI runs: each harness for 60 s.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=60

bench: build
	scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
