"""Start the real GUI on an X display, log in with the keyboard, open a tab with Alt+digit
and save a screenshot: proof that a build works as a user sees it.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/gui_screenshot.py \\
        --db demo.db --out shot.png [--user admin --password admin123 --tab 4] \\
        [--program dist/desk-app/desk-app]

Keys are typed through the XTest extension (libXtst, via ctypes), so the program under
test is not modified in any way; the screenshot is taken with Qt from this process.
Exit status 0 when the program logged in (its log says the main loop ran) and quit.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYMBOLS = {".": "period", "-": "minus", "_": "underscore", "@": "at", " ": "space"}


class Keyboard:
    def __init__(self) -> None:
        self.x = ctypes.CDLL("libX11.so.6")
        self.xt = ctypes.CDLL("libXtst.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x.XStringToKeysym.restype = ctypes.c_ulong
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.xt.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.xt.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                                 ctypes.c_int, ctypes.c_ulong]
        self.xt.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("no X display (run under xvfb-run)")

    def _code(self, name: str) -> int:
        return self.x.XKeysymToKeycode(self.display, self.x.XStringToKeysym(name.encode()))

    def press(self, name: str, modifiers: tuple[str, ...] = ()) -> None:
        for mod in modifiers:
            self.xt.XTestFakeKeyEvent(self.display, self._code(mod), 1, 0)
        self.xt.XTestFakeKeyEvent(self.display, self._code(name), 1, 0)
        self.xt.XTestFakeKeyEvent(self.display, self._code(name), 0, 0)
        for mod in reversed(modifiers):
            self.xt.XTestFakeKeyEvent(self.display, self._code(mod), 0, 0)
        self.x.XFlush(self.display)
        time.sleep(0.05)

    def type(self, text: str) -> None:
        for char in text:
            if char.isupper():
                self.press(char.lower(), ("Shift_L",))
            else:
                self.press(char if char.isalnum() else SYMBOLS[char])

    def click(self, x: int, y: int) -> None:
        """Move the pointer there and click (without a window manager this gives focus)."""
        self.xt.XTestFakeMotionEvent(self.display, -1, x, y, 0)
        self.xt.XTestFakeButtonEvent(self.display, 1, 1, 0)
        self.xt.XTestFakeButtonEvent(self.display, 1, 0, 0)
        self.x.XFlush(self.display)
        time.sleep(0.3)


def screenshot(path: str) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["gui_screenshot"])
    app.primaryScreen().grabWindow(0).save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", help="frozen program (default: this Python -m desk_app)")
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="admin123")
    parser.add_argument("--tab", default="4", help="digit of the tab to open with Alt")
    parser.add_argument("--wait", type=float, default=6.0, help="seconds for the program to start")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="gui-shot-"))
    env = dict(os.environ, DESK_APP_HOME=str(home), QT_QPA_PLATFORM="xcb")
    command = [args.program] if args.program else [sys.executable, "-m", "desk_app"]
    proc = subprocess.Popen([*command, "--db", args.db, "--quit-after", str(args.wait + 12)], env=env)
    keyboard = Keyboard()
    time.sleep(args.wait)
    keyboard.type(args.user)
    keyboard.press("Tab")
    keyboard.type(args.password)
    keyboard.press("Return")
    time.sleep(4)
    keyboard.click(640, 700)
    keyboard.press(args.tab, ("Alt_L",))
    time.sleep(2)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    screenshot(args.out)
    status = proc.wait(timeout=60)
    log = next(home.glob("logs/*.log"), None)
    text = log.read_text(encoding="utf-8") if log else ""
    logged_in = "closed (" in text
    print(f"screenshot {args.out}; program exit {status}; logged in: {logged_in}")
    return 0 if status == 0 and logged_in else 1


if __name__ == "__main__":
    raise SystemExit(main())
