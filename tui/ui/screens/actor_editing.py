"""The reader's editors for whole actors: merge two, split one, relabel all its mentions.

A part of the annotation component (:class:`~newsread.ui.screens.annotating.Annotating`,
which owns one). The sidebar asks (``m``, ``S``, ``a`` on the highlighted actor post
:class:`ActorList.Edit`, which the reader hands on), the entity editor offers the same for
the actor of the mention under the cursor; the pickers here only choose, and
:class:`~newsread.ui.actor_annotations.ActorAnnotations` saves one event.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from newsread.analysis.model import ACTOR_LABELS
from newsread.ui.annotation_parts import LABELS, short
from newsread.ui.labels import plain_label
from newsread.ui.screens.annotate_dialog import Choice, Pick, PickerDialog

if TYPE_CHECKING:
    from newsread.ui.screens.annotating import Annotating

MERGE, SPLIT, ANNOTATE = "merge", "split", "annotate"
LABEL_CHOICE = "label:"  # + the label every mention of the actor takes


class ActorEditors:
    """Opens the actor editors and hands each choice to the annotator."""

    def __init__(self, annotating: Annotating) -> None:
        self.annotating = annotating

    @property
    def annotator(self):
        return self.annotating.annotator

    def _report(self, outcome) -> None:
        self.annotating.report(outcome)

    def _open(self, dialog: PickerDialog, answer, *args) -> None:
        self.annotating.host.app.push_screen(dialog, partial(answer, *args))

    def edit(self, actor_id: str, what: str) -> None:
        """Open the editor ``what`` (MERGE, SPLIT, ANNOTATE) for the actor ``actor_id``."""
        if not self.annotating.ready():
            return
        actor = self.annotator.actor(actor_id)
        if actor is None:
            self._report(self.annotator.refuse("that actor is no longer in the analysis"))
            return
        if what == MERGE:
            choices = [Choice(aid, name, detail) for aid, name, detail in self.annotator.merge_choices(actor)]
            dialog = PickerDialog(f"Merge {self.annotator.describe_actor(actor)} into which actor?",
                                  "The same person under another name: its mentions and quotes join the one you "
                                  "choose, which keeps its name.", choices, placeholder="type a name to filter")
            self._open(dialog, self._merge_chosen, actor.id)
        elif what == SPLIT:
            groups = self.annotator.split_groups(actor)
            if not groups:
                self._report(self.annotator.refuse(f"“{short(actor.name)}” has one mention: nothing to split off"))
                return
            choices = [Choice(g.key, g.title, g.detail) for g in groups]
            dialog = PickerDialog(f"Split from {self.annotator.describe_actor(actor)}: which mentions are someone else?",
                                  "They become a new actor, with the quotes they name the speaker of.", choices)
            self._open(dialog, self._split_chosen, actor.id, groups)
        else:
            self._open(self._actor_dialog(actor), self._actor_chosen, actor.id)

    def _actor_dialog(self, actor) -> PickerDialog:
        choices = [Choice(MERGE, "⇄ Merge into another actor… (m in the sidebar)", "the same person, another name")]
        if actor.mentions > 1:
            choices.append(Choice(SPLIT, "✂ Split some mentions off… (S in the sidebar)", "two people, one name"))
        for label, desc in LABELS.items():
            kind = "an actor" if label in ACTOR_LABELS else "no longer an actor"
            choices.append(Choice(LABEL_CHOICE + label, f"All its mentions are: {plain_label(label)}", f"{desc} · {kind}",
                                  current=label == actor.label))
        return PickerDialog(f"Actor {self.annotator.describe_actor(actor)}", "", choices)

    # -- the editors' answers ---------------------------------------------------
    def _actor_chosen(self, actor_id: str, pick: Pick | None) -> None:
        if pick is None:
            return
        if pick.key in (MERGE, SPLIT):
            self.edit(actor_id, pick.key)
        elif pick.key.startswith(LABEL_CHOICE):
            self._report(self.annotator.relabel_actor(actor_id, pick.key[len(LABEL_CHOICE):]))

    def _merge_chosen(self, actor_id: str, pick: Pick | None) -> None:
        if pick is None:
            return
        outcome = self.annotator.merge(actor_id, pick.key)
        self._report(outcome)
        if outcome.saved:
            self.annotating.host.highlight_actor(pick.key)  # the actor that stays

    def _split_chosen(self, actor_id: str, groups, pick: Pick | None) -> None:
        group = next((g for g in groups if pick is not None and g.key == pick.key), None)
        if group is not None:
            self._report(self.annotator.split(actor_id, group.spans))
