# The README's two commands: `make run` and `make test`. Everything else is a helper for them.
JOBS      ?= $(shell nproc)
RELEASE   := build/release
ASAN      := build/asan
TSAN      := build/tsan
FUZZ      := build/fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := compile run schedule trace
# The tests that run more than one OS thread: the window's engine thread and its hand-off to
# the GUI thread (gui.live_run), and the explorer's parallel jobs (cli: Explore.jobs).
TSAN_TARGETS := test_gui_live_run test_cli test_runtime
TSAN_TESTS   := ^(gui[.]live_run[.]|cli[.]|runtime[.]native:)
# The default lesson: processes passing items through a bounded queue.
SCENARIO  ?= scenarios/producer_consumer.py
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: setup build run test test-asan test-tsan fuzz lint bench clean

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

# ThreadSanitizer, on the multi-threaded tests only (their targets alone build in minutes).
$(TSAN)/CMakeCache.txt: | setup
	cmake -S . -B $(TSAN) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DINTERLEAVE_TSAN=ON -DINTERLEAVE_BUILD_BENCH=OFF

test-tsan: setup $(TSAN)/CMakeCache.txt
	cmake --build $(TSAN) -j $(JOBS) --target $(TSAN_TARGETS)
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
	  ctest --test-dir $(TSAN) -j $(JOBS) --output-on-failure -R '$(TSAN_TESTS)'

# libFuzzer (clang): only the engine libraries the fuzz targets link are built
# (tests/fuzz/CMakeLists.txt); each target runs FUZZ_SECONDS (scripts/fuzz.sh).
$(FUZZ)/CMakeCache.txt: | setup
	cmake -S . -B $(FUZZ) $(GENERATOR) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DINTERLEAVE_FUZZ=ON -DINTERLEAVE_BUILD_APP=OFF -DINTERLEAVE_BUILD_TESTS=OFF -DINTERLEAVE_BUILD_BENCH=OFF

fuzz: setup $(FUZZ)/CMakeCache.txt
	cmake --build $(FUZZ) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	bash scripts/fuzz.sh $(FUZZ) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# clang-tidy (.clang-tidy) and cppcheck over engine/ and app/; fails on any finding.
lint: setup
	JOBS=$(JOBS) bash scripts/lint.sh

bench: build
	bash bench/lang_speed.sh $(RELEASE)/interleave
	$(RELEASE)/bench_scheduler --benchmark_min_time=0.2
	$(RELEASE)/bench_timeline --benchmark_min_time=0.2
	$(RELEASE)/bench_explore
	$(RELEASE)/bench_native_sync --benchmark_min_time=0.2
	$(RELEASE)/bench_native --benchmark_min_time=0.2
	$(RELEASE)/interleave run bench/native_processes_vs_threads.py --executor native
	$(RELEASE)/interleave run bench/native_processes_vs_threads.py --executor native --gil off

clean:
	rm -rf build
