# The README's two commands: `make run` and `make test`. Everything else is a helper for them.
JOBS      ?= $(shell nproc)
RELEASE   := build/release
ASAN      := build/asan
# The default lesson: processes passing items through a bounded queue.
SCENARIO  ?= scenarios/producer_consumer.py
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: setup build run test test-asan lint bench clean

setup:
	@bash scripts/setup.sh

$(RELEASE)/CMakeCache.txt: | setup
	cmake -S . -B $(RELEASE) $(GENERATOR) -DCMAKE_BUILD_TYPE=Release

build: setup $(RELEASE)/CMakeCache.txt
	cmake --build $(RELEASE) -j $(JOBS)

run: build
	@if [ -n "$$DISPLAY" ] && $(RELEASE)/interleave gui --help >/dev/null 2>&1; then \
	  $(RELEASE)/interleave gui $(SCENARIO); \
	else \
	  $(RELEASE)/interleave run $(SCENARIO) --timeline; \
	fi

test: build
	ctest --test-dir $(RELEASE) -j $(JOBS) --output-on-failure

$(ASAN)/CMakeCache.txt: | setup
	cmake -S . -B $(ASAN) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DINTERLEAVE_ASAN=ON -DINTERLEAVE_UBSAN=ON -DINTERLEAVE_BUILD_BENCH=OFF

test-asan: setup $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j $(JOBS)
	ctest --test-dir $(ASAN) -j $(JOBS) --output-on-failure

# clang-tidy (.clang-tidy) and cppcheck over engine/ and app/; fails on any finding.
lint: setup
	JOBS=$(JOBS) bash scripts/lint.sh

bench: build
	bash bench/lang_speed.sh $(RELEASE)/interleave
	$(RELEASE)/bench_scheduler --benchmark_min_time=0.2
	$(RELEASE)/bench_timeline --benchmark_min_time=0.2

clean:
	rm -rf build
