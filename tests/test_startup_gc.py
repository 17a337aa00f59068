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


# -- the real app (headless, the same run_async the CLI's app.run goes through) --------------
class _Frames:
    """Counts the frames an app drew (Textual calls post_display_hook after each)."""

    def __init__(self) -> None:
        self.count = 0
        self.collector_on_at_start: bool | None = None  # while the first screen was being built


def _app(seed_article, frames: _Frames, *, fail: BaseException | None = None, quit_first: bool = False):
    from newsread.ui.app import NewsreadApp

    class Observed(NewsreadApp):
        def on_load(self) -> None:
            if quit_first:
                self.exit(7)  # q before anything was drawn

        def get_default_screen(self):
            frames.collector_on_at_start = gc.isenabled()
            if fail is not None:
                raise fail  # the reader's first screen failed to build
            return super().get_default_screen()

        def post_display_hook(self) -> None:
            frames.count += 1
            super().post_display_hook()

    return Observed([seed_article], use_cache=False)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_app_quitting_before_its_first_frame_turns_the_collector_back_on(seed_article, anyio_backend):
    frames = _Frames()
    app = _app(seed_article, frames, quit_first=True)
    startup_gc.pause()  # as the CLI does before its imports
    assert await app.run_async(headless=True) == 7
    assert frames.count == 0
    assert gc.isenabled()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_app_failing_before_its_first_frame_turns_the_collector_back_on(seed_article, anyio_backend):
    frames = _Frames()
    app = _app(seed_article, frames, fail=RuntimeError("boom"))
    await app.run_async(headless=True)  # no CLI around it: the app pauses the collector itself
    assert frames.collector_on_at_start is False
    assert app.return_code == 1 and frames.count == 0
    assert gc.isenabled()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_ctrl_c_before_the_first_frame_turns_the_collector_back_on(seed_article, anyio_backend):
    frames = _Frames()
    app = _app(seed_article, frames, fail=KeyboardInterrupt())
    startup_gc.pause()  # as the CLI does before its imports
    with pytest.raises(KeyboardInterrupt):
        await app.run_async(headless=True)
    assert frames.count == 0 and frames.collector_on_at_start is False
    assert gc.isenabled()
