"""Shared paths and fixtures. Inputs from shared/ are read in place, never copied."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FACTS = SHARED / "reference" / "northeast-asia-facts.yaml"
SEED = SHARED / "seed" / "russo-japanese-rapprochement.txt"
GEODATA = ROOT / "geodata"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def facts() -> dict:
    yaml = pytest.importorskip("yaml")
    if not FACTS.is_file():
        pytest.skip(f"fact sheet not found at {FACTS}")
    return yaml.safe_load(FACTS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Nothing in the test process may reach the network: seamap works offline.

    Loopback and Unix sockets stay allowed (the browser tests talk to their driver locally).
    """
    import socket

    real_connect = socket.socket.connect

    def guarded(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise OSError(f"network access blocked in tests: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: guarded(self, address) or 0)
    yield

