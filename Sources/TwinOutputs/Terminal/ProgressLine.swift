import ScenarioFiles
import TwinExperiments

/// The one-line progress display of long commands: a bar, runs done of planned, time elapsed
/// and the estimated time left (elapsed × work left ÷ work done, so it assumes the work left
/// goes as fast as the work done). Work is simulated days when the progress counts them (a
/// long replication moves the bar day by day), else runs.
///
///     [##########----------]  40/80 runs  0:12 elapsed  about 0:18 left
///
/// In Chinese: `[##########----------]  40/80次运行  已用0:12  约剩0:18`.
public enum ProgressLine {
  /// The line for `progress` after `elapsed` seconds, with a bar `barWidth` characters wide,
  /// in `language`. O(barWidth).
  public static func render(
    _ progress: ExperimentProgress, elapsed: Double, barWidth: Int = 24, language: ReportLanguage = .en
  ) -> String {
    let total = max(progress.planned, progress.finished, 1)
    let work = progress.work
    let planned = max(work.planned, work.done, 1)
    let filled = barWidth * work.done / planned
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
    let digits = "\(total)".count
    let done = String(repeating: " ", count: max(0, digits - "\(progress.finished)".count)) + "\(progress.finished)"
    var line = language.words(
      "\(bar) \(done)/\(total) runs  \(clock(elapsed)) elapsed", "\(bar) \(done)/\(total)次运行  已用\(clock(elapsed))")
    if work.done > 0 && work.done < planned {
      let left = clock(elapsed * Double(planned - work.done) / Double(work.done))
      line += language.words("  about \(left) left", "  约剩\(left)")
    }
    return line
  }

  /// `seconds` as m:ss, or h:mm:ss from an hour.
  public static func clock(_ seconds: Double) -> String {
    let s = max(0, Int(seconds.rounded()))
    let (h, rest) = s.quotientAndRemainder(dividingBy: 3600)
    let (m, sec) = rest.quotientAndRemainder(dividingBy: 60)
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
  }
}
