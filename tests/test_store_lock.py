"""One instance per data directory, checked with real second processes."""

from __future__ import annotations

import subprocess
import sys

from studyapp.store.lock import InstanceLock

TRY_LOCK = "import sys; from pathlib import Path; from studyapp.store.lock import InstanceLock\n"


def try_in_another_process(home) -> bool:
    code = TRY_LOCK + f"print(InstanceLock(Path({str(home)!r})).acquire())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    return result.stdout.strip() == "True"


def start_holder(home) -> subprocess.Popen:
    code = TRY_LOCK + (
        f"lock = InstanceLock(Path({str(home)!r}))\n"
        "print(lock.acquire(), flush=True)\n"
        "sys.stdin.read()\n"  # hold until killed
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "True"
    return holder


def test_a_second_process_is_refused_while_the_first_holds_the_lock(tmp_path):
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    assert not try_in_another_process(tmp_path)
    lock.release()
    assert try_in_another_process(tmp_path)


def test_the_lock_is_free_again_when_its_holder_is_killed(tmp_path):
    holder = start_holder(tmp_path)
    try:
        assert not InstanceLock(tmp_path).acquire()
    finally:
        holder.kill()  # SIGKILL: no chance to clean up
        holder.wait(timeout=60)
    # The lock file is still there; its existence must not mean "locked".
    assert (tmp_path / "studyapp.lock").exists()
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_separate_data_directories_do_not_block_each_other(tmp_path):
    with InstanceLock(tmp_path / "one") as one, InstanceLock(tmp_path / "two") as two:
        assert one.acquire() and two.acquire()
        assert one.held and two.held
    assert not one.held
