import PaceCore
import Testing
@testable import PaceUI

/// The standup screens drawn from the demo workspace at its fixed clock (Monday
/// 09:00), with the standup built as a value (`StandupFixture`): started 08:55 by
/// @alice, @bob speaking. Regenerate for review with
/// PACE_PRINT_SNAPSHOTS=1 swift test --filter printScenarios.
@Suite struct StandupSnapshotTests {
    func canvas(_ name: String) -> Canvas {
        StandupScenarios.all().first { $0.0 == name }!.1
    }

    /// @bob speaking at 48 s of 2:00, with a blocker and a note written down
    @Test func speakerView80x24() {
        expectSnapshot(canvas("speaker 80x24"), #"""
 Paceline  WEB · Client portal relaun…  STANDUP @bob 1:12 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup · 2 of 6 ─────────────────────────── you facilitate · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                      next @carol │
│   ╷     ╷ ╶─┐                                                                │
│   │ ·   │ ┌─┘  left                                             timebox 2:00 │
│   ╵     ╵ └─╴                                                                │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────── 1/11 ─┐┌─ Load ───────────────────────────┐
│ WEB-12 doing   Shipment detail … 7h left ││ this week 40/40h 100% · assigned…│
│ WEB-15 blocked Carrier webhook ingestio… ││ Dec 7 100% · Dec 14 60% · Dec 21…│
│ WEB-20 review  User roles and p… 0h left │└──────────────────────────────────┘
│ WEB-40 todo    Fix: session exp… 4h left │┌─ Deadlines at risk ──────────────┐
│ WEB-33 todo    Data migration … 24h left ││ WEB-16 Notifications: e-mail on …│
└──────────────────────────────────────────┘│ WEB-18 Invoice download (PDF) du…│
┌─ Since Fri 00:00 ────────────────────────┐│ WEB-40 Fix: session expires duri…│
│ got      WEB-33 Data migration from lega…│└──────────────────────────────────┘
│ review   WEB-20 User roles and permissio…│┌─ Notes ──────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestio…││ blocker   carrier API keys → @da…│
│ done     WEB-6 Auth service: login with …││ today     finish the detail API  │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h    ││                                  │
│                                          ││                                  │
└──────────────────────────────────────────┘└──────────────────────────────────┘
 n next  p prev  Space pause  x skip  t note  b blocker  f follow-up  a add  d …
"""#)
    }

    /// the same on a wall screen: every open task and the whole since list
    @Test func speakerView160x48() {
        expectSnapshot(canvas("speaker 160x48"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                       STANDUP · @bob speaking · 1:12 left · 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ Standup · 2 of 6 ─────────────────────────────────────────────────────────────────────────────────────────────────────────── you facilitate · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                                                                                                      next @carol │
│   ╷     ╷ ╶─┐                                                                                                                                                │
│   │ ·   │ ┌─┘  left                                                                                                                             timebox 2:00 │
│   ╵     ╵ └─╴                                                                                                                                                │
└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────────────────────────────────────────────────── 1/11 ─┐┌─ Load ───────────────────────────────────────────────────────────────┐
│ WEB-12 doing   Shipment detail API                                           7h left ││ this week 40/40h 100% · assigned 55h                                 │
│ WEB-15 blocked Carrier webhook ingestion — waiting for carrier API keys from Northw… ││ Dec 7 100% · Dec 14 60% · Dec 21 0%                                  │
│ WEB-20 review  User roles and permissions                                    0h left │└──────────────────────────────────────────────────────────────────────┘
│ WEB-40 todo    Fix: session expires during upload                            4h left │┌─ Deadlines at risk ──────────────────────────────────────────────────┐
│ WEB-33 todo    Data migration from legacy portal                            24h left ││ WEB-16 Notifications: e-mail on delay due Dec 10 · forecast Dec 11 ·…│
│ WEB-16 todo    Notifications: e-mail on delay                               12h left ││ WEB-18 Invoice download (PDF) due Dec 11 · forecast Dec 14 · 1d late │
│ WEB-18 todo    Invoice download (PDF)                                       10h left ││ WEB-40 Fix: session expires during upload due Dec 2 · forecast Dec 1…│
│ WEB-39 todo    API documentation (OpenAPI)                                   8h left ││                                                                      │
│ WEB-48 backlog Penetration test fixes                                       16h left ││                                                                      │
│ WEB-55 backlog Rate limiting on public API                                   6h left ││                                                                      │
│ WEB-57 backlog Archive old shipments job                                     6h left ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
└──────────────────────────────────────────────────────────────────────────────────────┘│                                                                      │
┌─ Since Fri 00:00 ────────────────────────────────────────────────────────────────────┐│                                                                      │
│ got      WEB-33 Data migration from legacy portal (from @dave)                       │└──────────────────────────────────────────────────────────────────────┘
│ review   WEB-20 User roles and permissions                                           │┌─ Notes ──────────────────────────────────────────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestion — waiting for carrier API keys from Northw…││ blocker   carrier API keys → @dave WEB-15                            │
│ done     WEB-6 Auth service: login with SSO                                          ││ today     finish the detail API                                      │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h                                                ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
│                                                                                      ││                                                                      │
└──────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────┘
 n next  p prev  Space pause  x skip  t note  b blocker  f follow-up  a add  d done  s status  q end  Esc dashboard
"""#)
    }

    /// 0:20 left: the countdown turns to the at-risk style (see countdownStylesFollowThePhase)
    @Test func lastThirtySeconds() {
        expectSnapshot(canvas("speaker last seconds 80x24"), #"""
 Paceline  WEB · Client portal relaun…  STANDUP @bob 0:20 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup · 2 of 6 ─────────────────────────── you facilitate · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                      next @carol │
│ ┌─┐   ╶─┐ ┌─┐                                                                │
│ │ │ · ┌─┘ │ │  left                                             timebox 2:00 │
│ └─┘   └─╴ └─┘                                                                │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────── 1/11 ─┐┌─ Load ───────────────────────────┐
│ WEB-12 doing   Shipment detail … 7h left ││ this week 40/40h 100% · assigned…│
│ WEB-15 blocked Carrier webhook ingestio… ││ Dec 7 100% · Dec 14 60% · Dec 21…│
│ WEB-20 review  User roles and p… 0h left │└──────────────────────────────────┘
│ WEB-40 todo    Fix: session exp… 4h left │┌─ Deadlines at risk ──────────────┐
│ WEB-33 todo    Data migration … 24h left ││ WEB-16 Notifications: e-mail on …│
└──────────────────────────────────────────┘│ WEB-18 Invoice download (PDF) du…│
┌─ Since Fri 00:00 ────────────────────────┐│ WEB-40 Fix: session expires duri…│
│ got      WEB-33 Data migration from lega…│└──────────────────────────────────┘
│ review   WEB-20 User roles and permissio…│┌─ Notes ──────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestio…││ t note · b blocker · f follow-up │
│ done     WEB-6 Auth service: login with …││                                  │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h    ││                                  │
│                                          ││                                  │
└──────────────────────────────────────────┘└──────────────────────────────────┘
 n next  p prev  Space pause  x skip  t note  b blocker  f follow-up  a add  d …
"""#)
    }

    /// seven seconds over: +0:07 and "over"
    @Test func overrun() {
        expectSnapshot(canvas("speaker overrun 80x24"), #"""
 Paceline  WEB · Client portal relau…  STANDUP @bob +0:07 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup · 2 of 6 ─────────────────────────── you facilitate · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                      next @carol │
│     ┌─┐   ┌─┐ ╶─┐                                                            │
│ ╶┼╴ │ │ · │ │   │  over                                         timebox 2:00 │
│     └─┘   └─┘   ╵                                                            │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────── 1/11 ─┐┌─ Load ───────────────────────────┐
│ WEB-12 doing   Shipment detail … 7h left ││ this week 40/40h 100% · assigned…│
│ WEB-15 blocked Carrier webhook ingestio… ││ Dec 7 100% · Dec 14 60% · Dec 21…│
│ WEB-20 review  User roles and p… 0h left │└──────────────────────────────────┘
│ WEB-40 todo    Fix: session exp… 4h left │┌─ Deadlines at risk ──────────────┐
│ WEB-33 todo    Data migration … 24h left ││ WEB-16 Notifications: e-mail on …│
└──────────────────────────────────────────┘│ WEB-18 Invoice download (PDF) du…│
┌─ Since Fri 00:00 ────────────────────────┐│ WEB-40 Fix: session expires duri…│
│ got      WEB-33 Data migration from lega…│└──────────────────────────────────┘
│ review   WEB-20 User roles and permissio…│┌─ Notes ──────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestio…││ t note · b blocker · f follow-up │
│ done     WEB-6 Auth service: login with …││                                  │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h    ││                                  │
│                                          ││                                  │
└──────────────────────────────────────────┘└──────────────────────────────────┘
 n next  p prev  Space pause  x skip  t note  b blocker  f follow-up  a add  d …
"""#)
    }

    /// paused ten seconds ago: the countdown stands at 1:22
    @Test func paused() {
        expectSnapshot(canvas("speaker paused 80x24"), #"""
 Paceline  WEB · Client portal relaun…  STANDUP @bob 1:22 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup · 2 of 6 ─────────────────────────── you facilitate · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                      next @carol │
│   ╷   ╶─┐ ╶─┐                                                                │
│   │ · ┌─┘ ┌─┘  left · paused                                    timebox 2:00 │
│   ╵   └─╴ └─╴                                                                │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────── 1/11 ─┐┌─ Load ───────────────────────────┐
│ WEB-12 doing   Shipment detail … 7h left ││ this week 40/40h 100% · assigned…│
│ WEB-15 blocked Carrier webhook ingestio… ││ Dec 7 100% · Dec 14 60% · Dec 21…│
│ WEB-20 review  User roles and p… 0h left │└──────────────────────────────────┘
│ WEB-40 todo    Fix: session exp… 4h left │┌─ Deadlines at risk ──────────────┐
│ WEB-33 todo    Data migration … 24h left ││ WEB-16 Notifications: e-mail on …│
└──────────────────────────────────────────┘│ WEB-18 Invoice download (PDF) du…│
┌─ Since Fri 00:00 ────────────────────────┐│ WEB-40 Fix: session expires duri…│
│ got      WEB-33 Data migration from lega…│└──────────────────────────────────┘
│ review   WEB-20 User roles and permissio…│┌─ Notes ──────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestio…││ t note · b blocker · f follow-up │
│ done     WEB-6 Auth service: login with …││                                  │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h    ││                                  │
│                                          ││                                  │
└──────────────────────────────────────────┘└──────────────────────────────────┘
 n next  p prev  Space pause  x skip  t note  b blocker  f follow-up  a add  d …
"""#)
    }

    /// @carol watching: who facilitates, no facilitator keys in the footer
    @Test func viewer() {
        expectSnapshot(canvas("viewer 80x24"), #"""
 Paceline  WEB · Client portal relaun…  STANDUP @bob 1:12 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup · 2 of 6 ─────────────────────── @alice facilitates · meeting 5:00 ─┐
│ @bob   Bob Okafor · backend                                      next @carol │
│   ╷     ╷ ╶─┐                                                                │
│   │ ·   │ ┌─┘  left                                             timebox 2:00 │
│   ╵     ╵ └─╴                                                                │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Now · @bob ────────────────────── 1/11 ─┐┌─ Load ───────────────────────────┐
│ WEB-12 doing   Shipment detail … 7h left ││ this week 40/40h 100% · assigned…│
│ WEB-15 blocked Carrier webhook ingestio… ││ Dec 7 100% · Dec 14 60% · Dec 21…│
│ WEB-20 review  User roles and p… 0h left │└──────────────────────────────────┘
│ WEB-40 todo    Fix: session exp… 4h left │┌─ Deadlines at risk ──────────────┐
│ WEB-33 todo    Data migration … 24h left ││ WEB-16 Notifications: e-mail on …│
└──────────────────────────────────────────┘│ WEB-18 Invoice download (PDF) du…│
┌─ Since Fri 00:00 ────────────────────────┐│ WEB-40 Fix: session expires duri…│
│ got      WEB-33 Data migration from lega…│└──────────────────────────────────┘
│ review   WEB-20 User roles and permissio…│┌─ Notes ──────────────────────────┐
│ blocked  WEB-15 Carrier webhook ingestio…││ none yet                         │
│ done     WEB-6 Auth service: login with …││                                  │
│ logged   5.5h · WEB-6 1h, WEB-20 4.5h    ││                                  │
│                                          ││                                  │
└──────────────────────────────────────────┘└──────────────────────────────────┘
 Esc dashboard  j task  Enter open  ? help
"""#)
    }

    /// someone else's dashboard while @alice runs the standup
    @Test func bannerOnTheDashboard80x24() {
        expectSnapshot(canvas("banner 80x24"), #"""
 Paceline  WEB · Client portal relaun…  STANDUP @bob 1:12 2/6  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ 1 Tasks by status ─────────────────────────────────────────────────── 1/49 ─┐
│ID     P Title                                     Who      Est/Spent Due     │
│         BLOCKED · 2                                                          │
│WEB-15 U Carrier webhook ingestion                 @bob        18h/7h in 5d   │
│WEB-35 H Client sign-off on designs                @alice     2h/0.5h tomorrow│
│         IN PROGRESS · 6                                                      │
│WEB-10 H Alpha smoke tests                         @erin        8h/3h 5d late │
│WEB-22 H Visual design: detail and tracking        @farid    14h/7.5h in 2d   │
│WEB-12 H Shipment detail API                       @bob        16h/9h in 4d   │
│WEB-30 H Automated end-to-end tests: login, list   @erin     16h/7.5h in 6d   │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ 2 Deadlines · 21d ───────── 9 late ─┐┌─ 3 Team load · forecast ──── 3 over ─┐
│Due    Fcst   Slack   What        Done││Who               This wk  Dec 7  Slip│
│Nov 25 Dec 1  4d late • alpha      79%││@alice        32/32h 98%     0%    +3d│
│Nov 25 Nov 30 3d late WEB-9 Ship… 100%││@bob         40/40h 100%   100%    +1d│
│Nov 25 Nov 30 3d late WEB-10 Alp…  38%││@carol       40/40h 100%   100%    +2d│
│Nov 26 Dec 1  3d late WEB-11 Alp…   0%││@dave        24/24h 100%   100%       │
│Dec 10 Dec 11 1d late WEB-16 Not…   0%││@erin         36/40h 89%    50%    +3d│
│Dec 11 Dec 14 1d late WEB-17 Not…   0%││@farid        29/40h 71%    off       │
│Dec 11 Dec 14 1d late WEB-18 Inv…   0%││ unassigned: 19h open                 │
└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    /// after q and the reload: turns and overruns, notes, what moved during the meeting
    @Test func summary80x24() {
        expectSnapshot(canvas("summary 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Standup summary · Mon Nov 30 08:55–09:00 ───────────────────────────────────┐
│ took 5:00 · facilitated by @alice                                            │
│ @alice      2:37  +0:37 over                                                 │
│ @bob        0:48                                                             │
│ 2 spoke · 1 over the timebox                                                 │
│ not reached @carol @dave @erin @farid                                        │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Blockers and follow-ups ────────────────────────────────────────────────────┐
│ @bob    blocker   carrier API keys → @dave WEB-15                            │
│ @bob    today     finish the detail API                                      │
│                                                                              │
│                                                                              │
│                                                                              │
└──────────────────────────────────────────────────────────────────────────────┘
┌─ Moved during the meeting ───────────────────────────────────────────────────┐
│ WEB-12 in progress → done  Shipment detail API                               │
│ WEB-40 @bob → @carol  Fix: session expires during upload                     │
│                                                                              │
│                                                                              │
│                                                                              │
└──────────────────────────────────────────────────────────────────────────────┘
 standup ended
"""#)
    }

    /// the summary side by side
    @Test func summary160x48() {
        expectSnapshot(canvas("summary 160x48"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                                                                  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ Standup summary · Mon Nov 30 08:55–09:00 ────────┐┌─ Blockers and follow-ups ─────────────────────────┐┌─ Moved during the meeting ─────────────────────────┐
│ took 5:00 · facilitated by @alice                 ││ @bob    blocker   carrier API keys → @dave WEB-15 ││ WEB-12 in progress → done  Shipment detail API     │
│ @alice      2:37  +0:37 over                      ││ @bob    today     finish the detail API           ││ WEB-40 @bob → @carol  Fix: session expires during …│
│ @bob        0:48                                  ││                                                   ││                                                    │
│ 2 spoke · 1 over the timebox                      ││                                                   ││                                                    │
│ not reached @carol @dave @erin @farid             ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
│                                                   ││                                                   ││                                                    │
└───────────────────────────────────────────────────┘└───────────────────────────────────────────────────┘└────────────────────────────────────────────────────┘
 standup ended
"""#)
    }

    @Test func countdownStylesFollowThePhase() {
        let theme = DemoFixture.defaultTheme
        // The first digit's top stroke, inside the speaker box (row 4, column 2 or 3).
        func digitStyle(_ session: StandupSession) -> Style? {
            let c = DashboardView.render(StandupFixture.state(session))
            return (1..<12).lazy.map { c[$0, 4] }.first { $0.text != " " }?.style
        }
        #expect(digitStyle(StandupFixture.session(elapsed: 48)) == theme[.ok].with(.bold))
        #expect(digitStyle(StandupFixture.session(elapsed: 100)) == theme[.atRisk].with(.bold))
        #expect(digitStyle(StandupFixture.session(elapsed: 127)) == theme[.late].with(.bold))
        #expect(digitStyle(StandupFixture.session(elapsed: 127, pausedFor: 2)) == theme[.muted].with(.bold))
    }

    @Test func theCountdownIsOneLineOnAShortTerminal() {
        let c = DashboardView.render(StandupFixture.state(width: 60, height: 16))
        #expect(c.lines[3].contains("@bob"))
        #expect(c.lines[4].contains("1:12 left"))
        #expect(c.lines[4].contains("timebox 2:00"))
    }

    @Test func anASCIITerminalGetsPlainStrokes() {
        var s = StandupFixture.state()
        s.glyphs = .ascii
        let c = DashboardView.render(s)
        #expect(c.lines[4].hasPrefix("|   |     | --+"))
        #expect(c.lines[5].contains("|   | :   | +-+  left"))
    }

    @Test func tinyTerminalsNeverCrash() {
        let notes = [StandupFixture.note(.blocker, "carrier API keys", task: web(15), unblocker: "dave")]
        for width in [0, 1, 10, 39, 40, 45, 50, 60, 69, 70, 71, 99, 100] {
            for height in [0, 1, 5, 11, 12, 13, 14, 16, 17, 18, 19, 24] {
                var s = StandupFixture.state(StandupFixture.session(notes: notes), width: width, height: height)
                #expect(DashboardView.render(s).width == width)
                s.pressKey(for: .moveDown)
                s.pressKey(for: .block)
                _ = DashboardView.render(s)
                s.press(.escape)
                s.pressKey(for: .quit)
                _ = DashboardView.render(s)
                var choice = StandupFixture.state(actor: "carol", width: width, height: height)
                choice.pressKey(for: .standup)
                _ = DashboardView.render(choice)
                let done = StandupFixture.state(StandupFixture.session(current: 6), width: width, height: height)
                _ = DashboardView.render(done)
            }
        }
    }
}
