"""Start Prefect's embedded API server early, so its start-up overlaps ours.

Without ``PREFECT_API_URL`` Prefect starts a temporary API server in a
subprocess on the first flow call and blocks until it answers (~11 s on the
2-core target machine: mostly importing ``prefect.server``). We start the very
same server (the same uvicorn factory and ``PREFECT__SERVER_EPHEMERAL`` mode
Prefect's ``SubprocessASGIServer`` uses) before this process has even imported
Prefect, point ``PREFECT_API_URL`` at it, and wait for it only when the flow is
about to run: imports, source discovery and worker start-up happen meanwhile.

Nothing is started when ``PREFECT_API_URL`` is already set (a real server).
The server dies with this process (atexit, and PR_SET_PDEATHSIG on Linux so a
killed CLI does not leave it behind).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

STARTUP_TIMEOUT_S = 60.0
EXIT_PORT_IN_USE = 3  # uvicorn's exit code when the port is taken


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """Runs in the child before exec: ask Linux to SIGTERM it when the CLI dies."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


class EmbeddedAPI:
    """A Prefect API server subprocess for this run only."""

    def __init__(self, *, ephemeral: bool = True) -> None:
        # ephemeral: no scheduler or other background services (a one-shot refresh).
        # Not ephemeral: the full set of services, e.g. the scheduler `serve` needs.
        self.ephemeral = ephemeral
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        # Lives as long as the server: its output, shown only if it fails to start.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> EmbeddedAPI:
        self.port = _free_port()
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_FINAL": "1"}
        if self.ephemeral:
            env["PREFECT__SERVER_EPHEMERAL"] = "1"
        env.pop("PREFECT_API_URL", None)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(Path(__file__).resolve().parent.parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
        )
        os.environ["PREFECT_API_URL"] = self.api_url
        atexit.register(self.stop)
        return self

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        """Block until the server answers /health; restart once on a port clash."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == EXIT_PORT_IN_USE:
                self.start()  # someone took the port between bind and listen
                continue
            if code is not None:
                raise RuntimeError(f"Prefect API server exited ({code}): {self._output()}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=1) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"Prefect API server did not start in {timeout:.0f} s")

    def _output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-2000:]

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


_current: EmbeddedAPI | None = None


def configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile, if any."""
    if url := os.environ.get("PREFECT_API_URL"):
        return url
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")).expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml")).expanduser()
    try:
        import tomllib

        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active", "ephemeral")
    url = profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(url) if url else None


def start_embedded_api(*, ephemeral: bool = True) -> EmbeddedAPI | None:
    """Start the server unless PREFECT_API_URL names one. Call before importing prefect."""
    global _current
    if _current is not None or configured_api_url():
        return _current
    _current = EmbeddedAPI(ephemeral=ephemeral).start()
    return _current


def wait_embedded_api(timeout: float = STARTUP_TIMEOUT_S) -> None:
    """Wait for the server started by start_embedded_api (no-op when none was)."""
    if _current is not None:
        _current.wait_ready(timeout)
