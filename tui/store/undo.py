"""Which events are in effect once ``undo`` events are honoured.

An ``undo`` names its ``target`` (the store always records one). An ``undo``
without a target, written by hand or by another tool, undoes the latest event
before it, by the same user, that is not an undo and not already undone.
Undoing an ``undo`` restores what it had undone (redo).
"""

from __future__ import annotations

from newsread.store.events import UNDO, Event


def latest_undoable(events: list[Event], user: str | None, undone: set[str]) -> Event | None:
    """The event a bare ``undo`` by ``user`` after ``events`` would undo."""
    for event in reversed(events):
        if event.type != UNDO and event.known and event.user == user and event.id not in undone:
            return event
    return None


def resolve_undo(events: list[Event]) -> tuple[set[str], list[tuple[Event, str]]]:
    """Ids of undone events, and the undo events that could not be applied (with why)."""
    position = {e.id: i for i, e in enumerate(events)}
    targets: dict[str, str] = {}  # undo id -> the id it names
    failed: list[tuple[Event, str]] = []
    provisional: set[str] = set()  # forward state, only to place bare undos
    for i, event in enumerate(events):
        if event.type != UNDO:
            continue
        target = event.get("target")
        if not target:
            found = latest_undoable(events[:i], event.user, provisional)
            if found is None:
                failed.append((event, "nothing left to undo"))
                continue
            target = found.id
        if target not in position or position[target] >= i:
            failed.append((event, f"undo target {target} not found before it"))
            continue
        targets[event.id] = target
        provisional.add(target)
        if target in targets:
            provisional.discard(targets[target])
    # Backwards: an undo is in effect unless a later undo in effect names it,
    # and every undo naming an event comes after that event.
    undone: set[str] = set()
    for event in reversed(events):
        if event.id in targets and event.id not in undone:
            undone.add(targets[event.id])
    return undone, failed
