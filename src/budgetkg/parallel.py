"""Worker processes for the stages that use every core (build, export): a pool whose
workers exit with their parent, and an ordered map over it that keeps only a few tasks
per worker in flight, so memory stays flat however many tasks there are."""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

__all__ = ["ordered_map", "worker_pool"]

R = TypeVar("R")


def worker_pool(workers: int, initializer: Callable[..., None] | None = None,
                initargs: tuple = ()) -> ProcessPoolExecutor:
    """A process pool whose workers run ``initializer(*initargs)`` first and exit within
    a second of their parent, however the parent ends."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_start,
                               initargs=(os.getpid(), initializer, initargs))


def ordered_map(pool: ProcessPoolExecutor, function: Callable[..., R],
                tasks: Iterable[tuple], *, ahead: int) -> Iterator[R]:
    """``function(*task)`` for each task, in the order of ``tasks``. At most ``ahead``
    tasks are submitted before their results are taken (``Executor.map`` submits them all
    and would queue every result in memory while the caller catches up)."""
    tasks = iter(tasks)
    pending = deque(pool.submit(function, *task) for task in islice(tasks, ahead))
    while pending:
        result = pending.popleft().result()
        pending.extend(pool.submit(function, *task) for task in islice(tasks, 1))
        yield result


def _start(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """Start a worker with a watch on its parent. Workers wait for work on a pipe that
    their siblings also hold open, so a parent killed outright (SIGKILL, the OOM killer)
    would leave them waiting for ever; this way they exit within a second of it."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="budgetkg-parent-watch", daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
