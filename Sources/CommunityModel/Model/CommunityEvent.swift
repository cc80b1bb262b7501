/// Everything that can happen in a district, as one small enum (≤ 16 bytes; one event
/// enum and one switch, `Docs/kernel.md`). Payloads are indices into the model's arrays; `generation` payloads make
/// stale events (a patience timer for a request already served) recognisable.
public enum CommunityEvent: Hashable, Sendable, Codable {
  /// The next need of need process `process` (one per community × category) arises.
  case needArises(process: UInt32)
  /// A need's report (or discovery) reaches the community office: it becomes a request.
  case requestReported(request: UInt32)
  /// A queued request's resident gives up, unless the request has moved on since.
  case patienceRunsOut(request: UInt32, generation: UInt32)
  /// A worker finishes the job (case or administrative task) in hand.
  case jobCompletes(worker: UInt32)
  /// A hand-off ends: the request joins department `department`'s queue
  /// (``DepartmentState/allPending``: every department it still needs).
  case handoffArrives(request: UInt32, department: UInt32)
  /// A department finishes its part of a request.
  case departmentFinishes(department: UInt32, request: UInt32)
  /// An administrative task (inspection, report, meeting, order) lands on a community's staff,
  /// unless the catalogue has changed since it was drawn.
  case adminTaskArrives(community: UInt32, generation: UInt32)
  /// A worker resigns, unless the post has changed hands since.
  case workerQuits(worker: UInt32, generation: UInt32)
  /// A vacant post is filled.
  case workerHired(worker: UInt32)
  /// A resident arrives at a facility.
  case visitArrives(facility: UInt32)
  /// A visit ends and frees a place, at a facility where visitors wait (elsewhere the
  /// facility's loss pool keeps the end: ``FacilityInstance/lossPool``).
  case visitEnds(facility: UInt32)
  /// A waiting visitor gives up, if still waiting.
  case visitorGivesUp(visitor: UInt64, facility: UInt32)
  case facilityOpens(facility: UInt32)
  case facilityCloses(facility: UInt32)
  /// A community's planning cycle: projects chosen from the backlog (and, under L10,
  /// idle multi-use places converted).
  case planningCycle(community: UInt32)
  /// The approval chain (or local approval) of a project is through.
  case projectApproved(project: UInt32)
  /// A project is built: capacity added, its backlog resolved.
  case projectCompletes(project: UInt32)
  /// A PPP operator's added places open.
  case operatorPlacesOpen(operator: UInt32)
  /// The gap in service of a PPP partnership is over: a new operator or the community
  /// takes over.
  case serviceResumes(operator: UInt32)
  /// Performance evaluation across the district's communities (L9).
  case evaluation
  /// Emergency `emergency` (index into ``Scenario/emergencies``) strikes.
  case emergencyStrikes(emergency: UInt32)
  /// A new offender's career starts in community `community` (``SecurityParameters``).
  case offenderStarts(community: UInt32)
  /// Offender `offender` makes an attempt, or gives up.
  case offenderActs(offender: UInt32)
  /// Intervention `index` of the scenario's mid-run interventions starts.
  case interventionStarts(index: UInt32)
  /// Midnight: money flows of the day, then the day's time-series row.
  case dayEnds
  /// The warm-up is over: statistics start from here.
  case warmupEnds
}
