#!/usr/bin/env python3
"""Reads a Microsoft Project file with MPXJ and prints what it found as JSON.

    python3 scripts/mpxj/read_plan.py PLAN.xml

The end-to-end tests use it to check `pace export --format mspdi` against a real
reader (MPXJ is the library behind many project tools). Needs `pip install mpxj
jpype1` and a Java runtime; .ci/run installs them. Durations are in minutes, dates
as MPXJ gives them (ISO local date-times, no zone).
"""
import json
import sys

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

jpype.startJVM()

from org.mpxj import TimeUnit  # noqa: E402
from org.mpxj.reader import UniversalProjectReader  # noqa: E402


def text(value):
    return None if value is None else str(value)


def main(path):
    project = UniversalProjectReader().read(path)
    props = project.getProjectProperties()

    def minutes(duration):
        if duration is None:
            return None
        return round(float(duration.convertUnits(TimeUnit.MINUTES, props).getDuration()))

    def calendar_json(calendar):
        if calendar is None:
            return None
        exceptions = [{"from": text(e.getFromDate()), "to": text(e.getToDate()), "name": text(e.getName()),
                       "working": bool(e.getWorking())} for e in calendar.getCalendarExceptions()]
        hours = {}
        for day in ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]:
            dow = getattr(jpype.JClass("java.time.DayOfWeek"), day)
            hours[day] = round(float(calendar.getWork(dow, TimeUnit.MINUTES).getDuration()))
        return {"name": text(calendar.getName()), "exceptions": exceptions, "minutes": hours}

    tasks = []
    for t in project.getTasks():
        if t.getUniqueID() is None:
            continue
        baseline = None
        if t.getBaselineStart() is not None or t.getBaselineWork() is not None:
            cost = t.getBaselineCost()
            baseline = {"start": text(t.getBaselineStart()), "finish": text(t.getBaselineFinish()),
                        "work": minutes(t.getBaselineWork()), "cost": None if cost is None else float(cost)}
        tasks.append({
            "uid": int(t.getUniqueID()),
            "name": text(t.getName()),
            "milestone": bool(t.getMilestone()),
            "summary": bool(t.getSummary()),
            "active": bool(t.getActive()),
            "work": minutes(t.getWork()),
            "remainingWork": minutes(t.getRemainingWork()),
            "actualWork": minutes(t.getActualWork()),
            "start": text(t.getStart()),
            "finish": text(t.getFinish()),
            "actualStart": text(t.getActualStart()),
            "actualFinish": text(t.getActualFinish()),
            "percentComplete": None if t.getPercentageComplete() is None else float(t.getPercentageComplete()),
            "deadline": text(t.getDeadline()),
            "priority": None if t.getPriority() is None else int(t.getPriority().getValue()),
            "notes": text(t.getNotes()),
            "predecessors": sorted(int(r.getPredecessorTask().getUniqueID()) for r in t.getPredecessors()),
            "baseline": baseline,
        })

    resources = []
    for r in project.getResources():
        if r.getUniqueID() is None or r.getName() is None:
            continue
        table = r.getCostRateTable(0)
        rates = [] if table is None else [
            {"from": text(e.getStartDate()), "to": text(e.getEndDate()),
             "rate": float(e.getStandardRate().getAmount())} for e in table]
        resources.append({
            "uid": int(r.getUniqueID()),
            "name": text(r.getName()),
            "initials": text(r.getInitials()),
            "group": text(r.getGroup()),
            "standardRate": None if r.getStandardRate() is None else float(r.getStandardRate().getAmount()),
            "rates": rates,
            "calendar": calendar_json(r.getCalendar()),
        })

    assignments = [{"task": int(a.getTask().getUniqueID()), "resource": int(a.getResource().getUniqueID()),
                    "work": minutes(a.getWork()), "remainingWork": minutes(a.getRemainingWork())}
                   for a in project.getResourceAssignments() if a.getResource() is not None]

    print(json.dumps({
        "title": text(props.getProjectTitle()),
        "company": text(props.getCompany()),
        "minutesPerDay": int(props.getMinutesPerDay()),
        "calendar": calendar_json(project.getDefaultCalendar()),
        "tasks": tasks,
        "resources": resources,
        "assignments": assignments,
    }, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
