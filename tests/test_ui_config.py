"""Config file: keymap and theme from TOML; broken files give messages and defaults."""

from __future__ import annotations

from newsread.ui.config import default_path, load_config
from newsread.ui.keymap import binding_ids


def test_missing_file_is_defaults(tmp_path):
    config = load_config(tmp_path / "nope.toml")
    assert config.keys == {} and config.theme is None and config.errors == []


def test_keys_and_theme(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\nmouse = false\n[keys]\n"quote.next" = "l"\n', encoding="utf-8")
    config = load_config(path, known_ids=binding_ids())
    assert config.keys == {"quote.next": "l"} and config.theme == "textual-light" and not config.errors
    assert config.mouse is False


def test_broken_toml_gives_one_clear_message(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[keys\nquote.next = ", encoding="utf-8")
    config = load_config(path)
    assert config.keys == {} and len(config.errors) == 1
    assert "not valid TOML" in config.errors[0] and str(path) in config.errors[0]


def test_bad_values_are_reported_and_skipped(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = 3\nfoo = 1\n[keys]\n"quote.next" = 5\n"no.such" = "x"\n"entity.next" = "e"\n', encoding="utf-8")
    config = load_config(path, known_ids=binding_ids())
    assert config.keys == {"entity.next": "e"}
    joined = "\n".join(config.errors)
    assert "theme" in joined and "quote.next" in joined and "no.such" in joined and "foo" in joined


def test_xdg_config_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_path() == tmp_path / "newsread" / "config.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert default_path().parts[-3:] == (".config", "newsread", "config.toml")


def test_every_reader_binding_has_an_id():
    from newsread.ui.keymap import catalogue

    for _, bindings in catalogue():
        assert all(b.id for b in bindings)
    assert {"quote.next", "quote.previous", "quote.speaker", "jump.back", "entity.next", "entity.previous",
            "search.start", "search.next", "search.previous", "focus.clear", "sidebar.toggle", "app.help",
            "app.quit", "scroll.down", "scroll.up", "scroll.top", "scroll.bottom"} <= binding_ids()


def test_send_only_changes_chooses_the_driver(tmp_path):
    from textual.drivers.linux_driver import LinuxDriver

    from newsread.article import load_article
    from newsread.ui.app import NewsreadApp
    from conftest import SEED

    article = load_article(str(SEED))
    on, off, bad = (tmp_path / name for name in ("on.toml", "off.toml", "bad.toml"))
    on.write_text("", encoding="utf-8")
    off.write_text("send_only_changes = false\n", encoding="utf-8")
    bad.write_text('send_only_changes = "yes"\n', encoding="utf-8")
    lean = NewsreadApp([article], config_path=on).driver_class
    assert issubclass(lean, LinuxDriver) and lean is not LinuxDriver and hasattr(lean, "redraw")
    assert NewsreadApp([article], config_path=off).driver_class is LinuxDriver
    config = load_config(bad)
    assert config.send_only_changes is True
    assert any("send_only_changes must be true or false" in e for e in config.errors)
