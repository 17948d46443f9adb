#!/usr/bin/env bash
# Sets StudyApp up in .venv, installing only what is missing, then starts it or runs its tests.
#   ./bootstrap.sh run [STUDYAPP ARGS...]    install what is missing, start the app
#   ./bootstrap.sh test [PYTEST ARGS...]     install what is missing, lint, run the whole suite
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
    run | test) ;;
    *) echo "usage: ./bootstrap.sh run [ARGS...] | ./bootstrap.sh test [PYTEST ARGS...]" >&2; exit 2 ;;
esac

# Shared libraries Qt's xcb platform plugin loads, each with the Debian package that ships it.
QT_LIBS="libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon-x11.so.0:libxkbcommon-x11-0
libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3"

missing_system_packages() {
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "StudyApp needs Python 3.11 or newer as python3." >&2
        exit 1
    fi
    python3 -c 'import ensurepip, venv' 2>/dev/null || echo python3-venv
    local known
    known=$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null || true)
    for pair in $QT_LIBS; do
        grep -q "${pair%%:*}" <<<"$known" || echo "${pair#*:}"
    done
}

install_system_packages() {
    local packages
    packages=$(missing_system_packages | tr '\n' ' ')
    [ -z "${packages// /}" ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing system packages: $packages"
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    else
        echo "StudyApp needs these system packages first. Run:" >&2
        echo "    sudo apt-get install $packages" >&2
        exit 1
    fi
}

install_python_packages() {
    local extras=$1 stamp=.venv/.install-stamp hash have_hash="" have_extras=""
    [ -x .venv/bin/python ] || python3 -m venv .venv
    hash=$(sha256sum pyproject.toml | cut -c1-64)
    [ -f "$stamp" ] && read -r have_hash have_extras <"$stamp"
    # Reinstall only when pyproject.toml changed, or the test tools are wanted and missing.
    if [ "$have_hash" != "$hash" ] || { [ -n "$extras" ] && [ "$have_extras" != "$extras" ]; }; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".$extras"
        echo "$hash $extras" >"$stamp"
    fi
}

install_system_packages
if [ "$mode" = run ]; then
    install_python_packages ""
    exec .venv/bin/studyapp "$@"
fi
install_python_packages "[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
exec .venv/bin/pytest "$@"
