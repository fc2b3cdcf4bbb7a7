"""The whole suite runs with the network blocked in-process (see conftest.no_network)."""

from __future__ import annotations

import socket

import pytest


def test_the_guard_blocks_the_network():
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_loopback_stays_usable():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.create_connection(srv.getsockname(), timeout=2)
    c.close()
    srv.close()
