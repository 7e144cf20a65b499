# Installs, where missing, what CommitteeHub needs beyond the .NET SDK. Sourced by run.sh, test.sh and .ci/run.
# Debian and Ubuntu are handled (apt-get, as root or through sudo); elsewhere it says what to install.

apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "Please install these packages as root: $*" >&2; return 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Please install: $* (this script knows only apt-get)." >&2; return 1
    fi
    echo "Installing $* ..." >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

need_postgres() {
    if [ -n "${POSTGRES_BIN:-}" ] && [ -x "$POSTGRES_BIN/initdb" ]; then return 0; fi
    if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then return 0; fi
    apt_install postgresql
    # The Debian package starts a system-wide server; CommitteeHub runs a private cluster and needs no other.
    if command -v service >/dev/null 2>&1; then service postgresql stop >/dev/null 2>&1 || true; fi
}

need_chromium() {
    if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
    if [ -x /usr/bin/chromium ]; then return 0; fi
    apt_install chromium fonts-dejavu-core
}

# The tests check every PDF the app makes with two independent readers: qpdf (structure) and poppler (text).
need_pdf_tools() {
    if command -v qpdf >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then return 0; fi
    apt_install qpdf poppler-utils
}

# The tests open the Word files CommitteeHub writes in a real word processor (LibreOffice, converting to PDF).
need_word_processor() {
    if command -v soffice >/dev/null 2>&1; then return 0; fi
    apt_install libreoffice-writer-nogui
}
