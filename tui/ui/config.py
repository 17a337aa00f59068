"""User configuration: ``$XDG_CONFIG_HOME/newsread/config.toml`` (keymap and theme).

```toml
theme = "textual-light"
mouse = false
send_only_changes = true
[keys]
"quote.next" = "right_square_bracket,l"
```
Pure Python (tomllib): a broken file yields the defaults plus messages for the
user, never an exception.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Config:
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> comma-separated keys
    theme: str | None = None
    mouse: bool = True  # false: no mouse reporting, the terminal keeps its text selection
    # false: write every frame as Textual renders it (newsread.ui.wire explains what true saves)
    send_only_changes: bool = True
    path: Path | None = None
    errors: list[str] = field(default_factory=list)


class _SafeMessages(list):
    """Config messages name the file and quote its keys: escapes in them are shown as text."""

    def append(self, message: str) -> None:
        from newsread.article.sanitize import display_path

        super().append(display_path(message))


def default_path() -> Path:
    """``$XDG_CONFIG_HOME/newsread/config.toml``, ``~/.config`` when the variable is unset."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsread" / "config.toml"


def load_config(
    path: Path | None = None, known_ids: set[str] | Callable[[], set[str]] | None = None
) -> Config:
    """Read the config; a missing file is the defaults, a broken one defaults plus errors.

    ``known_ids`` may be a function: it is called only when the file rebinds keys
    (listing the bindings imports every screen, too slow for each start).
    """
    path = path or default_path()
    config = Config(path=path)
    config.errors = _SafeMessages()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return config
    except (OSError, UnicodeDecodeError) as exc:
        config.errors.append(f"{path}: cannot read ({exc}); using the defaults")
        return config
    except tomllib.TOMLDecodeError as exc:
        config.errors.append(f"{path}: not valid TOML ({exc}); using the defaults")
        return config
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            config.theme = theme.strip()
        else:
            config.errors.append(f"{path}: theme must be a theme name (a string)")
    for name in ("mouse", "send_only_changes"):
        value = data.get(name, getattr(config, name))
        if isinstance(value, bool):
            setattr(config, name, value)
        else:
            config.errors.append(f"{path}: {name} must be true or false")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        config.errors.append(f"{path}: [keys] must be a table of binding id = \"key\"")
        keys = {}
    if keys and callable(known_ids):
        known_ids = known_ids()
    for binding_id, value in keys.items():
        if not isinstance(value, str) or not value.strip():
            config.errors.append(f"{path}: keys.{binding_id} must be a key string such as \"ctrl+n\"")
        elif known_ids is not None and binding_id not in known_ids:
            config.errors.append(f"{path}: keys.{binding_id}: no such binding (see ? for the ids)")
        else:
            config.keys[binding_id] = value.strip()
    unknown = sorted(set(data) - {"theme", "keys", "mouse", "send_only_changes"})
    if unknown:
        config.errors.append(f"{path}: unknown setting(s) {', '.join(unknown)} ignored")
    return config
