"""Demo complaints: about ten a month, through the domain functions (numbers, letters,
timeline and audit as in real use), in every stage and side exit, some overdue, several
confidential and anonymous, some forwarded from SP4N-LAPOR!/SIMDUMAS with their tickets,
some linked to demo requests."""

from __future__ import annotations

import datetime as dt

from desk_app.demo import DemoContext, names
from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import flow as cf
from desk_app.models.complaints.tables import SIDE_EXITS, STAGES
from desk_app.models.core.dates import local_to_utc, office_zone
from desk_app.models.core.workdays import add_working_days, is_working_day
from desk_app.models.requests.tables import ServiceRequest

PER_MONTH = 10
CHANNEL_WEIGHTS = [("datang langsung", 30), ("telepon", 10), ("surat", 6), ("e-mail", 6),
                   ("WhatsApp/SMS", 14), ("media sosial", 5), ("kotak saran", 9),
                   ("SP4N-LAPOR!", 12), ("SIMDUMAS", 8)]
CATEGORY_WEIGHTS = [("pelayanan", 55), ("disiplin ASN", 12), ("penyalahgunaan wewenang", 5),
                    ("pungutan liar", 10), ("gratifikasi", 3), ("dugaan korupsi", 3), ("lainnya", 12)]
KIND_WEIGHTS = [("pengaduan", 70), ("aspirasi", 18), ("permintaan informasi", 12)]
TARGET_WEIGHTS = [("selesai", 45), ("jawaban", 10), ("tindak lanjut", 10), ("disposisi", 8),
                  ("verifikasi", 6), ("diterima", 6), ("ditunda", 5), ("bukan wewenang", 5),
                  ("diarsipkan", 5)]
UNITS = ["Seksi Kepenghuluan dan Pemberdayaan KUA", "Bidang Penyelenggaraan Haji dan Umrah",
         "Bidang Penerangan Agama Islam", "Subbagian Tata Usaha", "Unit PTSP"]
EXAMINED = ("penyalahgunaan wewenang", "pungutan liar", "gratifikasi", "dugaan korupsi")

TEXTS = {
    "pelayanan": [
        "Saya sudah datang tiga kali untuk {service} tetapi berkas belum selesai juga, padahal "
        "dijanjikan selesai dalam {days} hari kerja.",
        "Antrean di loket PTSP sangat panjang dan hanya satu petugas yang melayani pada jam {hour}.",
        "Informasi persyaratan {service} di papan pengumuman berbeda dengan yang diminta petugas.",
    ],
    "disiplin ASN": [
        "Pada jam kerja pukul {hour} loket kosong, petugas tidak ada di tempat lebih dari satu jam.",
        "Petugas berbicara kasar ketika saya menanyakan kelengkapan berkas.",
    ],
    "penyalahgunaan wewenang": [
        "Oknum pegawai menjanjikan percepatan {service} bila melalui dia secara pribadi.",
    ],
    "pungutan liar": [
        "Saya diminta membayar Rp {amount} untuk {service}, padahal tertulis gratis. Tidak ada kuitansi.",
    ],
    "gratifikasi": [
        "Ada pemohon yang memberi amplop kepada petugas di loket agar berkasnya didahulukan.",
    ],
    "dugaan korupsi": [
        "Saya menduga ada penyimpangan anggaran bantuan {place} yang disalurkan tahun ini.",
    ],
    "lainnya": [
        "Mohon disediakan kursi tunggu tambahan dan ruang laktasi di kantor pelayanan.",
        "Parkir kendaraan pemohon sempit dan tidak ada petugas yang mengatur.",
        "Mohon jadwal bimbingan perkawinan diumumkan lebih awal di media sosial kantor.",
    ],
}
REPLIES = [
    "Terima kasih atas laporan Saudara. Kami telah memeriksa hal tersebut dan melakukan perbaikan "
    "prosedur di loket pelayanan.",
    "Petugas yang bersangkutan telah dipanggil dan diberi pembinaan oleh atasan langsung.",
    "Layanan tersebut tidak dipungut biaya. Kami telah memasang pengumuman di setiap loket dan "
    "menindak oknum sesuai ketentuan.",
    "Usulan Saudara kami terima dan akan dimasukkan dalam rencana perbaikan sarana tahun depan.",
]
FOLLOW_UPS = ["Klarifikasi kepada petugas loket", "Pemeriksaan dokumen layanan pada tanggal kejadian",
              "Rapat pembahasan dengan kepala seksi", "Konfirmasi kepada pelapor melalui telepon"]


def _pick(rng, weighted):
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights)[0]


def _at(day: dt.date, hour: int, minute: int, tz: str) -> dt.datetime:
    return local_to_utc(dt.datetime.combine(day, dt.time(hour, minute)), tz)


def _working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    days, day = [], start
    while day <= end:
        if is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class _Maker:
    def __init__(self, ctx: DemoContext):
        self.ctx, self.rng = ctx, ctx.rng
        self.tz = office_zone(ctx.office)
        self.counters = [u for u in ctx.users.values() if u.role == "counter"]
        self.head = next(u for u in ctx.users.values() if u.role == "head")
        self.deferred: list = []  # (letter date, order, action): see `later`
        # ordered: the seed picks the same service and request on every backend
        self.services = list(Service.select().where((Service.office == ctx.office) & Service.active)
                             .order_by(Service.sort_order, Service.code))
        self.requests = list(ServiceRequest.select(ServiceRequest.number, ServiceRequest.reg_date,
                                                   ServiceRequest.service)
                             .where(ServiceRequest.office == ctx.office)
                             .order_by(ServiceRequest.number))
        self.days = _working_days(ctx.start, ctx.end)

    def text(self, category: str, service: Service | None) -> str:
        template = self.rng.choice(TEXTS[category])
        return template.format(service=service.name if service else "layanan rekomendasi",
                               days=self.rng.choice([3, 5, 7]), hour=self.rng.choice(["10.00", "13.30"]),
                               amount=self.rng.choice(["50.000", "100.000", "150.000"]),
                               place=self.rng.choice(names.MOSQUES))

    def register(self, received: dt.date, forced_protection: str | None = None):
        rng = self.rng
        channel = _pick(rng, CHANNEL_WEIGHTS)
        category = _pick(rng, CATEGORY_WEIGHTS)
        protection = forced_protection or (
            "anonim" if channel == "kotak saran" or rng.random() < 0.1
            else "rahasia" if category in EXAMINED or rng.random() < 0.15 else "bernama")
        name, _gender = names.person(rng)
        ticket = ""
        if channel == "SP4N-LAPOR!":
            ticket = f"LPR{received:%y}{rng.randint(1000000, 9999999)}"
        elif channel == "SIMDUMAS":
            ticket = f"DUMAS-{received.year}-{rng.randint(1, 99999):05d}"
        request_number, service = None, None
        recent = [r for r in self.requests if 0 <= (received - r.reg_date).days <= 20]
        if recent and rng.random() < 0.35:
            req = rng.choice(recent)
            request_number = req.number
        elif self.services and rng.random() < 0.6:
            service = rng.choice(self.services)
        officer = rng.choice(self.counters)
        return cf.register_complaint(
            officer, _pick(rng, KIND_WEIGHTS), channel, received, protection, name, names.phone(rng),
            names.address(rng), category, self.text(category, service),
            service_id=service.id if service else None, request_number=request_number,
            external_ticket=ticket, at=_at(received, rng.randint(8, 11), rng.randint(0, 59), self.tz))

    def step_day(self, day: dt.date, low: int, high: int) -> dt.date:
        return add_working_days(day, self.rng.randint(low, high))

    def walk(self, c, target: str) -> None:
        """Take complaint `c` towards `target` on realistic days, stopping at today."""
        rng, head, end, tz = self.rng, self.head, self.ctx.end, self.tz
        officer = rng.choice(self.counters)
        day = self.step_day(c.received_date, 0, 4 if rng.random() < 0.2 else 2)
        if target in ("diterima",) or day > end:
            return
        if target == "diarsipkan":
            cf.side_exit(head, c.id, "diarsipkan", "Pengaduan ganda / isi tidak dapat ditindaklanjuti",
                         at=_at(day, 13, 0, tz))
            if rng.random() < 0.5 and (close := self.step_day(day, 1, 3)) <= end:
                cf.close(head, c.id, "Diarsipkan tanpa tindak lanjut", at=_at(close, 14, 0, tz))
            return
        if target == "bukan wewenang":
            cf.side_exit(head, c.id, "bukan wewenang", "Di luar kewenangan; dirujuk ke Pemerintah Daerah",
                         at=_at(day, 13, 0, tz))
            if rng.random() < 0.6 and (close := self.step_day(day, 1, 4)) <= end:
                cf.close(head, c.id, "Dirujuk kepada instansi berwenang", at=_at(close, 14, 0, tz))
            return
        cf.verify(officer, c.id, needs_examination=c.category in EXAMINED, at=_at(day, 13, 0, tz))
        if rng.random() < 0.25:
            cf.add_note(officer, c.id, "Pelapor dihubungi untuk melengkapi keterangan.", at=_at(day, 14, 0, tz))
        day = self.step_day(day, 0, 4 if rng.random() < 0.2 else 2)
        if target in ("verifikasi",) or day > end:
            return
        if target == "ditunda":
            cf.side_exit(head, c.id, "ditunda", "Menunggu keterangan tambahan dari pelapor",
                         at=_at(day, 14, 0, tz))
            return
        assignee = rng.choice(self.counters)
        cf.dispose(head, c.id, rng.choice(UNITS), assignee.id, "Klarifikasi dan siapkan bahan jawaban",
                   at=_at(day, 14, 30, tz))
        day = self.step_day(day, 1, 7 if rng.random() < 0.2 else 4)
        if target == "disposisi" or day > end:
            return
        cf.record_follow_up(assignee, c.id, rng.choice(FOLLOW_UPS), at=_at(day, 10, 0, tz))
        reply_day = max(self.step_day(day, 1, 3),
                        self.step_day(c.received_date, 6, 12 if rng.random() < 0.8 else 20))
        if target == "tindak lanjut" or reply_day > end:
            return
        reply = rng.choice(REPLIES)
        close_day = self.step_day(reply_day, 3, 12)
        outcome = None
        if target != "jawaban" and close_day <= end:
            outcome = rng.choice(["Pelapor menerima jawaban",
                                  "Tidak ada tanggapan 10 hari kerja setelah jawaban",
                                  "Perbaikan layanan telah dilakukan"])

        def reply_and_close():
            cf.record_reply(head, c.id, reply, reply_day, at=_at(reply_day, 15, 0, tz))
            if outcome:
                cf.close(head, c.id, outcome, at=_at(close_day, 15, 30, tz))

        self.later(reply_day, reply_and_close)

    def later(self, day: dt.date, action) -> None:
        """Reply letters are numbered in date order (a backdated letter is refused), so
        replies are recorded after every complaint is walked, oldest letter first."""
        self.deferred.append((day, len(self.deferred), action))

    def run_deferred(self) -> None:
        for _day, _order, action in sorted(self.deferred, key=lambda item: item[:2]):
            action()
        self.deferred.clear()


# How many working days before today a forced example of each stage is received,
# so that every stage is present whatever the random draw.
FORCED = [("diterima", 1), ("diterima", 9), ("verifikasi", 3), ("disposisi", 5), ("disposisi", 16),
          ("tindak lanjut", 8), ("tindak lanjut", 30), ("jawaban", 20), ("selesai", 40),
          ("ditunda", 12), ("bukan wewenang", 15), ("diarsipkan", 6)]


# Unfinished cases are mostly recent: received within this many working days of today.
RECENT_WINDOW = {"diterima": 4, "verifikasi": 6, "disposisi": 9, "tindak lanjut": 15, "jawaban": 22}


def generate(ctx: DemoContext) -> None:
    if ctx.scale == "large":
        return  # the large generator writes complaints in bulk
    maker = _Maker(ctx)
    if not maker.days or not maker.counters:
        return
    rng = ctx.rng
    months = max(1, round(len(maker.days) / 21))
    plans = []  # (received, order, target, protection, exact)
    for i in range(PER_MONTH * months):
        target = _pick(rng, TARGET_WEIGHTS)
        # Most unfinished cases are recent; the rest are the office's overdue backlog.
        recent = target in RECENT_WINDOW and rng.random() < 0.85
        received = rng.choice(maker.days[-RECENT_WINDOW[target]:] if recent else maker.days)
        plans.append((received, i, target, None, False))
    for i, (target, back) in enumerate(FORCED):
        protection = ("rahasia", "anonim", None)[i % 3]
        plans.append((max(ctx.start, _back(ctx.end, back)), 10_000 + i, target, protection, True))
    for received, _order, target, protection, exact in sorted(plans):
        c = maker.register(received, forced_protection=protection)
        if exact:
            _walk_exactly(maker, c, target)
        else:
            maker.walk(c, target)
    maker.run_deferred()
    ctx.progress(f"Pengaduan: {len(plans)} dibuat (semua tahap, sebagian lewat batas).")


def _back(day: dt.date, working_days: int) -> dt.date:
    while working_days > 0:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            working_days -= 1
    return day


def _walk_exactly(maker: _Maker, c, target: str) -> None:
    """Like `walk`, but every step on the received day, so the target is reached."""
    head, tz, day = maker.head, maker.tz, c.received_date
    officer = maker.counters[0]
    if target in SIDE_EXITS and target != "ditunda":
        cf.side_exit(head, c.id, target, "Contoh keluar jalur", at=_at(day, 13, 0, tz))
        return
    order = [s for s in STAGES if s != "diterima"]
    stop = "verifikasi" if target == "ditunda" else target
    actions = {
        "verifikasi": lambda: cf.verify(officer, c.id, at=_at(day, 12, 0, tz)),
        "disposisi": lambda: cf.dispose(head, c.id, UNITS[0], officer.id, "Tindak lanjuti", at=_at(day, 12, 30, tz)),
        "tindak lanjut": lambda: cf.record_follow_up(officer, c.id, FOLLOW_UPS[0], at=_at(day, 13, 0, tz)),
        "jawaban": lambda: cf.record_reply(head, c.id, REPLIES[0], day, at=_at(day, 14, 0, tz)),
        "selesai": lambda: cf.close(head, c.id, "Pelapor menerima jawaban", at=_at(day, 15, 0, tz)),
    }
    if target != "diterima":
        for index, stage in enumerate(order):
            if stage == "jawaban":  # the letter, and what follows it, in date order
                rest = order[index:order.index(stop) + 1]
                maker.later(day, lambda rest=rest: [actions[s]() for s in rest])
                break
            actions[stage]()
            if stage == stop:
                break
    if target == "ditunda":
        cf.side_exit(head, c.id, "ditunda", "Menunggu keterangan pelapor", at=_at(day, 16, 0, tz))

