/// A task's name as people say it: the project key and a per-project number, `WEB-12`.
public struct TaskID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var projectKey: String
    public var number: Int

    public init(projectKey: String, number: Int) {
        self.projectKey = projectKey
        self.number = number
    }

    public var description: String { "\(projectKey)-\(number)" }

    public static func < (lhs: TaskID, rhs: TaskID) -> Bool {
        (lhs.projectKey, lhs.number) < (rhs.projectKey, rhs.number)
    }

    /// Parses `WEB-12` (any case), or a bare `12` / `#12` when a default project is given.
    public init?(parsing text: some StringProtocol, defaultProject: String? = nil) {
        var t = Substring(text)
        if t.hasPrefix("#") { t = t.dropFirst() }
        if let dash = t.lastIndex(of: "-") {
            let key = t[..<dash].uppercased()
            guard ProjectKey.isValid(key), let n = Int(t[t.index(after: dash)...]), n > 0 else { return nil }
            self.init(projectKey: key, number: n)
        } else if let project = defaultProject, t.allSatisfy(\.isNumber), let n = Int(t), n > 0 {
            self.init(projectKey: project, number: n)
        } else {
            return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = TaskID(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected a task ID like WEB-12, got '\(text)'"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

public enum ProjectKey {
    /// 2–6 capital ASCII letters.
    public static func isValid(_ key: some StringProtocol) -> Bool {
        (2...6).contains(key.count) && key.allSatisfy { $0.isASCII && $0.isUppercase && $0.isLetter }
    }
    public static let rule = "2 to 6 capital letters, e.g. WEB"
}
