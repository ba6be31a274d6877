# The front door. `make site` and `make test` are all a new user needs.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CONTENT ?= content
OUT     ?= site
CMAKE_FLAGS ?=

.PHONY: all deps build site test check format format-check lint asan bench bench-scale clean update-goldens

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

bench: build
	scripts/bench.sh $(BUILD)

# shnor beside Hugo on synthetic regions (docs/performance.md); SIZES=200,1000 to try it.
SIZES ?= 1000,10000,40000
bench-scale: build
	@scripts/deps.sh bench
	scripts/bench-scale.sh $(BUILD) $(SIZES)

clean:
	rm -rf $(BUILD) build-asan
