# Runway — the two commands of the quick start are `make run` and `make test`.
SWIFT ?= swift
EXPERIMENT ?= experiments/launch-day.yaml
RELEASE_FLAGS = -c release
# Tests run optimised: the validation tests simulate millions of customers.
TEST_FLAGS = -c release -Xswiftc -enable-testing

# `make install` copies a build made with these flags; `make test` passes its own so that
# its build is reused, not redone.
INSTALL_BUILD_FLAGS ?= $(RELEASE_FLAGS)
PREFIX ?= /usr/local
DESTDIR ?=
BIN_DIR = $(DESTDIR)$(PREFIX)/bin
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# Where swift-argument-parser's generate-manual plugin writes the page.
MANUAL = .build/plugins/GenerateManual/outputs/runway/runway.1

.PHONY: deps build run test test-faults test-slurm bench fuzz baselines clean manual install uninstall doc-coverage

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
	python3 scripts/doc-coverage.py --self-test
	$(DOC_COVERAGE)
	.build/release/coffee-cart-example Examples/CoffeeCart/coffee.yaml
	bash scripts/report-browser-test.sh
	bash scripts/analyst-test.sh
	.build/release/runway fuzz-loader --seconds 10
	@for f in experiments/ci/*.yaml; do .build/release/runway check $$f --junit .build/check-$$(basename $$f .yaml).xml || exit 1; done
	bash scripts/exit-status-test.sh
	INSTALL_BUILD_FLAGS='$(TEST_FLAGS)' bash scripts/install-test.sh
	bash scripts/fault-test.sh

# Every public declaration has a `///` comment (issue 11).
DOC_COVERAGE = python3 scripts/doc-coverage.py Sources
doc-coverage:
	python3 scripts/doc-coverage.py --self-test
	$(DOC_COVERAGE)

# Kill runs at every crash point, fill a disk, signal a hung run, feed hostile
# inputs (about 15 s; part of `make test`). Reuses `make test`'s build when there is one.
test-faults: deps
	$(SWIFT) build $(TEST_FLAGS)
	bash scripts/fault-test.sh

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

# The man page, made from the commands' own help by swift-argument-parser's
# generate-manual plugin, dated by the last commit so that it is reproducible.
manual: deps
	$(SWIFT) build $(INSTALL_BUILD_FLAGS) --product runway
	$(SWIFT) package $(INSTALL_BUILD_FLAGS) generate-manual --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)"

# The binary, the man page and bash, zsh and fish completions under $(DESTDIR)$(PREFIX).
install: manual
	install -d "$(BIN_DIR)" "$(MAN_DIR)" "$(BASH_COMPLETION_DIR)" "$(ZSH_COMPLETION_DIR)" "$(FISH_COMPLETION_DIR)"
	install -m 755 "$$($(SWIFT) build $(INSTALL_BUILD_FLAGS) --show-bin-path)/runway" "$(BIN_DIR)/runway"
	install -m 644 $(MANUAL) "$(MAN_DIR)/runway.1"
	"$(BIN_DIR)/runway" --generate-completion-script bash > "$(BASH_COMPLETION_DIR)/runway"
	"$(BIN_DIR)/runway" --generate-completion-script zsh > "$(ZSH_COMPLETION_DIR)/_runway"
	"$(BIN_DIR)/runway" --generate-completion-script fish > "$(FISH_COMPLETION_DIR)/runway.fish"

# Removes exactly what `make install` installed (same PREFIX and DESTDIR).
uninstall:
	rm -f "$(BIN_DIR)/runway" "$(MAN_DIR)/runway.1" "$(BASH_COMPLETION_DIR)/runway" \
	  "$(ZSH_COMPLETION_DIR)/_runway" "$(FISH_COMPLETION_DIR)/runway.fish"

clean:
	rm -rf .build
