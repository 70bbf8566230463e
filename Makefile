# Runway — the two commands of the quick start are `make run` and `make test`.
SWIFT ?= swift
EXPERIMENT ?= experiments/launch-day.yaml
RELEASE_FLAGS = -c release
# Tests run optimised: the validation tests simulate millions of customers.
TEST_FLAGS = -c release -Xswiftc -enable-testing

.PHONY: deps build run test test-slurm bench fuzz baselines clean

# GSL from Debian when pkg-config cannot find it.
deps:
	@pkg-config --exists gsl 2>/dev/null || { \
	  echo "installing libgsl-dev and pkg-config with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgsl-dev pkg-config; }

build: deps
	$(SWIFT) build $(RELEASE_FLAGS)

run: build
	$(SWIFT) run $(RELEASE_FLAGS) runway run $(EXPERIMENT) --force

test: deps
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	$(SWIFT) test $(TEST_FLAGS) --skip-build
	bash scripts/report-browser-test.sh
	.build/release/runway fuzz-loader --seconds 10
	@for f in experiments/ci/*.yaml; do .build/release/runway check $$f --junit .build/check-$$(basename $$f .yaml).xml || exit 1; done

# A real one-node Slurm cluster runs a sweep as a job array; merged results must equal the whole run.
# Reuses `make test`'s build when there is one.
test-slurm: deps
	$(SWIFT) build $(TEST_FLAGS)
	bash scripts/slurm-test.sh

# After a deliberate change of model behaviour: store new CI baselines (commit them).
baselines: build
	@for f in experiments/ci/*.yaml; do .build/release/runway baseline $$f || exit 1; done

# The loader under random and mutated input for a minute (CI runs 10 s of it in `make test`).
fuzz: build
	.build/release/runway fuzz-loader --seconds 60

bench: build
	$(SWIFT) run $(RELEASE_FLAGS) runway bench

clean:
	rm -rf .build
