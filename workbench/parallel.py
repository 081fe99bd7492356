"""Running a pure function over batches of work: in this process, on local processes, or on Dask.

``run_batches(function, batches, engine=...)`` yields each batch's result as soon as it is
ready (in completion order). The function and its arguments must be picklable (a module-level
function and plain data), since other processes, possibly on other machines, run it.

- ``"local"``: a pool of worker processes on this machine (``workers`` of them, default one
  per core), started by a fork server that has imported ``preload`` once; ``initializer`` runs
  once in each worker process, e.g. to load the spaCy model. One worker, or one batch, runs
  in this process instead (without ``initializer``). As with any process pool, a script must make its calls under
  ``if __name__ == "__main__":`` (notebooks and the CLI need nothing).
- ``"dask"``: a Dask ``distributed`` cluster: the scheduler at ``scheduler`` (``tcp://host:8786``)
  or, without one, a ``LocalCluster`` of ``workers`` single-threaded processes started for the run.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager, suppress
from functools import partial
from typing import Any, Literal, TypeVar

from .errors import WorkbenchError

T = TypeVar("T")
R = TypeVar("R")
Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run_batches(
    function: Callable[[T], R],
    batches: Sequence[T],
    *,
    engine: Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    initializer: Callable[[], Any] | None = None,
    preload: Sequence[str] = (),
) -> Generator[R, None, None]:
    """``function(batch)`` for every batch, yielded as each finishes."""
    if engine not in ENGINES:
        raise WorkbenchError(f"unknown engine {engine!r}; engines are {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise WorkbenchError(f"workers must be at least 1, not {workers}")
    if not batches:
        return _in_process(function, batches)
    if engine == "dask":
        return _on_dask(function, batches, workers=workers, scheduler=scheduler)
    workers = min(workers or default_workers(), len(batches))
    if workers == 1:
        return _in_process(function, batches)
    return _on_processes(function, batches, workers=workers, initializer=initializer, preload=preload)


def _in_process(function: Callable[[T], R], batches: Sequence[T]) -> Generator[R, None, None]:
    for batch in batches:
        yield function(batch)


def process_context(preload: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """``forkserver`` where there is one (safe in a threaded Jupyter kernel, unlike ``fork``), else ``spawn``.

    The fork server imports ``preload`` once (if it is not running yet), so workers start warm.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows, macOS


def _on_processes(
    function: Callable[[T], R],
    batches: Sequence[T],
    *,
    workers: int,
    initializer: Callable[[], Any] | None,
    preload: Sequence[str],
) -> Generator[R, None, None]:
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=process_context(preload),
        initializer=partial(_start_worker, initializer),
    )
    finished = 0
    with _interrupts_between_waits() as interrupted:
        try:
            pending = {pool.submit(function, batch) for batch in batches}
            while pending:
                if interrupted():
                    raise KeyboardInterrupt
                done, pending = wait(pending, timeout=INTERRUPT_CHECK_SECONDS, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        raise WorkbenchError(_broken_pool_message(started=finished > 0)) from None
                    finished += 1
                    yield result
        except BaseException:  # an interrupt, or the caller closing the generator early
            _stop_workers(pool)
            raise
        pool.shutdown(wait=True)


#: How often the wait for a batch looks for a Ctrl-C or SIGTERM noted meanwhile (seconds).
INTERRUPT_CHECK_SECONDS = 0.2


@contextmanager
def _interrupts_between_waits() -> Iterator[Callable[[], bool]]:
    """Ctrl-C, and SIGTERM where it is made an interrupt (the CLI), are noted while the pool runs and
    raised between waits, not at whatever line they land on: a KeyboardInterrupt raised while the
    waiting thread takes a batch's lock in ``concurrent.futures`` leaves the lock held, and the pool's
    shutdown then waits for ever. Outside the main thread nothing is changed (handlers live there)."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    noted: list[int] = []
    watched = [signal.SIGINT]
    if signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN, None):
        watched.append(signal.SIGTERM)
    previous = {
        signum: signal.signal(signum, lambda signum, frame: noted.append(signum)) for signum in watched
    }
    try:
        yield lambda: bool(noted)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if noted:
        raise KeyboardInterrupt


def _start_worker(initializer: Callable[[], Any] | None) -> None:
    """Worker set-up: Ctrl-C is the parent's to handle (it stops the workers), then ``initializer``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the worker processes now, mid-batch or not.

    ``shutdown`` alone waits for the batches under way, which can take minutes; a worker's
    unfinished batch is lost, and its reports are extracted again on the next run.
    """
    processes = list(getattr(pool, "_processes", None) or {})  # pid -> Process (CPython 3.11-3.13)
    for pid in processes:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    pool.shutdown(wait=True, cancel_futures=True)


def _broken_pool_message(*, started: bool) -> str:
    script = getattr(sys.modules.get("__main__"), "__file__", None)
    if not started and script:
        return (
            f"worker processes could not start: {script} must call this under "
            '`if __name__ == "__main__":` (or pass workers=1)'
        )
    return "a worker process died (out of memory?); reports already finished are kept: run again to resume"


def _on_dask(
    function: Callable[[T], R], batches: Sequence[T], *, workers: int | None, scheduler: str | None
) -> Generator[R, None, None]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - declared dependency
        raise WorkbenchError("the dask engine needs `pip install distributed`") from None
    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="10s"))  # type: ignore[no-untyped-call]
            except (OSError, ValueError, TimeoutError) as exc:
                raise WorkbenchError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        else:
            cluster = stack.enter_context(
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=min(workers or default_workers(), len(batches)),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                )
            )
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        futures = client.map(function, list(batches), pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            yield future.result()
