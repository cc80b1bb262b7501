/// Key-path arithmetic in the reported spelling: `a.b`, `a[3]`.
package enum JSONPath {
  /// `parent.key`, or `key` at the top level.
  package static func child(_ parent: String, _ key: String) -> String {
    parent.isEmpty ? key : "\(parent).\(key)"
  }

  /// `parent[index]`.
  package static func element(_ parent: String, _ index: Int) -> String {
    "\(parent)[\(index)]"
  }
}
