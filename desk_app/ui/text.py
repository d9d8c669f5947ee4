"""Domain words and values as the window shows them, in the window's language.

The domain (models/) speaks Indonesian, as the office's documents must: receipts,
letters and reports keep `models.core.dates.format_date` and the labels of the models.
The window follows the language chosen in the menu: request statuses, SKM element names
and answers, durations ("106 hari 5 jam" / "106 days 5 hours") and dates (the language's
own month and day names through QLocale) go through here. Translations of the domain
words are in the "Domain" context of the .ts files (marked below for lupdate).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

_state = {"language": "id"}

# Every domain word the window shows, for lupdate (the models hold the same texts).
DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("Domain", "Terdaftar"), QT_TRANSLATE_NOOP("Domain", "Diproses"),
    QT_TRANSLATE_NOOP("Domain", "Selesai (siap diambil)"), QT_TRANSLATE_NOOP("Domain", "Diserahkan"),
    QT_TRANSLATE_NOOP("Domain", "Ditolak"), QT_TRANSLATE_NOOP("Domain", "Dibatalkan"),
    QT_TRANSLATE_NOOP("Domain", "Persyaratan"), QT_TRANSLATE_NOOP("Domain", "Sistem, mekanisme dan prosedur"),
    QT_TRANSLATE_NOOP("Domain", "Waktu penyelesaian"), QT_TRANSLATE_NOOP("Domain", "Biaya/tarif"),
    QT_TRANSLATE_NOOP("Domain", "Produk spesifikasi jenis pelayanan"),
    QT_TRANSLATE_NOOP("Domain", "Kompetensi pelaksana"), QT_TRANSLATE_NOOP("Domain", "Perilaku pelaksana"),
    QT_TRANSLATE_NOOP("Domain", "Penanganan pengaduan, saran dan masukan"),
    QT_TRANSLATE_NOOP("Domain", "Sarana dan prasarana"),
    QT_TRANSLATE_NOOP("Domain", "Tidak sesuai"), QT_TRANSLATE_NOOP("Domain", "Kurang sesuai"),
    QT_TRANSLATE_NOOP("Domain", "Sesuai"), QT_TRANSLATE_NOOP("Domain", "Sangat sesuai"),
    QT_TRANSLATE_NOOP("Domain", "Tidak mudah"), QT_TRANSLATE_NOOP("Domain", "Kurang mudah"),
    QT_TRANSLATE_NOOP("Domain", "Mudah"), QT_TRANSLATE_NOOP("Domain", "Sangat mudah"),
    QT_TRANSLATE_NOOP("Domain", "Tidak cepat"), QT_TRANSLATE_NOOP("Domain", "Kurang cepat"),
    QT_TRANSLATE_NOOP("Domain", "Cepat"), QT_TRANSLATE_NOOP("Domain", "Sangat cepat"),
    QT_TRANSLATE_NOOP("Domain", "Sangat mahal"), QT_TRANSLATE_NOOP("Domain", "Cukup mahal"),
    QT_TRANSLATE_NOOP("Domain", "Murah"), QT_TRANSLATE_NOOP("Domain", "Gratis"),
    QT_TRANSLATE_NOOP("Domain", "Tidak kompeten"), QT_TRANSLATE_NOOP("Domain", "Kurang kompeten"),
    QT_TRANSLATE_NOOP("Domain", "Kompeten"), QT_TRANSLATE_NOOP("Domain", "Sangat kompeten"),
    QT_TRANSLATE_NOOP("Domain", "Tidak sopan dan ramah"), QT_TRANSLATE_NOOP("Domain", "Kurang sopan dan ramah"),
    QT_TRANSLATE_NOOP("Domain", "Sopan dan ramah"), QT_TRANSLATE_NOOP("Domain", "Sangat sopan dan ramah"),
    QT_TRANSLATE_NOOP("Domain", "Tidak ada"), QT_TRANSLATE_NOOP("Domain", "Ada tetapi tidak berfungsi"),
    QT_TRANSLATE_NOOP("Domain", "Berfungsi kurang maksimal"), QT_TRANSLATE_NOOP("Domain", "Dikelola dengan baik"),
    QT_TRANSLATE_NOOP("Domain", "Buruk"), QT_TRANSLATE_NOOP("Domain", "Cukup"),
    QT_TRANSLATE_NOOP("Domain", "Baik"), QT_TRANSLATE_NOOP("Domain", "Sangat baik"),
    QT_TRANSLATE_NOOP("Domain", "Swasta"), QT_TRANSLATE_NOOP("Domain", "Wirausaha"),
    QT_TRANSLATE_NOOP("Domain", "Lainnya"),
)


def set_language(language: str) -> None:
    """Called when the translations are installed (app.Translators)."""
    _state["language"] = language


def language() -> str:
    return _state["language"]


def domain(text: str) -> str:
    """A domain word (status, SKM element or answer, occupation) in the window's language."""
    return QCoreApplication.translate("Domain", text)


def status_label(status: str) -> str:
    from desk_app.models.requests.flow import STATUS_LABELS  # the domain: on first use

    return domain(STATUS_LABELS.get(status, status))


def format_date(day: dt.date | None, weekday: bool = False) -> str:
    """'Selasa, 24 November 2026' / 'Tuesday, 24 November 2026'."""
    if day is None:
        return ""
    if language() == "id":
        from desk_app.models.core import dates  # not at import: the login paints before models load

        return dates.format_date(day, weekday)
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(day.year, day.month, day.day),
                           "dddd, d MMMM yyyy" if weekday else "d MMMM yyyy")


def format_datetime(utc: dt.datetime | None, tz: str | None = None) -> str:
    """'24 November 2026 14:05 WITA' from a stored UTC time, in the window's language."""
    if utc is None:
        return ""
    from desk_app.models.core import dates

    local = dates.to_local(utc, tz)
    label = dates.TZ_LABELS.get(tz or dates.DEFAULT_TZ, local.tzname() or "")
    return f"{format_date(local.date())} {local:%H:%M} {label}".strip()


def format_minutes(minutes: float | None) -> str:
    """'1 hari 3 jam' / '1 day 3 hours' (1 day = 8 working hours), as worktime counts."""
    if minutes is None:
        return ""
    total = int(round(minutes))
    days, rest = divmod(total, 8 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_count(days, QCoreApplication.translate("Durations", "%1 hari", "satu"),
                            QCoreApplication.translate("Durations", "%1 hari", "banyak")))
    if hours:
        parts.append(_count(hours, QCoreApplication.translate("Durations", "%1 jam", "satu"),
                            QCoreApplication.translate("Durations", "%1 jam", "banyak")))
    if mins or not parts:
        parts.append(_count(mins, QCoreApplication.translate("Durations", "%1 menit", "satu"),
                            QCoreApplication.translate("Durations", "%1 menit", "banyak")))
    return " ".join(parts)


def _count(number: int, one: str, many: str) -> str:
    return (one if number == 1 else many).replace("%1", str(number))
