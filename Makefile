# make report: install what is missing, then build the default fact sheet (out/kyrgyzstan/en/).
# make test:   install what is missing, then type-check and run the tests.
.DEFAULT_GOAL := report
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

FACTSHEET := node bin/factsheet.mjs
STAMP := node_modules/.deps-stamp
APT_INSTALL := DEBIAN_FRONTEND=noninteractive apt-get install -y -q
CAN_APT := [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null

.PHONY: report test check clean deps browser fonts pdf-tools java bench

report: deps
	$(FACTSHEET) build

# The last line is the plain "N passed, N failed" that CI logs are read for.
test: deps pdf-tools java
	npx tsc -p tsconfig.json
	@mkdir -p out
	@status=0; npx vitest run --reporter=default --reporter=json --outputFile.json=out/test-results.json || status=$$?; \
	node -e 'const r = JSON.parse(require("fs").readFileSync("out/test-results.json", "utf8")); console.log(`$${r.numPassedTests} passed, $${r.numFailedTests} failed` + (r.numPendingTests ? `, $${r.numPendingTests} skipped` : ""))'; \
	exit $$status

check: deps
	$(FACTSHEET) check

clean:
	rm -rf out

# Numbers, not assertions: each script prints what it measured.
bench: deps
	npx tsx bench/all.ts

deps: $(STAMP) browser fonts

# npm ci only when the lock file (or package.json) changed since the last install.
$(STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund
	touch $@

# A browser for the PDFs: the one the CLI finds (PUPPETEER_EXECUTABLE_PATH, system paths, puppeteer's
# cache); if there is none and we are root on Debian/Ubuntu, Debian's chromium.
browser: $(STAMP)
	@if ! found=$$($(FACTSHEET) browser 2>/dev/null); then \
	  if $(CAN_APT); then \
	    echo "make: no browser found; installing Debian's chromium and fonts-noto-core"; \
	    apt-get update -q && $(APT_INSTALL) chromium fonts-noto-core; \
	    found=$$($(FACTSHEET) browser); \
	  else \
	    echo "make: no Chrome or Chromium found, and this is not root on a system with apt-get." >&2; \
	    echo "  Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-core)," >&2; \
	    echo "  or set PUPPETEER_EXECUTABLE_PATH=/path/to/chrome, then run make again." >&2; \
	    exit 2; \
	  fi; \
	fi; \
	echo "make: browser $$found"

# Noto Sans holds Latin and Cyrillic (Kyrgyz ң ө ү included); without it the PDF falls back to whatever is there.
fonts:
	@if [ "$$(fc-match -f '%{family[0]}' 'Noto Sans' 2>/dev/null)" != "Noto Sans" ]; then \
	  if $(CAN_APT); then apt-get update -q && $(APT_INSTALL) fonts-noto-core fontconfig; \
	  else echo "make: warning: Noto Sans is not installed (Debian/Ubuntu: sudo apt-get install fonts-noto-core); PDFs will use another font" >&2; fi; \
	fi

# The tests validate the HTML with the Nu Html Checker (vnu-jar), which runs on Java.
java:
	@if ! command -v java >/dev/null; then \
	  if $(CAN_APT); then apt-get update -q && $(APT_INSTALL) default-jre-headless; \
	  else echo "make: the tests need Java for the HTML checker: sudo apt-get install default-jre-headless" >&2; exit 2; fi; \
	fi

# The tests read the PDFs with poppler's pdfinfo and pdftotext.
pdf-tools:
	@if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then \
	  if $(CAN_APT); then apt-get update -q && $(APT_INSTALL) poppler-utils; \
	  else echo "make: the tests need poppler-utils (pdfinfo, pdftotext): sudo apt-get install poppler-utils" >&2; exit 2; fi; \
	fi
