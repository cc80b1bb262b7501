import CommunityModel
import FileFormats

/// Tells what happened in a round, week by week, from the run's counts (``RunTally``) and the
/// scenario's scheduled shocks (emergencies and surges), in English and Chinese.
struct Narrator {
  let scenario: Scenario

  /// The scenario's shocks that strike on run day `day` [days from the start of the warm-up].
  /// O(emergencies + surges).
  func shocks(onRunDay day: Int, gameDay: Int, week: Int) -> [NarrationEvent] {
    var events: [NarrationEvent] = []
    for emergency in scenario.emergencies where emergency.day == day {
      let facility = scenario.facilities[emergency.facility].id
      let percent = Int((emergency.placesLostShare * 100).rounded())
      events.append(
        NarrationEvent(
          day: gameDay, week: week,
          text: LocalizedText(
            en:
              "Emergency \(emergency.id): the \(facility) lost \(percent) % of its places; the repair goes for approval.",
            zh: "突发事件 \(emergency.id)：\(facility) 损失了 \(percent)% 的位置，维修项目进入审批。")))
    }
    for surge in scenario.surges where surge.day == day {
      let category = scenario.needs[surge.category].id
      let factor = JSONValue.format(surge.factor)
      events.append(
        NarrationEvent(
          day: gameDay, week: week,
          text: LocalizedText(
            en: "\(surge.id): \(category) requests arrive at \(factor) × their usual rate for \(surge.days) days.",
            zh: "\(surge.id)：\(category) 类需求在 \(surge.days) 天内以平时的 \(factor) 倍出现。")))
    }
    return events
  }

  /// What the counts say happened between `before` and `after` (a week), one event per kind
  /// that moved. O(1).
  func changes(from before: RunTally, to after: RunTally, gameDay: Int, week: Int) -> [NarrationEvent] {
    var events: [NarrationEvent] = []
    func tell(_ count: Int, en: (Int) -> String, zh: (Int) -> String) {
      if count > 0 {
        events.append(NarrationEvent(day: gameDay, week: week, text: LocalizedText(en: en(count), zh: zh(count))))
      }
    }
    tell(
      after.projectsApproved - before.projectsApproved, en: { "\($0) project\($0 == 1 ? "" : "s") approved." },
      zh: { "批准了 \($0) 个项目。" })
    tell(
      after.projectsRejected - before.projectsRejected, en: { "\($0) project\($0 == 1 ? "" : "s") turned down." },
      zh: { "驳回了 \($0) 个项目。" })
    tell(
      after.projectsCompleted - before.projectsCompleted, en: { "\($0) project\($0 == 1 ? "" : "s") built." },
      zh: { "建成了 \($0) 个项目。" })
    tell(
      after.misuseExposed - before.misuseExposed,
      en: { "Disclosed accounts exposed \($0) attempt\($0 == 1 ? "" : "s") to misuse project money." },
      zh: { "账目公开揭露了 \($0) 起挪用项目资金的企图。" })
    tell(
      after.repairsDone - before.repairsDone, en: { "\($0) emergency repair\($0 == 1 ? "" : "s") finished." },
      zh: { "完成了 \($0) 项应急维修。" })
    tell(
      after.departures - before.departures, en: { "\($0) staff member\($0 == 1 ? "" : "s") left." },
      zh: { "\($0) 名工作人员离职。" })
    tell(
      after.hires - before.hires, en: { "\($0) post\($0 == 1 ? "" : "s") filled by new hires." },
      zh: { "新招聘填补了 \($0) 个岗位。" })
    tell(
      after.operatorExits - before.operatorExits,
      en: { "\($0) PPP operator\($0 == 1 ? "" : "s") pulled out: fees and subsidy did not cover the cost." },
      zh: { "\($0) 家社会资本运营方退出：收费和补贴不足以覆盖成本。" })
    tell(
      after.contractsEnded - before.contractsEnded,
      en: { "\($0) PPP contract\($0 == 1 ? "" : "s") ran out; the facility closes until a re-tender." },
      zh: { "\($0) 份合作合同到期，设施在重新招标前关闭。" })
    return events
  }
}
