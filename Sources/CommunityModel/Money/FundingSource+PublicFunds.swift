extension FundingSource {
  /// Whether money from this source is the community's public funds, the money a policy's
  /// cost is charged to (`budget.public_cost_cny`): the government's appropriation,
  /// donations, self-raised income and the community foundation. A PPP operator's own social
  /// capital and residents' crowdfunding are other payers' money, spent on the community but
  /// not from its funds.
  ///
  /// An exhaustive switch, so that a new source has to be placed on one side or the other.
  var isPublicFunds: Bool {
    switch self {
    case .government, .donations, .selfRaised, .foundation: true
    case .socialCapital, .crowdfunding: false
    }
  }
}
