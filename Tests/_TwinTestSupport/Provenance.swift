/// `json`, the text of a `summary.json`, `comparison.json` or `manifest.json`, without its
/// `provenance` object (the last key), which differs between runs that give the same results
/// (the start time, the command line); `json` itself when it has none.
public func withoutProvenance(_ json: String) -> String {
  guard let start = json.range(of: ",\n  \"provenance\": {"),
    let end = json.range(of: "\n  }", range: start.upperBound..<json.endIndex)
  else { return json }
  return String(json[..<start.lowerBound] + json[end.upperBound...])
}
