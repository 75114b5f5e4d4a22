#!/usr/bin/env python3
"""Writes a small plan as Microsoft Project XML with MPXJ, as another tool would.

    python3 scripts/mpxj/write_plan.py OUT.xml

The end-to-end tests import it with `pace import --from mspdi` and check what
arrived (see MSPDITests.swift for the expectations, which mirror this file):

- calendar "Standard", Mon-Fri 8h, holidays 2026-12-24 (Christmas Eve) and
  2026-12-25..26 (Christmas)
- Nina Patel (initials nina): 90/h, 100/h from 2026-12-01, off 2026-12-14..16
  (conference); Omar Said: part time, Mon-Thu 09:00-13:00, 80/h
- Discovery (summary) over Interviews (16h, done, Nina, baseline 12h costing 1080)
  and Requirements doc (24h, half done, Nina, after Interviews); Build scanner
  screen (40h, Omar, high priority, deadline 2026-12-18, after Requirements doc);
  Pilot in warehouse (8h, nobody, after Discovery and Build scanner screen);
  milestone Pilot done (after Pilot, deadline 2026-12-21); Cancelled idea
  (4h, inactive)
"""
import sys

import jpype
import mpxj  # noqa: F401

jpype.startJVM()

import java.math  # noqa: E402
import java.time  # noqa: E402
from org.mpxj import (CostRateTableEntry, DayType, Duration, LocalTimeRange, Priority,  # noqa: E402
                      ProjectFile, Rate, Relation, RelationType, TimeUnit)
from org.mpxj.mspdi import MSPDIWriter  # noqa: E402


def hours(h):
    return Duration.getInstance(float(h), TimeUnit.HOURS)


def at(y, m, d, hh=8, mm=0):
    return java.time.LocalDateTime.of(y, m, d, hh, mm)


def day(y, m, d):
    return java.time.LocalDate.of(y, m, d)


def main(out):
    p = ProjectFile()
    props = p.getProjectProperties()
    props.setProjectTitle("Warehouse app")
    props.setCompany("Acme")
    props.setCurrencyCode("EUR")
    props.setStartDate(at(2026, 11, 23))

    standard = p.addDefaultBaseCalendar()
    p.setDefaultCalendar(standard)
    standard.addCalendarException(day(2026, 12, 24), day(2026, 12, 24)).setName("Christmas Eve")
    standard.addCalendarException(day(2026, 12, 25), day(2026, 12, 26)).setName("Christmas")

    nina = p.addResource()
    nina.setName("Nina Patel")
    nina.setInitials("nina")
    table = nina.getCostRateTable(0)
    table.clear()
    table.add(CostRateTableEntry(at(1984, 1, 1, 0), at(2026, 11, 30, 23, 59), java.math.BigDecimal(0),
                                 [Rate(90.0, TimeUnit.HOURS), Rate(0.0, TimeUnit.HOURS)]))
    table.add(CostRateTableEntry(at(2026, 12, 1, 0), at(2049, 12, 31, 23, 59), java.math.BigDecimal(0),
                                 [Rate(100.0, TimeUnit.HOURS), Rate(0.0, TimeUnit.HOURS)]))
    nina_calendar = p.addDefaultDerivedCalendar()
    nina_calendar.setParent(standard)
    nina_calendar.setName("Nina Patel")
    nina_calendar.addCalendarException(day(2026, 12, 14), day(2026, 12, 16)).setName("conference")
    nina.setCalendar(nina_calendar)

    omar = p.addResource()
    omar.setName("Omar Said")
    table = omar.getCostRateTable(0)
    table.clear()
    table.add(CostRateTableEntry(at(1984, 1, 1, 0), at(2049, 12, 31, 23, 59), java.math.BigDecimal(0),
                                 [Rate(80.0, TimeUnit.HOURS), Rate(0.0, TimeUnit.HOURS)]))
    omar_calendar = p.addDefaultDerivedCalendar()
    omar_calendar.setParent(standard)
    omar_calendar.setName("Omar Said")
    DayOfWeek = jpype.JClass("java.time.DayOfWeek")
    for name in ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"]:
        dow = getattr(DayOfWeek, name)
        omar_calendar.setCalendarDayType(dow, DayType.WORKING)
        omar_calendar.addCalendarHours(dow).add(LocalTimeRange(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)))
    omar_calendar.setCalendarDayType(DayOfWeek.FRIDAY, DayType.NON_WORKING)
    omar.setCalendar(omar_calendar)

    discovery = p.addTask()
    discovery.setName("Discovery")

    interviews = discovery.addTask()
    interviews.setName("Interviews")
    interviews.setWork(hours(16))
    interviews.setActualWork(hours(16))
    interviews.setRemainingWork(hours(0))
    interviews.setPercentageComplete(100.0)
    interviews.setStart(at(2026, 11, 23))
    interviews.setFinish(at(2026, 11, 24, 17))
    interviews.setActualStart(at(2026, 11, 23))
    interviews.setActualFinish(at(2026, 11, 24, 17))
    interviews.setBaselineStart(at(2026, 11, 23))
    interviews.setBaselineFinish(at(2026, 11, 24, 12))
    interviews.setBaselineWork(hours(12))
    interviews.setBaselineCost(java.math.BigDecimal(1080))
    interviews.addResourceAssignment(nina).setWork(hours(16))

    requirements = discovery.addTask()
    requirements.setName("Requirements doc")
    requirements.setWork(hours(24))
    requirements.setActualWork(hours(12))
    requirements.setRemainingWork(hours(12))
    requirements.setPercentageComplete(50.0)
    requirements.setStart(at(2026, 11, 25))
    requirements.setActualStart(at(2026, 11, 25))
    requirements.addPredecessor(Relation.Builder().predecessorTask(interviews).type(RelationType.FINISH_START))
    requirements.addResourceAssignment(nina).setWork(hours(24))

    screen = p.addTask()
    screen.setName("Build scanner screen")
    screen.setWork(hours(40))
    screen.setRemainingWork(hours(40))
    screen.setPriority(Priority.getInstance(700))
    screen.setDeadline(at(2026, 12, 18, 17))
    screen.addPredecessor(Relation.Builder().predecessorTask(requirements).type(RelationType.FINISH_START))
    screen.addResourceAssignment(omar).setWork(hours(40))

    pilot = p.addTask()
    pilot.setName("Pilot in warehouse")
    pilot.setWork(hours(8))
    pilot.setRemainingWork(hours(8))
    pilot.addPredecessor(Relation.Builder().predecessorTask(discovery).type(RelationType.FINISH_START))
    pilot.addPredecessor(Relation.Builder().predecessorTask(screen).type(RelationType.FINISH_START))

    done = p.addTask()
    done.setName("Pilot done")
    done.setMilestone(True)
    done.setDuration(hours(0))
    done.setDeadline(at(2026, 12, 21, 17))
    done.addPredecessor(Relation.Builder().predecessorTask(pilot).type(RelationType.FINISH_START))

    idea = p.addTask()
    idea.setName("Cancelled idea")
    idea.setWork(hours(4))
    idea.setActive(False)

    MSPDIWriter().write(p, out)


if __name__ == "__main__":
    main(sys.argv[1])
