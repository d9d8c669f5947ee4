"""Per-PC state of the window (geometry, column widths and order, last user name, the
office name of each database opened, shown by the login window before the database is
open) and the per-PC language choice, in QSettings. Office-wide options live in the database
(desk_app.models.core.settings); nothing here is shared between counters.

With DESK_APP_HOME set (tests, demos) the file is `<home>/ui-state.ini`.

    ui_state.track_table(self.table, "catalogue/services")   # restore now, save on change
    ui_state.restore_geometry(window, "main")                # ... save_geometry on close
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from desk_app import config

if TYPE_CHECKING:  # names for annotations only: PySide6 builds a class's enums on import,
    # and this module is loaded before the first window is painted
    from PySide6.QtWidgets import QAbstractItemView, QWidget

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def settings() -> QSettings:
    home = config.home_dir()
    if home is not None:
        home.mkdir(parents=True, exist_ok=True)
        return QSettings(str(home / "ui-state.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     config.APP_DIR_NAME, config.APP_DIR_NAME)


# --- options kept on this PC ------------------------------------------------------------

def language() -> str:
    value = str(settings().value("options/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(value)
    store = settings()
    store.setValue("options/language", value)
    store.sync()


def last_username() -> str:
    return str(settings().value("state/last_username", "") or "")


def set_last_username(username: str) -> None:
    settings().setValue("state/last_username", username)


def _database_key(url: str) -> str:
    # the address without a PostgreSQL password (which has no place in this file), in hex
    # (a key may not hold "/"); not a digest: hashlib would cost ~10 ms before the login
    if "://" in url and "@" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        url = f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
    return "offices/" + url.encode("utf-8").hex()


def office_name(url: str) -> str | None:
    """The name of the office whose database `url` this PC last opened (None: never), for
    the login window painted before the database is opened."""
    value = settings().value(_database_key(url))
    return None if value is None else str(value)


def set_office_name(url: str, name: str) -> None:
    store = settings()
    if store.value(_database_key(url)) != name:
        store.setValue(_database_key(url), name)
        store.sync()  # on disk now: the next start needs it, whatever ends this one


def last_tab() -> str:
    return str(settings().value("state/last_tab", "") or "")


def set_last_tab(key: str) -> None:
    settings().setValue("state/last_tab", key)


# --- geometry and table headers -------------------------------------------------------

def _bytes(value) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def save_geometry(widget: QWidget, key: str) -> None:
    store = settings()
    store.setValue(f"geometry/{key}", widget.saveGeometry())
    state = getattr(widget, "saveState", None)
    if callable(state):
        store.setValue(f"window_state/{key}", state())


def restore_geometry(widget: QWidget, key: str) -> bool:
    store = settings()
    geometry = _bytes(store.value(f"geometry/{key}"))
    if geometry is None:
        return False
    widget.restoreGeometry(geometry)
    state = _bytes(store.value(f"window_state/{key}"))
    restore = getattr(widget, "restoreState", None)
    if state is not None and callable(restore):
        restore(state)
    return True


def save_header(view: QAbstractItemView, key: str) -> None:
    settings().setValue(f"headers/{key}", view.horizontalHeader().saveState())


def restore_header(view: QAbstractItemView, key: str) -> bool:
    state = _bytes(settings().value(f"headers/{key}"))
    return bool(state is not None and view.horizontalHeader().restoreState(state))


def track_table(view: QAbstractItemView, key: str) -> None:
    """Restore the column widths/order of `view` now and save them whenever they change.
    Call after the model is set (restoring needs the columns)."""
    restore_header(view, key)
    header = view.horizontalHeader()

    def save(*_args) -> None:
        save_header(view, key)

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
