import CommunityModel
import FileFormats

/// Keys that name something defined elsewhere in the file (a community, a need category, a
/// role, a department): found by name, or reported with a did-you-mean.
extension ScenarioDecoder {
  /// The index among `names` of the name `key` of `object` gives, or `nil` after reporting
  /// an unknown name ("no `noun`", with a suggestion and the names allowed); quietly when
  /// `listReported` (the list the names come from was itself rejected). O(names).
  func reference(
    _ object: ObjectReader, _ key: String, among names: [String], noun: String, plural: String,
    listReported: Bool, nonEmpty: Bool = false
  ) -> Int? {
    let name = object.string(key, nonEmpty: nonEmpty)
    guard !problems.hasProblems(under: object.path(key)) else { return nil }
    if let index = names.firstIndex(of: name) { return index }
    guard !listReported else { return nil }
    problems.report(
      object.path(key), value: "\"\(name)\"", "no \(noun)\(EditDistance.suggestion(for: name, in: names))",
      allowed: names.isEmpty ? "no \(plural) are defined" : names.joined(separator: ", "))
    return nil
  }

  /// The community named by `key` of `object`.
  func communityIndex(_ object: ObjectReader, _ key: String, in communities: [CommunitySpec]) -> Int? {
    reference(
      object, key, among: communities.map(\.name), noun: "community has this name", plural: "communities",
      listReported: problems.hasProblem(at: "communities"), nonEmpty: true)
  }

  /// The need category whose id is `key` of `object`.
  func needIndex(_ object: ObjectReader, _ key: String, in needs: [NeedCategory]) -> Int? {
    reference(
      object, key, among: needs.map(\.id), noun: "need category has this id", plural: "need categories",
      listReported: problems.hasProblem(at: "needs"))
  }

  /// The role whose id is `key` of `object`.
  func roleIndex(_ object: ObjectReader, _ key: String, in roles: [WorkerRole]) -> Int? {
    reference(
      object, key, among: roles.map(\.id), noun: "role has this id", plural: "roles",
      listReported: problems.hasProblems(under: "workforce.roles"))
  }
}
