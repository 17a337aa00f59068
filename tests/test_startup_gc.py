"""The reader pauses the garbage collector for its start and restores it however it ends (#13)."""

from __future__ import annotations

import gc

import pytest

from newsread import cli, startup_gc


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_an_error_before_any_frame_leaves_the_collector_on(tmp_path, capsys):
    assert cli.main([str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert gc.isenabled()


def test_where_returns_without_a_frame_and_the_collector_is_on(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["--where"]) == 0
    assert gc.isenabled()


def test_a_crash_inside_the_paused_block_restores_the_collector():
    with pytest.raises(RuntimeError):
        with startup_gc.paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_the_host_turned_off_stays_off():
    gc.disable()
    with startup_gc.paused():
        pass
    startup_gc.resume()
    assert not gc.isenabled()


def test_the_first_frame_resumes_it_once():
    startup_gc.pause()
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled()
    gc.disable()
    startup_gc.resume()  # a second frame does not touch what the host chose since
    assert not gc.isenabled()
