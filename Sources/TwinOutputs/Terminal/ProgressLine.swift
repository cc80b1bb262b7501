/// The one-line progress display of long commands: a bar, runs done of planned, time elapsed
/// and the estimated time left (elapsed × remaining ÷ done, so it assumes the runs left take
/// as long as those done).
///
///     [##########----------]  40/80 runs  0:12 elapsed  about 0:18 left
public enum ProgressLine {
  /// The line for `finished` of `planned` runs after `elapsed` seconds, with a bar `barWidth`
  /// characters wide. O(barWidth).
  public static func render(finished: Int, planned: Int, elapsed: Double, barWidth: Int = 24) -> String {
    let total = max(planned, finished, 1)
    let filled = barWidth * finished / total
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
    let digits = "\(total)".count
    let done = String(repeating: " ", count: max(0, digits - "\(finished)".count)) + "\(finished)"
    var line = "\(bar) \(done)/\(total) runs  \(clock(elapsed)) elapsed"
    if finished > 0 && finished < total {
      line += "  about \(clock(elapsed * Double(total - finished) / Double(finished))) left"
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
