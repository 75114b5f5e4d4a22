# Build and install pace with its man page and shell completions.
#
#   make install                      into /usr/local (PREFIX=~/.local for your own account)
#   make install PREFIX=/opt/pace DESTDIR=/tmp/pkg   staged, for a package
#   make uninstall PREFIX=…           removes exactly what install put there
#
# The man page comes from swift-argument-parser's generate-manual plugin and the
# completions from `pace --generate-completion-script`, so both always match the
# command definitions. Nothing here needs the network once the packages are resolved.

PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
SWIFT ?= swift
# Extra flags for every swift command, e.g. --scratch-path DIR.
SWIFTPM_FLAGS ?=
# STATIC=--static-swift-stdlib links the Swift runtime into pace, for machines without
# a Swift toolchain. Off by default: the man page plugin builds without it, so the
# release build would be compiled twice.
STATIC ?=

BIN_DIR = $(shell $(SWIFT) build $(SWIFTPM_FLAGS) -c $(CONFIGURATION) --show-bin-path)
SCRATCH = $(BIN_DIR)/../..
STAGE = $(BIN_DIR)/pace-install

bindir = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall

all: build man completions

build:
	$(SWIFT) build $(SWIFTPM_FLAGS) -c $(CONFIGURATION) --product pace

# The plugin writes one page for the whole command tree. mdoc reads an empty line as a
# mistake, so the blank lines between paragraphs of the help become paragraph breaks.
man: build
	$(SWIFT) package $(SWIFTPM_FLAGS) generate-manual --configuration $(CONFIGURATION)
	mkdir -p "$(STAGE)"
	sed 's/^$$/.Pp/' "$(SCRATCH)/plugins/GenerateManual/outputs/pace/pace.1" > "$(STAGE)/pace.1"

completions: build
	mkdir -p "$(STAGE)"
	"$(BIN_DIR)/pace" --generate-completion-script bash > "$(STAGE)/pace.bash"
	"$(BIN_DIR)/pace" --generate-completion-script zsh > "$(STAGE)/_pace"
	"$(BIN_DIR)/pace" --generate-completion-script fish > "$(STAGE)/pace.fish"

install: man completions
	$(SWIFT) build $(SWIFTPM_FLAGS) -c $(CONFIGURATION) --product pace $(STATIC)
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 0755 "$(BIN_DIR)/pace" "$(bindir)/pace"
	install -m 0644 "$(STAGE)/pace.1" "$(man1dir)/pace.1"
	install -m 0644 "$(STAGE)/pace.bash" "$(bashdir)/pace"
	install -m 0644 "$(STAGE)/_pace" "$(zshdir)/_pace"
	install -m 0644 "$(STAGE)/pace.fish" "$(fishdir)/pace.fish"

uninstall:
	rm -f "$(bindir)/pace" "$(man1dir)/pace.1" "$(bashdir)/pace" "$(zshdir)/_pace" "$(fishdir)/pace.fish"
