import Foundation

/// Reads Microsoft Project XML (MSPDI) into an import plan for a new project: the
/// project calendar's exceptions become holidays, work resources become members (with
/// their calendars' working days and hours, time off, and rates over time) unless the
/// workspace already has them, milestone tasks become milestones (a task leading into
/// one belongs to it), other tasks become tasks (work as the estimate, remaining and
/// actual work, percent complete as the status, the assignment with the most work as
/// the assignee, predecessor links as dependencies), and baseline 0 becomes a
/// baseline. Summary tasks only group: a link to one means its tasks. Everything is
/// checked before anything is returned.
public enum MSPDIImport {
    public struct Result: Hashable, Sendable {
        public var plan: ImportPlan
        public var project: Project
        public var newMembers: [Member]
        /// Resources that are members the workspace has already (not changed).
        public var existingMembers: [String]
        public var milestones: [String]
        public var holidays: Int
        public var baseline: String?
    }

    public static let baselineName = "MS Project"

    public static func parse(_ data: Data, projectKey: String?, existingProjects: [String], members: [Member],
                             timeZone: TimeZone, today: Day) throws(UserError) -> Result {
        let root: XMLTree
        do {
            root = try XMLTree.parse(data)
        } catch {
            throw UserError("malformed XML at line \(error.line): \(error.message); expected a Microsoft Project XML file (File → Save As → XML)")
        }
        guard root.name == "Project" else {
            throw UserError("the file's root element is <\(root.name)>, not <Project>; expected a Microsoft Project XML file (File → Save As → XML)")
        }
        let minutesPerDay = try int(root.value("MinutesPerDay"), "MinutesPerDay", context: "the project") ?? 480
        guard (1...1440).contains(minutesPerDay) else {
            throw UserError("the project, MinutesPerDay: \(minutesPerDay); expected the minutes of a working day, like 480")
        }
        let currency = root.value("CurrencyCode").map { $0.uppercased() } ?? "EUR"

        // The project.
        let fileName = root.value("Name").map { $0.lowercased().hasSuffix(".xml") ? String($0.dropLast(4)) : $0 }
        let name = root.value("Title") ?? fileName ?? "Imported plan"
        let key: String
        if let chosen = projectKey {
            key = chosen.uppercased()
            guard ProjectKey.isValid(key) else { throw UserError("invalid project key '\(chosen)': use \(ProjectKey.rule)") }
        } else if let fileName, ProjectKey.isValid(fileName.uppercased()), !existingProjects.contains(fileName.uppercased()) {
            // A file named like a key (ours are, WEB.xml) keeps it.
            key = fileName.uppercased()
        } else {
            guard let derived = ProjectKey.derived(from: name, taken: Set(existingProjects)) else {
                throw UserError("no free project key for '\(name)'; choose one with --project KEY")
            }
            key = derived
        }
        if existingProjects.contains(key) {
            throw UserError("project \(key) already exists; an MS Project file becomes a new project: choose another key with --project KEY")
        }
        var project = Project(key: key, name: name, client: root.value("Company") ?? "",
                              startDate: root.value("StartDate").flatMap(MSPDITime.parseDateTime)?.day,
                              hoursPerDay: Double(minutesPerDay) / 60)
        project.status = .active
        var setup: [ImportPlan.Step] = [.init(.addProject(project), source: "the project (\(name))")]

        // Calendars, by UID.
        var calendars: [String: MSPDICalendar] = [:]
        for node in root.child("Calendars")?.children("Calendar") ?? [] {
            guard let uid = node.value("UID") else { continue }
            calendars[uid] = try MSPDICalendar(node, context: "calendar \(uid) (\(node.value("Name") ?? ""))")
        }
        let projectCalendar = root.value("CalendarUID").flatMap { calendars[$0] }
        var holidays = 0
        for (range, label) in projectCalendar?.exceptions ?? [] {
            var d = range.start
            while d <= range.end {
                setup.append(.init(.addHoliday(projectKey: key, Holiday(date: d, name: label)), source: "the project calendar's exception on \(d.iso)"))
                holidays += 1
                d = d + 1
            }
        }

        // Resources: the workspace's members when they are there already, else new ones.
        var handleOfResource: [String: String] = [:]
        var nameOfResource: [String: String] = [:]
        var newMembers: [Member] = []
        var existing: [String] = []
        var taken = Set(members.map(\.handle))
        let resourceUIDs = Set((root.child("Resources")?.children("Resource") ?? []).compactMap { $0.value("UID") })
        for node in root.child("Resources")?.children("Resource") ?? [] {
            guard node.value("IsNull") != "1", let uid = node.value("UID"), let fullName = node.value("Name") else { continue }
            // Material (0) and cost (2) resources are not people.
            guard (node.value("Type") ?? "1") == "1" else { continue }
            let context = "resource \(uid) (\(fullName))"
            nameOfResource[uid] = fullName
            let initials = node.value("Initials").map { Handle.normalize($0) }
            if let m = members.first(where: { $0.handle == initials && $0.name.lowercased() == fullName.lowercased() })
                ?? members.first(where: { $0.name.lowercased() == fullName.lowercased() }) {
                handleOfResource[uid] = m.handle
                existing.append(m.handle)
                continue
            }
            let handle = initials.flatMap { Handle.isValid($0) && !taken.contains($0) ? $0 : nil }
                ?? Handle.derived(fromName: fullName, taken: taken)
            taken.insert(handle)
            handleOfResource[uid] = handle
            let calendar = node.value("CalendarUID").flatMap { calendars[$0] }
            let base = calendar?.baseUID.flatMap { calendars[$0] } ?? projectCalendar
            let minutes = calendar.map { $0.resolvedMinutes(base: base) } ?? projectCalendar?.resolvedMinutes(base: nil) ?? [:]
            var days = Set(minutes.filter { $0.value > 0 }.map(\.key))
            if minutes.isEmpty { days = Weekday.workWeek }
            let maxUnits = try double(node.value("MaxUnits"), "MaxUnits", context: context) ?? 1
            let daily = days.map { minutes[$0] ?? minutesPerDay }.reduce(0, +)
            var member = Member(handle: handle, name: fullName, role: node.value("Group") ?? "",
                                weeklyCapacityMinutes: Int((Double(daily) * maxUnits).rounded()),
                                workingDays: days.isEmpty ? Weekday.workWeek : days)
            let rates = try rateTable(node, currency: currency, minutesPerDay: minutesPerDay, context: context)
            member.hourlyRate = rates.first?.rate
            newMembers.append(member)
            setup.append(.init(.addMember(member), source: context))
            for later in rates.dropFirst() {
                var edit = MemberEdit()
                edit.hourlyRate = later.rate.map { .set($0) } ?? .clear
                edit.rateEffectiveFrom = later.from
                setup.append(.init(.editMember(handle: handle, edit), source: "\(context), rate from \(later.from.iso)"))
            }
            for (range, note) in calendar?.exceptions ?? [] {
                setup.append(.init(.addTimeOff(handle: handle, range: range, note: note), source: "\(context), time off \(range.start.iso)"))
            }
        }

        // Tasks: summaries group, milestones become milestones, the rest tasks.
        let nodes = (root.child("Tasks")?.children("Task") ?? []).filter {
            $0.value("IsNull") != "1" && $0.value("UID") != nil && $0.value("OutlineLevel") != "0" && $0.value("UID") != "0"
        }
        var byUID: [String: XMLTree] = [:]
        for node in nodes {
            let uid = node.value("UID")!
            if byUID[uid] != nil { throw UserError("task UID \(uid) appears twice") }
            byUID[uid] = node
        }
        func isSummary(_ n: XMLTree) -> Bool { n.value("Summary") == "1" }
        func isMilestone(_ n: XMLTree) -> Bool { n.value("Milestone") == "1" && !isSummary(n) }
        // In UID order, the order MS Project made them in: a file this program wrote
        // gives its task numbers back.
        let workNodes = nodes.filter { !isSummary($0) && !isMilestone($0) }.sorted {
            (Int($0.value("UID")!) ?? Int.max, $0.value("UID")!) < (Int($1.value("UID")!) ?? Int.max, $1.value("UID")!)
        }
        let milestoneNodes = nodes.filter(isMilestone)
        var indexOfUID: [String: Int] = [:]
        for (i, n) in workNodes.enumerated() { indexOfUID[n.value("UID")!] = i }

        // What a link to a UID means: that task, a summary's tasks, or a milestone's tasks.
        func leaves(of uid: String, context: String, seen: Set<String> = []) throws(UserError) -> [Int] {
            guard let node = byUID[uid] else {
                throw UserError("\(context): a predecessor link to task UID \(uid), which is not in the file")
            }
            if let i = indexOfUID[uid] { return [i] }
            if seen.contains(uid) { return [] }
            if isSummary(node), let outline = node.value("OutlineNumber") {
                return workNodes.enumerated().filter { ($0.element.value("OutlineNumber") ?? "").hasPrefix(outline + ".") }.map(\.offset)
            }
            var out: [Int] = []
            for link in node.children("PredecessorLink") {
                guard let p = link.value("PredecessorUID") else { continue }
                out += try leaves(of: p, context: context, seen: seen.union([uid]))
            }
            return out
        }

        // Milestones: unique names (commas are not allowed in ours), and their tasks.
        var milestoneNames: [String] = []
        var milestoneOfTask: [Int: (name: String, at: Int)] = [:]
        for node in milestoneNodes {
            let uid = node.value("UID")!
            var n = (node.value("Name") ?? "Milestone \(uid)").replacingOccurrences(of: ",", with: " ")
            if milestoneNames.contains(where: { $0.lowercased() == n.lowercased() }) { n += " (\(uid))" }
            milestoneNames.append(n)
            let when = node.value("Deadline").flatMap(MSPDITime.parseDateTime)?.day ?? node.value("Finish").flatMap(MSPDITime.parseDateTime)?.day
            setup.append(.init(.addMilestone(projectKey: key, name: n, due: when, description: node.value("Notes") ?? ""), source: "milestone task \(uid) (\(n))"))
            let order = when?.ordinal ?? Int.max
            for link in node.children("PredecessorLink") {
                guard let p = link.value("PredecessorUID") else { continue }
                // A task leading into several milestones belongs to the earliest.
                for i in try leaves(of: p, context: "milestone task \(uid) (\(n))") where (milestoneOfTask[i]?.at ?? Int.max) > order {
                    milestoneOfTask[i] = (n, order)
                }
            }
        }

        // Assignments: the resource with the most work is the assignee.
        var assignmentsByTask: [String: [(resource: String, work: Int)]] = [:]
        for a in root.child("Assignments")?.children("Assignment") ?? [] {
            guard let task = a.value("TaskUID"), let resource = a.value("ResourceUID"), resource != "-65535" else { continue }
            guard resourceUIDs.contains(resource) || resource == "0" else {
                if byUID[task] == nil { continue }
                throw UserError("assignment \(a.value("UID") ?? "?"): resource UID \(resource) is not in the file")
            }
            // Only people are assignees; a material or cost resource is left out.
            guard handleOfResource[resource] != nil else { continue }
            let work = try duration(a.value("Work"), "Work", context: "assignment \(a.value("UID") ?? "?")", minutesPerDay: minutesPerDay) ?? 0
            assignmentsByTask[task, default: []].append((resource, work))
        }

        var tasks: [ImportedTask] = []
        var baselineEntries: [ImportedBaseline.Entry] = []
        for (i, node) in workNodes.enumerated() {
            let uid = node.value("UID")!
            guard let title = node.value("Name") else { throw UserError("task UID \(uid): no Name; every task needs one") }
            let context = "task UID \(uid) (\(title))"
            func time(_ field: String) throws(UserError) -> (day: Day, minutes: Int)? {
                guard let text = node.value(field) else { return nil }
                guard let t = MSPDITime.parseDateTime(text) else {
                    throw UserError("\(context), \(field): '\(text)'; expected a date-time like 2026-12-01T09:00:00")
                }
                return t
            }
            let work = try duration(node.value("Work"), "Work", context: context, minutesPerDay: minutesPerDay) ?? 0
            let actual = try duration(node.value("ActualWork"), "ActualWork", context: context, minutesPerDay: minutesPerDay) ?? 0
            let remaining = try duration(node.value("RemainingWork"), "RemainingWork", context: context, minutesPerDay: minutesPerDay)
            let percent = try int(node.value("PercentComplete") ?? node.value("PercentWorkComplete"), "PercentComplete", context: context) ?? 0
            guard (0...100).contains(percent) else { throw UserError("\(context), PercentComplete: \(percent); expected 0 to 100") }
            let actualStart = try time("ActualStart")
            let actualFinish = try time("ActualFinish")
            let finish = try time("Finish")
            let start = try time("Start")

            var draft = TaskDraft(title: title.split(whereSeparator: \.isNewline).joined(separator: " "))
            draft.notes = node.value("Notes") ?? ""
            if node.value("Active") == "0" {
                draft.status = .cancelled
            } else if percent == 100 {
                draft.status = .done
            } else if percent > 0 || actualStart != nil || actual > 0 {
                draft.status = .inProgress
            }
            if let p = try int(node.value("Priority"), "Priority", context: context) {
                draft.priority = p >= 800 ? .urgent : p >= 600 ? .high : p >= 400 ? .medium : .low
            }
            draft.estimateMinutes = work > 0 ? work : nil
            draft.due = try time("Deadline")?.day
            draft.milestone = milestoneOfTask[i]?.name
            let assigned = (assignmentsByTask[uid] ?? []).sorted { ($0.work, $1.resource) > ($1.work, $0.resource) }
            if let main = assigned.first {
                draft.assignee = handleOfResource[main.resource]
                let others = assigned.dropFirst().compactMap { a in nameOfResource[a.resource].map { "\($0) (\(Format.hours(a.work)))" } }
                if !others.isEmpty {
                    draft.notes += (draft.notes.isEmpty ? "" : "\n") + "also assigned in MS Project: \(others.joined(separator: ", "))"
                }
            }
            var dependsOn: [Int] = []
            for link in node.children("PredecessorLink") {
                guard let p = link.value("PredecessorUID") else { continue }
                dependsOn += try leaves(of: p, context: context)
            }
            if dependsOn.contains(i) { throw UserError("\(context): the task is its own predecessor") }

            // Work already done is logged by the assignee, a day's worth per working day
            // from the actual start, so spent and remaining add up to the work again.
            var entries: [ImportedTimeEntry] = []
            if actual > 0, let who = draft.assignee {
                var day = actualStart?.day ?? start?.day ?? project.startDate ?? today
                var left = actual
                while left > 0 {
                    if day.weekday.rawValue < 5 {
                        let chunk = min(left, minutesPerDay)
                        entries.append(ImportedTimeEntry(member: who, date: day, minutes: chunk, note: "actual work in MS Project"))
                        left -= chunk
                    }
                    day = day + 1
                }
            }
            let loggedNone = entries.isEmpty
            var explicitRemaining: Int?
            if draft.status.isOpen, let r = remaining, r != max(0, work - (loggedNone ? 0 : actual)) { explicitRemaining = r }
            let created = try time("CreateDate").map { MSPDITime.instant($0, in: timeZone) }
            let started = actualStart.map { MSPDITime.instant($0, in: timeZone) }
            let completed = draft.status == .done ? (actualFinish ?? finish).map { MSPDITime.instant($0, in: timeZone) } : nil
            tasks.append(ImportedTask(draft: draft, dependsOn: Array(Set(dependsOn)).sorted(), created: created, started: started,
                                      completed: completed, timeEntries: entries, remainingMinutes: explicitRemaining, project: key))

            if let b = node.children("Baseline").first(where: { ($0.value("Number") ?? "0") == "0" }) {
                let bStart = b.value("Start").flatMap(MSPDITime.parseDateTime)?.day
                let bFinish = b.value("Finish").flatMap(MSPDITime.parseDateTime)?.day
                let bWork = try duration(b.value("Work"), "Baseline Work", context: context, minutesPerDay: minutesPerDay) ?? work
                let cost = try double(b.value("Cost"), "Baseline Cost", context: context)
                    .map { Money(minorUnits: Int64($0.rounded()), currency: currency) }  // hundredths, as MSPDI keeps costs
                baselineEntries.append(.init(task: i, plannedStart: bStart, plannedFinish: bFinish,
                                             estimateMinutes: bWork > 0 ? bWork : project.defaultEstimateMinutes, plannedCost: cost))
            }
        }
        let baseline = baselineEntries.isEmpty ? nil : ImportedBaseline(projectKey: key, name: baselineName, entries: baselineEntries)
        return Result(plan: ImportPlan(setup: setup, tasks: tasks, baseline: baseline), project: project,
                      newMembers: newMembers, existingMembers: existing, milestones: milestoneNames, holidays: holidays,
                      baseline: baseline?.name)
    }

    /// A resource's standard rates over time (rate table A), oldest first; the
    /// resource's StandardRate alone when it has no table.
    static func rateTable(_ node: XMLTree, currency: String, minutesPerDay: Int, context: String) throws(UserError) -> [(from: Day, rate: Money?)] {
        func money(_ text: String?, format: String?, _ field: String) throws(UserError) -> Money? {
            guard let text else { return nil }
            guard let value = Double(text), value >= 0 else {
                throw UserError("\(context), \(field): '\(text)'; expected an amount like 95 or 95.50")
            }
            let perHour: Double
            switch format ?? "2" {
            case "1": perHour = value * 60
            case "2": perHour = value
            case "3": perHour = value * 60 / Double(minutesPerDay)
            case "4": perHour = value * 60 / Double(minutesPerDay * 5)
            default:
                throw UserError("\(context), \(field)Format: '\(format ?? "")'; expected 1 (per minute), 2 (per hour), 3 (per day) or 4 (per week)")
            }
            return perHour == 0 ? nil : Money(minorUnits: Int64((perHour * 100).rounded()), currency: currency)
        }
        var out: [(from: Day, rate: Money?)] = []
        for r in node.child("Rates")?.children("Rate") ?? [] where (r.value("RateTable") ?? "0") == "0" {
            let from = r.value("RatesFrom").flatMap(MSPDITime.parseDateTime)?.day ?? MSPDIExport.firstRateDay
            out.append((from, try money(r.value("StandardRate"), format: r.value("StandardRateFormat"), "StandardRate")))
        }
        out.sort { $0.from < $1.from }
        if out.isEmpty, let standard = try money(node.value("StandardRate"), format: node.value("StandardRateFormat"), "StandardRate") {
            out = [(MSPDIExport.firstRateDay, standard)]
        }
        // A table that starts with no rate adds nothing until its first real one.
        while let first = out.first, first.rate == nil { out.removeFirst() }
        return out
    }

    static func duration(_ text: String?, _ field: String, context: String, minutesPerDay: Int) throws(UserError) -> Int? {
        guard let text else { return nil }
        guard let minutes = MSPDITime.parseDuration(text, minutesPerDay: minutesPerDay), minutes >= 0 else {
            throw UserError("\(context), \(field): '\(text)'; expected a duration like PT16H0M0S")
        }
        return minutes
    }

    static func int(_ text: String?, _ field: String, context: String) throws(UserError) -> Int? {
        guard let text else { return nil }
        guard let n = Int(text) ?? Double(text).map({ Int($0.rounded()) }) else {
            throw UserError("\(context), \(field): '\(text)'; expected a whole number")
        }
        return n
    }

    static func double(_ text: String?, _ field: String, context: String) throws(UserError) -> Double? {
        guard let text else { return nil }
        guard let n = Double(text) else { throw UserError("\(context), \(field): '\(text)'; expected a number") }
        return n
    }
}
