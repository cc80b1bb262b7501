import Dispatch
import Testing
import TwinExperiments

@Suite struct ResultSlotsTests {
  @Test func collectsInIndexOrderWhateverTheWriteOrder() {
    let slots = ResultSlots<String>(count: 4)
    for index in [2, 0, 3, 1] { slots.store("v\(index)", at: index) }
    #expect(slots.collect() == ["v0", "v1", "v2", "v3"])
  }

  @Test func parallelWritersFillEverySlot() {
    let slots = ResultSlots<Int>(count: 1_000)
    DispatchQueue.concurrentPerform(iterations: 1_000) { index in slots.store(index * index, at: index) }
    #expect(slots.collect() == (0..<1_000).map { $0 * $0 })
  }

  @Test func emptySlotsCollectToAnEmptyArray() {
    #expect(ResultSlots<Double>(count: 0).collect().isEmpty)
  }
}
