"""Demo SOP progress for the demo requests (run after "requests"):

- finished requests (selesai/diserahkan) get every step of their path done between
  registration and the moment they became "selesai", in office time, each step taking
  roughly its standard (late requests show overruns);
- requests in progress get their first steps done through the domain functions, as far
  as the demo's "now" allows; some registered ones get their first step;
- some steps are skipped or done out of order (with reasons), some "berkas lengkap?"
  decisions go back to the applicant first, some requests are handed over to a
  colleague mid-way. Rejected requests keep the steps done before the rejection.
"""

from __future__ import annotations

import datetime as dt

from desk_app.demo import DemoContext
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core import worktime
from desk_app.models.core.dates import office_zone
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import Office
from desk_app.models.requests.tables import (
    STATUS_DELIVERED,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_REGISTERED,
    STATUS_REJECTED,
    RequestEvent,
    RequestStep,
    ServiceRequest,
)
from desk_app.models.sop import flow as sop_flow
from desk_app.models.sop import work as sop_work
from desk_app.models.sop.tables import STEP_DECISION, STEP_PROCESS

SKIP_SHARE = 0.07
OUT_OF_ORDER_SHARE = 0.06
RETURN_SHARE = 0.08
HANDOVER_SHARE = 0.12
SKIP_REASONS = [
    "Berkas sudah diverifikasi pada permohonan sebelumnya dari lembaga yang sama.",
    "Pemohon menyerahkan berkas lewat surel resmi; tidak melalui loket.",
    "Disposisi diberikan langsung oleh Kepala Bidang dalam rapat koordinasi.",
    "Data sudah tercatat di SIMPENAIS sejak pendaftaran tahun lalu.",
]
ORDER_REASONS = [
    "Pejabat penanda tangan hanya ada di kantor pagi ini; langkah didahulukan.",
    "Konsep disiapkan lebih dulu karena server SIMPENAIS sedang gangguan.",
    "Verifikasi lapangan dijadwalkan bersamaan dengan kunjungan KUA.",
]
HANDOVER_NOTES = [
    "Saya ditugaskan mendampingi visitasi ke Lombok Timur; mohon dilanjutkan.",
    "Cuti sakit dua hari; berkas ada di map biru meja saya.",
    "Mengikuti diklat di Mataram; catatan verifikasi ada di berkas.",
    "Dialihkan agar beban kerja merata.",
]
RETURN_NOTES = [
    "Fotokopi KTP pengurus belum dilampirkan; pemohon diminta melengkapi.",
    "Surat pengantar KUA belum ada.",
    "Daftar jemaah kurang dari 15 orang; pemohon melengkapi.",
]


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    office = Office.get_by_id(ctx.office)
    tz = office_zone(office)
    counters = [u for u in ctx.users.values() if u.role == "counter"]
    head = next(u for u in ctx.users.values() if u.role == "head")
    requests = list(ServiceRequest.select().where(
        (ServiceRequest.office == ctx.office) & ServiceRequest.sop_revision.is_null(False)
        & ServiceRequest.voided_at.is_null())
        .order_by(ServiceRequest.registered_at, ServiceRequest.number))  # the same on every backend
    steps_of: dict[str, list] = {}
    now = ctx.now
    counts = {"done": 0, "open": 0, "deviations": 0, "handovers": 0}
    for request in requests:
        rev = request.sop_revision_id
        if rev not in steps_of:
            steps_of[rev] = catalogue.revision_steps(request.sop_revision)
        work = _Work(ctx, request, steps_of[rev], tz, counters, head, counts)
        if request.status in (STATUS_DONE, STATUS_DELIVERED):
            work.finished()
        elif request.status == STATUS_REJECTED:
            work.partial(stop_at=_rejected_at(request), limit=2)
        elif request.status == STATUS_IN_PROGRESS:
            work.partial(stop_at=now, limit=None)
        elif request.status == STATUS_REGISTERED and rng.random() < 0.5:
            work.partial(stop_at=now, limit=1)
    ctx.progress(f"Langkah SOP: {counts['done']} permohonan selesai seluruh langkah, "
                 f"{counts['open']} sedang berjalan, {counts['deviations']} penyimpangan, "
                 f"{counts['handovers']} serah terima.")


def _rejected_at(request) -> dt.datetime:
    event = (RequestEvent.select().where((RequestEvent.request == request.id)
                                         & (RequestEvent.to_status == STATUS_REJECTED)).first())
    return event.at if event else request.registered_at


class _Work:
    def __init__(self, ctx, request, steps, tz, counters, head, counts):
        self.ctx = ctx
        self.rng = ctx.rng
        self.request = request
        self.steps = steps
        self.tz = tz
        self.head = head
        self.counts = counts
        self.officer = (request.registered_by if request.registered_by.role == "counter"
                        else self.rng.choice(counters))
        self.others = [u for u in counters if u.id != self.officer.id]

    def who(self, step):
        return self.officer if "counter" in (step.roles or []) or "head" not in step.roles else self.head

    def path(self) -> list:
        """The steps of the normal ("ya") path, in order."""
        flow = sop_flow.walk(self.steps, {})
        result, position, seen = [], 1, set()
        while position and position not in seen and position <= len(self.steps):
            seen.add(position)
            step = flow.step_at(position)
            result.append(step)
            if step.kind == "end":
                break
            target = step.yes_target if step.kind == STEP_DECISION else None
            position = target if target and target > position else position + 1
        return result

    def durations(self, path) -> list[float]:
        out = []
        for step in path:
            factor = self.rng.uniform(0.3, 1.0)
            if self.rng.random() < 0.12:
                factor = self.rng.uniform(1.2, 2.5)
            out.append(max(2.0, step.standard_minutes * factor))
        return out

    def plan(self, path):
        """(step, kind, reason) in the order they are done: kind done/skip/ooo."""
        plan = [[s, "done", ""] for s in path]
        middle = [i for i in range(1, len(plan) - 1) if plan[i][0].kind == STEP_PROCESS]
        if middle and self.rng.random() < SKIP_SHARE:
            i = self.rng.choice(middle)
            plan[i][1:] = ["skip", self.rng.choice(SKIP_REASONS)]
        pairs = [i for i in middle if i + 1 < len(plan) - 1 and plan[i + 1][0].kind == STEP_PROCESS
                 and plan[i][1] == "done" and plan[i + 1][1] == "done"]
        if pairs and self.rng.random() < OUT_OF_ORDER_SHARE:
            i = self.rng.choice(pairs)
            plan[i], plan[i + 1] = plan[i + 1], plan[i]
            plan[i][1:] = ["ooo", self.rng.choice(ORDER_REASONS)]
        return plan

    def finished(self) -> None:
        request = self.request
        end = request.finished_at
        path = self.path()
        if not path or end is None:
            return
        durations = self.durations(path)
        total = worktime.working_minutes(request.registered_at, end, self.tz)
        planned = sum(durations)
        if total < planned:  # quicker than planned: every step a little quicker
            durations = [d * total / planned for d in durations]
        elif total > planned:  # the waiting piles up at one or two steps (often a signature)
            heads = [i for i, s in enumerate(path) if "head" in (s.roles or [])]
            slow = self.rng.sample(range(len(path)), min(2, len(path)))
            if heads and self.rng.random() < 0.6:
                slow = [self.rng.choice(heads)]
            for i in slow:
                durations[i] += (total - planned) / len(slow)
        plan = self.plan(path)
        handover_at = self.rng.randrange(1, len(plan) - 1) if (
            len(plan) > 3 and self.rng.random() < HANDOVER_SHARE and self.others) else None
        index = {id(step): i for i, step in enumerate(path)}
        with write_transaction():
            flow = sop_flow.Flow(steps=self.steps, done={})
            at = request.registered_at
            for i, (step, kind, reason) in enumerate(plan):
                at = end if i == len(plan) - 1 else worktime.add_working_minutes(
                    at, durations[index[id(step)]], self.tz)
                at = min(at, end)
                if i == handover_at:
                    self._handover(at - dt.timedelta(minutes=5))
                self._record(flow, step, kind, reason, at)
        self.counts["done"] += 1

    def partial(self, stop_at: dt.datetime, limit: int | None) -> None:
        request = self.request
        path = self.path()
        durations = self.durations(path)
        plan = self.plan(path)[:-1]  # the last step would finish the request
        if limit is not None:
            plan = plan[:limit]
        elif plan:
            plan = plan[: self.rng.randint(1, len(plan))]
        at = request.registered_at
        done = False
        for i, (step, kind, reason) in enumerate(plan):
            at = worktime.add_working_minutes(at, durations[path.index(step)], self.tz)
            if at >= stop_at:
                break
            if request.status in (STATUS_REGISTERED, STATUS_IN_PROGRESS):
                if not self._live(step, kind, reason, at):
                    break
            else:
                with write_transaction():
                    flow = sop_flow.flow_for(request)
                    self._record(flow, step, kind, reason, at)
            done = True
            if i == 1 and self.others and self.rng.random() < HANDOVER_SHARE:
                self._live_handover(at + dt.timedelta(minutes=10))
        if done:
            self.counts["open"] += 1

    # writing -------------------------------------------------------------------
    def _answer_first(self, step, at) -> None:
        """Some "lengkap?" decisions first go back to the applicant."""
        if step.kind == STEP_DECISION and step.no_target and step.no_target < step.position \
                and self.rng.random() < RETURN_SHARE:
            sop_work._record_return(self.who(step), self.request, step, "tidak", step.no_target,
                                    self.rng.choice(RETURN_NOTES), at - dt.timedelta(minutes=30))

    def _record(self, flow, step, kind, reason, at) -> None:
        self._answer_first(step, at)
        note = "Jawaban: Ya" if step.kind == STEP_DECISION else ""
        if kind == "skip":
            sop_work._save_step(self.who(step), self.request, step, flow, at, skipped=True, tz=self.tz,
                                deviation="skipped", reason=reason)
        else:
            sop_work._save_step(self.who(step), self.request, step, flow, at, note=note, tz=self.tz,
                                deviation="out_of_order" if kind == "ooo" else None, reason=reason)
        if kind != "done":
            self.counts["deviations"] += 1

    def _live(self, step, kind, reason, at) -> bool:
        actor = self.who(step)
        try:
            if kind == "skip":
                sop_work.skip_step(actor, self.request.id, step.id, reason, at=at)
            else:
                with write_transaction():
                    self._answer_first(step, at)
                answer = "ya" if step.kind == STEP_DECISION else None
                sop_work.complete_step(actor, self.request.id, step.id, at=at, answer=answer,
                                       deviation_reason=reason if kind == "ooo" else "")
        except UserError:
            return False
        if kind != "done":
            self.counts["deviations"] += 1
        self.request = ServiceRequest.get_by_id(self.request.id)
        return True

    def _handover(self, at) -> None:
        receiver = self.rng.choice(self.others)
        sop_work._handover(self.officer, self.request, self.officer, receiver,
                           self.rng.choice(HANDOVER_NOTES), at)
        self.officer, self.others = receiver, [u for u in self.others if u.id != receiver.id] + [self.officer]
        self.counts["handovers"] += 1

    def _live_handover(self, at) -> None:
        receiver = self.rng.choice(self.others)
        try:
            sop_work.hand_over(self.officer, self.request.id, receiver.id,
                               self.rng.choice(HANDOVER_NOTES), at=at)
        except UserError:
            return
        self.officer, self.others = receiver, [u for u in self.others if u.id != receiver.id] + [self.officer]
        self.counts["handovers"] += 1


def step_count(request_id: str) -> int:
    return RequestStep.select().where(RequestStep.request == request_id).count()
