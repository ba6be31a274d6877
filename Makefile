# The front door. `make site` and `make test` are all a new user needs.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CONTENT ?= content
OUT     ?= site
CMAKE_FLAGS ?=

FUZZ_SECONDS ?= 60

.PHONY: all deps deps-test deps-dev build site test check format format-check lint asan bench clean \
        update-goldens fresh-check fuzz fuzz-ci bench-scale guide-images bench-serve

all: build

deps:
	@scripts/deps.sh build

deps-test:
	@scripts/deps.sh test

deps-dev:
	@scripts/deps.sh dev

# Configuring leaves a stamp only once cmake has finished, so a configure
# that was interrupted or failed is simply run again by the next make. The
# site build never configures the tests (they need test-only packages);
# `make test` turns them on in the same build folder.
$(BUILD)/.configured:
	@rm -f $(BUILD)/.configured $(BUILD)/.configured-tests
	cmake -S . -B $(BUILD) -DSHNOR_TESTS=OFF $(CMAKE_FLAGS)
	@touch $@

$(BUILD)/.configured-tests:
	@rm -f $(BUILD)/.configured $(BUILD)/.configured-tests
	cmake -S . -B $(BUILD) -DSHNOR_TESTS=ON $(CMAKE_FLAGS)
	@touch $(BUILD)/.configured $@

build: deps $(BUILD)/.configured
	cmake --build $(BUILD) -j $(JOBS) --target shnor

site: build
	$(BUILD)/shnor build --content $(CONTENT) --out $(OUT)

test: deps-test $(BUILD)/.configured-tests
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Regenerate golden files after an intended change; review the diff.
update-goldens: deps-test $(BUILD)/.configured-tests
	cmake --build $(BUILD) -j $(JOBS) --target shnor_tests
	SHNOR_UPDATE_GOLDENS=1 $(BUILD)/shnor_tests "[golden]"

check: test format-check lint

format: deps-dev
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

format-check: deps-dev
	clang-format --dry-run --Werror $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

lint: deps-dev
	scripts/lint.sh

asan: deps-test
	cmake -S . -B build-asan -DSHNOR_SANITIZE=ON -DSHNOR_TESTS=ON -DCMAKE_BUILD_TYPE=Debug
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

# A fresh Debian bookworm root (debootstrap) runs the README's two commands
# on a clean clone of HEAD: see scripts/fresh-check.sh. Needs root.
fresh-check:
	scripts/fresh-check.sh

# shnor beside Hugo on synthetic regions (docs/performance.md); SIZES=200,1000 to try it.
SIZES ?= 1000,10000,40000
bench-scale: build
	@scripts/deps.sh bench
	scripts/bench-scale.sh $(BUILD) $(SIZES)

# The user guide's screenshots (docs/guide/img/), from the example region:
# pages in Debian's chromium, the first page of two PDFs through pdftoppm.
GUIDE_SITE = $(BUILD)/guide-site
guide-images: deps-test build
	rm -rf $(GUIDE_SITE)
	$(BUILD)/shnor build --content content --out $(GUIDE_SITE)
	node scripts/guide-images.mjs $(GUIDE_SITE) docs/guide/img
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile $(GUIDE_SITE)/schools/sosh-3-ensk/roadmap-2022.pdf docs/guide/img/pdf-roadmap
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile $(GUIDE_SITE)/documents/annex-2022.pdf docs/guide/img/pdf-annex

# How soon an edit is served by `shnor serve`, at the example region and N schools.
SERVE_SIZES ?= 1000
bench-serve: build
	scripts/bench-serve.sh $(BUILD) $(SERVE_SIZES)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
