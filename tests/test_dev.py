"""`./dev serve` refuses a busy or malformed port at once, before installing or migrating."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from tests.conftest import REPO


def serve(*args: str, **env: str) -> subprocess.CompletedProcess:
    # A venv path that does not exist: had the script gone on to install, it would say so.
    environment = {**os.environ, "PYTHON": sys.executable, "VENV": "/nonexistent/venv", **env}
    return subprocess.run(
        [str(REPO / "dev"), "serve", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_busy_port_stops_serve_before_anything_is_installed_or_migrated():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = serve("--port", str(port))
    assert result.returncode == 1
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use" in result.stderr
    assert "--port N" in result.stderr
    assert "installing" not in result.stdout + result.stderr
    assert "migrat" not in result.stdout.lower()


def test_the_port_comes_from_PORT_when_no_option_gives_it():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = serve(PORT=str(port))
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr


def test_a_port_that_is_not_a_number_is_refused_naming_it():
    result = serve("--port", "eighty")
    assert result.returncode == 2
    assert "the port must be a number from 1 to 65535, not 'eighty'" in result.stderr


def test_an_unknown_option_is_refused_with_the_usage():
    result = serve("--demo-please")
    assert result.returncode == 2
    assert "unknown option for serve: --demo-please" in result.stderr
    assert "usage: ./dev serve [--port N] [--host ADDRESS] [--no-demo]" in result.stderr
