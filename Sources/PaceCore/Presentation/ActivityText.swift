/// How one activity row reads to a person: "todo → in-progress", "set to 4h".
public enum ActivityText {
    public static func value(_ field: String, _ raw: String?) -> String {
        guard let raw, !raw.isEmpty else { return "—" }
        switch field {
        case "estimate", "remaining", "capacity", "hours-budget":
            return Int(raw).map { Format.hours($0) } ?? raw
        case "started", "completed", "deleted":
            return String(raw.prefix(16)).replacingOccurrences(of: "T", with: " ")
        default:
            return raw
        }
    }

    public static func change(_ a: Activity) -> String {
        switch a.field {
        case "created": return "created: \(a.newValue ?? "")"
        case "deleted": return "deleted: \(a.oldValue ?? "")"
        default:
            if a.oldValue == nil || a.oldValue == "" { return "set to \(value(a.field, a.newValue))" }
            if a.newValue == nil || a.newValue == "" { return "cleared (was \(value(a.field, a.oldValue)))" }
            return "\(value(a.field, a.oldValue)) → \(value(a.field, a.newValue))"
        }
    }
}
