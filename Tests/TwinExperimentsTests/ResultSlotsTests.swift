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

  /// Values that own heap storage (arrays), written from many threads at once into
  /// neighbouring slots, come back whole.
  @Test func parallelWritersOfHeapValuesKeepEveryValueWhole() {
    let slots = ResultSlots<[Int]>(count: 500)
    DispatchQueue.concurrentPerform(iterations: 500) { index in slots.store(Array(0...index), at: index) }
    let values = slots.collect()
    #expect(values.indices.allSatisfy { values[$0] == Array(0...$0) })
  }

  @Test func emptySlotsCollectToAnEmptyArray() {
    #expect(ResultSlots<Double>(count: 0).collect().isEmpty)
  }

  /// Misuse traps in every build (each exit test runs its body in a child process); debug
  /// builds print the precondition's message, which names the slot.
  @Test func aSecondWriteToASlotTraps() async throws {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      let slots = ResultSlots<Int>(count: 2)
      slots.store(1, at: 1)
      slots.store(2, at: 1)
    }
    #if DEBUG
    let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
    #expect(message.contains("ResultSlots: slot 1 written twice"))
    #endif
  }

  @Test func collectingWithASlotNeverWrittenTraps() async {
    await #expect(processExitsWith: .failure) {
      let slots = ResultSlots<Int>(count: 2)
      slots.store(1, at: 0)
      _ = slots.collect()
    }
  }

  @Test func anIndexOutsideTheSlotsTraps() async {
    await #expect(processExitsWith: .failure) {
      ResultSlots<Int>(count: 2).store(1, at: 2)
    }
  }
}
