#!/usr/bin/env python3
"""Colour on a terminal, never with NO_COLOR (issue 14), run by ctest.

  terminal_pty.py SHNOR CONTENT WORK

Runs `shnor check` on a copy of CONTENT with one error, its stderr on a
pseudo-terminal: the report is coloured; with NO_COLOR set (even empty) it
is not. (On a pipe there is no colour either: tests/cli/cli_help_test.cpp.)
"""
import os
import pty
import select
import shutil
import sys


def run_on_pty(argv, env):
    """Runs argv with a terminal as stdin, stdout and stderr; returns (exit
    code, everything it wrote). Reads until the child has exited and the
    terminal is drained, not merely until the first EIO."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    out = b""
    status = None
    while True:
        readable, _, _ = select.select([fd], [], [], 0.1)
        chunk = b""
        if readable:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                pass
        if chunk:
            out += chunk
            continue
        if status is not None:
            break
        if readable:
            _, status = os.waitpid(pid, 0)
        else:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def run_whole(argv, env):
    """run_on_pty, again (at most three times) when the report arrives cut
    off. CI once read only the first fragment of a report from its terminal;
    a cut-off report says nothing about colour either way, while a whole one
    without colour still fails."""
    for attempt in range(3):
        code, out = run_on_pty(argv, env)
        if "ошибка" in out:
            break
        print("terminal_pty: note: attempt %d got a cut-off report (exit %d, %d bytes): %r"
              % (attempt + 1, code, len(out), out[:200]))
    return code, out


def main():
    shnor, source, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    content = os.path.join(work, "content")
    shutil.copytree(source, content)
    with open(os.path.join(content, "people.yaml"), "a", encoding="utf-8") as f:
        f.write("  - id: a\n    id: b\n")
    argv = [shnor, "check", "--content", content]
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    failures = []

    code, out = run_whole(argv, env)
    if code != 1 or "\x1b[1m" not in out or "\x1b[31mошибка\x1b[0m" not in out:
        failures.append("no colour on a terminal (exit %d): %r" % (code, out[:400]))
    for value in ("1", ""):
        code, out = run_whole(argv, dict(env, NO_COLOR=value))
        if code != 1 or "\x1b" in out or "ошибка" not in out:
            failures.append("colour with NO_COLOR=%r (exit %d): %r" % (value, code, out[:400]))
    for f in failures:
        print("terminal_pty: FAIL: " + f)
    print("terminal_pty: %d passed, %d failed" % (3 - len(failures), len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
