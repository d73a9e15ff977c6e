# khaldun: the two set-up commands are `make run` and `make test`.
JOBS ?= $(shell nproc)
RELEASE_DIR := build/release
DB ?= khaldun.db

.PHONY: all deps build run test test-release test-asan test-fuzz bench clean

all: build

deps:
	@bash scripts/install-deps

$(RELEASE_DIR)/CMakeCache.txt: | deps
	@cmake --preset release -G Ninja >/dev/null

build: deps $(RELEASE_DIR)/CMakeCache.txt
	@cmake --build $(RELEASE_DIR) -j $(JOBS)

# Codes the bundled example articles into ./khaldun.db and prints the events.
run: build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	@$(RELEASE_DIR)/khaldun code --db $(DB) --format table examples/articles/*.txt

# Release suite, then the same suite under ASan + UBSan, then each libFuzzer
# target for FUZZ_SECONDS (a crash fails the run; see fuzz/run.sh).
test: test-release test-asan test-fuzz

test-release: build
	@ctest --test-dir $(RELEASE_DIR) --output-on-failure --timeout 900 -j $(JOBS)

test-asan: deps
	@cmake --preset asan -G Ninja >/dev/null
	@cmake --build build/asan -j $(JOBS)
	@ctest --test-dir build/asan --output-on-failure --timeout 1800 -j $(JOBS)

FUZZ_SECONDS ?= 30
test-fuzz: deps
	@cmake --preset fuzz -G Ninja >/dev/null
	@cmake --build build/fuzz --target fuzz -j $(JOBS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash fuzz/run.sh

bench: build
	@bash bench/run.sh

clean:
	rm -rf build
