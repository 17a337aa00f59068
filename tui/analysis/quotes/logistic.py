"""A small logistic model shipped as JSON beside this file: a bias, feature weights and a line.

Two parts of the quote engine decide with one: ``speech_filter`` (is a reported-speech candidate
speech?) and ``confidence`` (is a speaker right?). Each names its file and the key of its line
(a probability threshold for one, a logit shift for the other); the benchmarks' fit scripts
write the files.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Iterable


@dataclass(frozen=True)
class LogisticModel:
    bias: float
    line: float  # where the model's owner draws its line (the JSON key it names)
    weights: dict[str, float]

    def logit(self, features: Iterable[str]) -> float:
        """The bias plus the weight of every feature (an unknown feature weighs nothing)."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in features)


def sigmoid(z: float) -> float:
    """The logistic function, clamped so a large logit cannot overflow ``exp``."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=None)
def load(file_name: str, line_key: str) -> LogisticModel:
    """The model in package data ``file_name``, read once per process."""
    data = json.loads(resources.files(__package__).joinpath(file_name).read_text(encoding="utf-8"))
    weights = {k: float(w) for k, w in data["weights"].items()}
    return LogisticModel(float(data["bias"]), float(data[line_key]), weights)
