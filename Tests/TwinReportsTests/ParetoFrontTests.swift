import Testing

@testable import TwinReports

@Suite struct ParetoFrontTests {
  // Cost, satisfaction. A(1, 60) and C(3, 70) and E(5, 75) are on the front; B(2, 55) is beaten by
  // A (cheaper and better), D(4, 70) by C (cheaper, as good), F(5, 74) by E (as cheap, better).
  let options: [(cost: Double, value: Double)] = [(3, 70), (2, 55), (1, 60), (4, 70), (5, 75), (5, 74)]

  @Test func maximizingKeepsTheUndominatedInCostOrder() {
    #expect(ParetoFront.indices(options, goal: .maximize) == [2, 0, 4])
  }

  @Test func minimizingTheSecondCriterionFlipsTheFront() {
    // Lower is better: only the cheapest option with the lowest value, B(2, 55) beats no one
    // cheaper; A(1, 60) is cheapest. Front: A and B.
    #expect(ParetoFront.indices(options, goal: .minimize) == [2, 1])
  }

  @Test func nonFiniteOptionsAreNeverOnTheFrontAndIdenticalOnesAllAre() {
    let front = ParetoFront.indices([(1, .nan), (2, 50), (2, 50), (.infinity, 90)], goal: .maximize)
    #expect(front == [1, 2])
  }
}
