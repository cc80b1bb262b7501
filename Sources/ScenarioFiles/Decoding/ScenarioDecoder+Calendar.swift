import SimKernel

/// The `calendar` section: the working days and hours of community staff.
extension ScenarioDecoder {
  /// Reads `workdays` (default Monday–Friday), `opens` (default 09:00) and `closes` (default
  /// 17:00; after `opens`; 24:00 allowed). A missing section gives the defaults.
  func workingCalendar(_ reader: ObjectReader) -> WorkingCalendar {
    let workdays = reader.weekdays("workdays", default: [0, 1, 2, 3, 4])
    let opens = reader.clockTime("opens", default: 9 * 60, allowsEndOfDay: false)
    let closes = reader.clockTime("closes", default: 17 * 60, allowsEndOfDay: true)
    reader.finish()
    if opens >= closes, !problems.hasProblems(under: reader.path("opens")),
      !problems.hasProblems(under: reader.path("closes"))
    {
      problems.report(
        reader.path("closes"), value: Self.clock(closes), "must be later than opens (\(Self.clock(opens)))",
        allowed: "opens < closes")
    }
    // After a reported opens ≥ closes, carry on with the default hours.
    let (from, to) = opens < closes ? (opens, closes) : (9 * 60, 17 * 60)
    do {
      return try WorkingCalendar(workdays: workdays, opens: .minutes(from), closes: .minutes(to))
    } catch {
      problems.report(reader.path, "\(error)", allowed: "workdays, and opens < closes within the day")
      return Self.defaultCalendar
    }
  }

  /// `"HH:MM"` for minutes after midnight, as written in files.
  static func clock(_ minutes: Int) -> String {
    let h = minutes / 60
    let m = minutes % 60
    return "\"\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)\""
  }

  /// Monday–Friday, 09:00–17:00.
  static let defaultCalendar: WorkingCalendar = {
    do { return try WorkingCalendar() } catch { preconditionFailure("the default calendar is valid") }
  }()
}
