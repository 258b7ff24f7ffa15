# Dossier: the two commands a new machine needs are `make demo` and `make test`.
# Both install missing system packages through scripts/setup first.

BUILD ?= build
JOBS ?= $(shell nproc)
SHARED ?= ../shared
INPUT ?=
CMAKE_FLAGS ?=

.PHONY: all setup configure build test test-unit test-long test-sanitize demo bench models clean

all: build

setup:
	@scripts/setup

$(BUILD)/build.ninja: | setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: setup configure
	cmake --build $(BUILD) -j $(JOBS)

# All tests: unit, golden end-to-end, bad input and the seed gold scorer.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same suites built with AddressSanitizer and UndefinedBehaviorSanitizer (all but
# the slow ones, which `make test` runs: the end-to-end store tests, model rebuilds and
# the PLOVER scores over all 6,100 WCEP dev items, which outgrow their timeouts unoptimised).
test-sanitize: setup
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDOSSIER_SANITIZE=address,undefined -DDOSSIER_BUILD_BENCH=OFF
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE "long|slow"

demo: build
	@scripts/demo $(INPUT)

bench: build
	@scripts/bench

models: build
	@scripts/train_models

clean:
	rm -rf $(BUILD) build-asan
