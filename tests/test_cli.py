"""The command line as a user runs it: exit codes, one-line errors, outputs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEED

pytestmark = pytest.mark.cli


def run(*args, cwd=None, env=None):
    e = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "seamap", *args], capture_output=True, text=True, cwd=cwd, env=e, timeout=120)


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("seamap ")


def test_layers_json_lists_layers_with_sources():
    r = run("layers", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    names = [d["name"] for d in data]
    for n in ("land", "disputed_islands", "seas", "adiz", "straits", "places"):
        assert n in names
    for d in data:
        assert {"name", "title", "path", "features", "license", "sources"} <= set(d)
        assert d["sources"] and d["features"] > 0


def test_layers_table():
    r = run("layers")
    assert r.returncode == 0 and "disputed_islands" in r.stdout and "sources:" in r.stdout


def test_brief_without_arguments_writes_outputs_briefing_html(tmp_path):
    r = run("brief", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "outputs" / "briefing.html"
    assert out.is_file() and out.stat().st_size > 100_000
    assert "Senkaku" in out.read_text(encoding="utf-8")


def test_brief_is_byte_identical_across_processes(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert run("brief", "-o", str(a), env={"PYTHONHASHSEED": "1"}).returncode == 0
    assert run("brief", "-o", str(b), env={"PYTHONHASHSEED": "987"}).returncode == 0
    assert hashlib.sha256(a.read_bytes()).hexdigest() == hashlib.sha256(b.read_bytes()).hexdigest()


def test_seed_brief_is_within_budget(tmp_path):
    if not SEED.is_file():
        pytest.skip("seed article not available")
    out = tmp_path / "seed.html"
    r = run("brief", str(SEED), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size <= 800_000
    assert "over its" not in r.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        (("brief", "no-such-article.txt"), "does not exist"),
        (("extract", "."), "is a directory"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path, args, message):
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("seamap: error:") and message in lines[0]
    assert "Traceback" not in r.stderr


def test_output_that_is_a_directory_is_refused_and_nothing_written(tmp_path):
    (tmp_path / "out").mkdir()
    r = run("brief", "-o", str(tmp_path / "out"))
    assert r.returncode == 1 and "is a directory" in r.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_brief_never_overwrites_its_input(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Ships passed the Tsugaru Strait.", encoding="utf-8")
    r = run("brief", str(art), "-o", str(art))
    assert r.returncode == 1 and "never overwrites its input" in r.stderr
    assert art.read_text(encoding="utf-8") == "Ships passed the Tsugaru Strait."


def test_usage_error_exits_2():
    assert run("layers", "--bogus").returncode == 2
    assert run().returncode == 2


def test_extract_json_on_seed():
    if not SEED.is_file():
        pytest.skip("seed article not available")
    r = run("extract", str(SEED), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["schema"] == "seamap.scenario/1"
    assert any(p["id"] == "sea_of_okhotsk" for p in d["places"])


def test_python_dash_m_and_console_script_agree():
    exe = os.path.join(os.path.dirname(sys.executable), "seamap")
    if not os.path.exists(exe):
        pytest.skip("console script not installed in this environment")
    r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert r.stdout == run("--version").stdout


def test_repo_has_no_machine_paths():
    r = subprocess.run(["git", "grep", "-nE", "(/wo" + "rk/|/tm" + "p/[a-z]|/ro" + "ot/)", "--", ":!*.lock"], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout == "", r.stdout


def test_unknown_tile_provider_is_one_line(tmp_path):
    r = run("brief", "--tiles", "NoSuch.Tiles", "-o", str(tmp_path / "x.html"))
    assert r.returncode == 1 and "Unknown tile provider 'NoSuch.Tiles'" in r.stderr
    assert not (tmp_path / "x.html").exists()


def test_naming_choice_is_validated():
    assert run("brief", "--naming", "fr").returncode == 2
