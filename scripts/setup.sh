# Installs whatever casevoice's build and tests need and is missing, at pinned
# versions, then puts the tools on PATH. Sourced by scripts/serve and scripts/test;
# safe to run again: every step checks first and skips what is already in place.

TRUNK_VERSION="0.21.14" # 0.22 needs a newer rustc than the machines have
CARGO_DENY_VERSION="0.20.2" # needs rustc 1.88 or newer; builds with the machines' 1.95
# Fuzzing (scripts/fuzz, the fuzz tier): cargo-fuzz needs a nightly toolchain,
# pinned by date so a fresh machine gets the same one.
FUZZ_TOOLCHAIN="nightly-2026-05-20"
CARGO_FUZZ_VERSION="0.13.2"
# Firefox's WebDriver server, from crates.io (Mozilla publishes it there).
GECKODRIVER_VERSION="0.37.1"
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NPM_DIR="$PROJECT_ROOT/tests/e2e"

say() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nsetup failed: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

export PATH="$HOME/.cargo/bin:$NPM_DIR/node_modules/.bin:$PATH"

setup_rust() {
  command -v cargo >/dev/null || fail "cargo is not installed; install Rust with rustup first"
  say "Rust: $(rustc --version)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown || fail "could not add the wasm32 target"
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "Adding rustup component $component"
      rustup component add "$component" || fail "could not add $component"
    fi
  done
}

setup_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION is installed"
  else
    say "Installing trunk $TRUNK_VERSION (compiles from crates.io; about 15 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION" || fail "could not install trunk"
  fi
}

# The dependency audit (scripts/test audit, deny.toml).
setup_cargo_deny() {
  if [ "$(cargo deny --version 2>/dev/null)" = "cargo-deny $CARGO_DENY_VERSION" ]; then
    say "cargo-deny $CARGO_DENY_VERSION is installed"
  else
    say "Installing cargo-deny $CARGO_DENY_VERSION (compiles from crates.io; a few minutes on 2 cores)"
    cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION" || fail "could not install cargo-deny"
  fi
}

# Fuzzing: the pinned nightly (minimal profile: rustc, cargo, the standard
# library) and cargo-fuzz. Not fatal: where rustup's server or crates.io cannot
# be reached, the fuzz tier says so and fuzzes nothing.
fuzz_tools_present() {
  rustup toolchain list 2>/dev/null | grep -q "^$FUZZ_TOOLCHAIN" &&
    [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]
}

setup_fuzz() {
  if rustup toolchain list 2>/dev/null | grep -q "^$FUZZ_TOOLCHAIN"; then
    say "Rust $FUZZ_TOOLCHAIN is installed (for fuzzing)"
  else
    say "Installing Rust $FUZZ_TOOLCHAIN, minimal profile (for fuzzing; about a minute)"
    rustup toolchain install "$FUZZ_TOOLCHAIN" --profile minimal \
      || echo "could not install $FUZZ_TOOLCHAIN: the fuzz tier will fuzz nothing"
  fi
  if [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "cargo-fuzz $CARGO_FUZZ_VERSION is installed"
  else
    say "Installing cargo-fuzz $CARGO_FUZZ_VERSION (compiles from crates.io; a few minutes on 2 cores)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION" \
      || echo "could not install cargo-fuzz: the fuzz tier will fuzz nothing"
  fi
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
setup_wasm_bindgen() {
  local wanted
  wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$PROJECT_ROOT/Cargo.lock")
  [ -n "$wanted" ] || fail "no wasm-bindgen version in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wanted" ] && command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli $wanted is installed"
  else
    say "Installing wasm-bindgen-cli $wanted (about 6 minutes)"
    cargo install --force wasm-bindgen-cli --version "$wanted" || fail "could not install wasm-bindgen-cli $wanted"
  fi
}

setup_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "Chromium and ChromeDriver are installed: $(/usr/bin/chromium --version 2>/dev/null)"
  else
    say "Installing Debian's chromium and chromium-driver"
    as_root apt-get update || fail "apt-get update failed"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver \
      || fail "could not install chromium"
  fi
  # Child screens show feelings and activities as emoji; without a colour emoji
  # font the headless screenshots show empty boxes where a tablet shows faces.
  if [ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
    say "The colour emoji font is installed"
  else
    say "Installing Debian's fonts-noto-color-emoji"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-color-emoji \
      || fail "could not install fonts-noto-color-emoji"
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}

# Installs Debian packages that are missing, with one apt-get update per run.
APT_UPDATED=""
apt_install() { # package...
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update || fail "apt-get update failed"
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" || fail "could not install $*"
  as_root apt-get clean
}

# Firefox (the browser-firefox and e2e-firefox tiers): Debian's firefox-esr and
# geckodriver. GECKODRIVER is not exported: wasm-bindgen-test-runner would pick
# it before CHROMEDRIVER for the Chromium tier; the Firefox tiers set it.
setup_firefox() {
  if [ -x /usr/bin/firefox-esr ]; then
    say "Firefox is installed: $(/usr/bin/firefox-esr --version 2>/dev/null)"
  else
    say "Installing Debian's firefox-esr"
    apt_install firefox-esr
  fi
  GECKODRIVER_BIN="$HOME/.cargo/bin/geckodriver"
  if [ "$("$GECKODRIVER_BIN" --version 2>/dev/null | head -1)" = "geckodriver $GECKODRIVER_VERSION" ]; then
    say "geckodriver $GECKODRIVER_VERSION is installed"
  else
    say "Installing geckodriver $GECKODRIVER_VERSION (compiles from crates.io; a few minutes on 2 cores)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" || fail "could not install geckodriver"
  fi
}

# WebKit (the browser-webkit and e2e-webkit tiers): WebKitGTK's WebKitWebDriver,
# which drives its MiniBrowser, and Xvfb, since MiniBrowser needs a display.
setup_webkit() {
  local missing=()
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  if [ ${#missing[@]} -eq 0 ]; then
    say "WebKitGTK's WebDriver and Xvfb are installed: $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null)"
  else
    say "Installing Debian's ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

# Installs the npm tools (wasm-opt, Playwright, axe-core) exactly as package-lock.json
# pins them, again only when the lock file changed since the last install.
setup_npm() {
  command -v npm >/dev/null || fail "npm is not installed; install Node.js 20 first"
  local stamp="$NPM_DIR/node_modules/.casevoice-lock"
  local lock_sum
  lock_sum=$(sha256sum "$NPM_DIR/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
    say "npm tools are installed: wasm-opt $(wasm-opt --version | cut -d' ' -f3), Playwright $(cd "$NPM_DIR" && npx --no-install playwright --version | cut -d' ' -f2)"
  else
    say "Installing npm tools from tests/e2e/package-lock.json (no browser downloads)"
    (cd "$NPM_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) \
      || fail "npm ci failed"
    echo "$lock_sum" >"$stamp"
  fi
}

# Trunk runs cargo offline, so every crate must be downloaded beforehand.
setup_crates() {
  say "Fetching crates for both targets (quick when already present)"
  (cd "$PROJECT_ROOT" && cargo fetch --locked) || fail "cargo fetch failed"
}

# Encrypted export: the end-to-end tests decrypt the app's JWE with jwcrypto, an
# implementation independent of the app, from a project-local venv pinned by
# tests/e2e/requirements.txt (reinstalled only when that file changes).
setup_python() {
  local venv="$PROJECT_ROOT/target/pyenv" requirements="$NPM_DIR/requirements.txt"
  local stamp="$PROJECT_ROOT/target/pyenv/.casevoice-requirements" sum python=python3
  sum=$(sha256sum "$requirements" | cut -d' ' -f1)
  # Debian's own python3, where there is one: its venv module is the one apt installs.
  [ -x /usr/bin/python3 ] && python=/usr/bin/python3
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] && [ -x "$venv/bin/python" ]; then
    say "jwcrypto is installed: $("$venv/bin/python" -c 'import jwcrypto; print(jwcrypto.__version__)' 2>/dev/null)"
  else
    if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
      say "Installing Debian's python3-venv"
      as_root apt-get update || fail "apt-get update failed"
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv \
        || fail "could not install python3-venv"
    fi
    say "Installing jwcrypto into target/pyenv from tests/e2e/requirements.txt"
    rm -rf "$venv"
    "$python" -m venv "$venv" || fail "could not make a Python venv"
    "$venv/bin/pip" install --disable-pip-version-check -q -r "$requirements" \
      || fail "could not install jwcrypto"
    echo "$sum" >"$stamp"
  fi
  export CASEVOICE_PYTHON="$venv/bin/python"
}

setup_all() {
  setup_rust
  setup_trunk
  setup_wasm_bindgen
  setup_cargo_deny
  setup_fuzz
  setup_chromium
  setup_firefox
  setup_webkit
  setup_npm
  setup_python
  setup_crates
  say "Set-up complete"
}
