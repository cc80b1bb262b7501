/// A PPP enterprise running one facility in one community (L5).
struct PPPOperator {
  /// Index into ``Scenario/ppp`` of its policy.
  var policy: Int
  /// Index into the model's facility instances.
  var facility: Int
  /// Places it added (open once built).
  var addedPlaces: Int
  var active = true
  var addedOpen = false
  /// Since the last review [CNY]: fees, subsidy received, running cost.
  var revenue = 0.0
  var subsidy = 0.0
  var cost = 0.0
}
