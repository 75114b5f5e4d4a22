import PaceCore
import Testing
@testable import PaceUI

/// The budget and burndown views over the demo workspace at the fixture's clock
/// (Monday 2026-11-30 09:00 UTC), measured against its kickoff baseline. Regenerate
/// for review with PACE_PRINT_SNAPSHOTS=/tmp/s.txt swift test --filter printScenarios
/// and scripts/update-snapshots.py /tmp/s.txt.
@Suite struct MoneySnapshotTests {
    func canvas(_ name: String) -> Canvas {
        DashboardScenarios.all().first { $0.0 == name }!.1
    }

    /// Figures with the forecast at 91 % of the budget (at risk), earned value side by
    /// side, the weekly burn, cost per member and per milestone.
    @Test func budget110x32() {
        expectSnapshot(canvas("budget 110x32"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  3 over capacity
┌─ Budget · WEB ─────────────────────────────────────────────────────── as of 2026-11-30 · baseline kickoff ─┐
│ Budget     56,000.00 EUR                        Earned value                               Money     Hours │
│ Spent      17,047.50 EUR  30%  185.5h           BAC  budget at completion          41,270.00 EUR      450h │
│ Committed  34,037.50 EUR  386h left             PV   planned value                 22,060.00 EUR      240h │
│ Forecast   51,085.00 EUR  91% at risk           EV   earned value                  16,390.50 EUR    178.2h │
│ To spare    4,915.00 EUR                        AC   actual cost                   17,047.50 EUR    185.5h │
│ ██████████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒░░░░│  EAC  estimate at completion        42,924.27 EUR   468.43h │
│                                                 ETC  estimate to complete          25,876.77 EUR   282.93h │
│                                                 VAC  variance at completion        -1,654.27 EUR   -18.43h │
│                                                 CPI  cost performance                       0.96      0.96 │
│                                                 SPI  schedule performance                   0.74      0.74 │
│                                                                                                            │
│ Spent per week ▁▁▅█▁  this week 0.00 EUR · average 8,523.75 EUR/week                                       │
│                ↑ wk of Nov 2                                                                               │
│                                                                                                            │
│ Member                              Rate  Logged          Spent   Left      Committed       Forecast Share │
│ @alice                        110.00 EUR    6.5h     715.00 EUR  31.5h   3,465.00 EUR   4,180.00 EUR    8% │
│ @bob                           95.00 EUR   64.5h   6,127.50 EUR   104h   9,880.00 EUR  16,007.50 EUR   31% │
│ @carol                         90.00 EUR   36.5h   3,285.00 EUR    92h   8,280.00 EUR  11,565.00 EUR   23% │
│ @dave                         100.00 EUR     25h   2,500.00 EUR  55.5h   5,550.00 EUR   8,050.00 EUR   16% │
│ @erin                          80.00 EUR     17h   1,360.00 EUR  55.5h   4,440.00 EUR   5,800.00 EUR   11% │
│ @farid                         85.00 EUR     36h   3,060.00 EUR  28.5h   2,422.50 EUR   5,482.50 EUR   11% │
│                                                                                                            │
│                                                                                                            │
│ Milestone                                Due                   BAC             EV             AC  CPI  SPI │
│ alpha                                    Nov 25      11,200.00 EUR  10,470.00 EUR  10,872.50 EUR 0.96 0.93 │
│ beta                                     Dec 12      28,970.00 EUR   5,920.50 EUR   6,175.00 EUR 0.96 0.55 │
│ launch                                   Jan 9 2027   1,100.00 EUR       0.00 EUR       0.00 EUR    —    — │
└────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 ? help  $ close  j member  Enter their tasks  W burndown  q quit
"""#)
    }

    /// Too short for the earned-value table: its three-line summary leaves the member
    /// table room, and the milestones are left out.
    @Test func budget80x24() {
        expectSnapshot(canvas("budget 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ Budget · WEB ───────────────────────── as of 2026-11-30 · baseline kickoff ─┐
│ Budget     56,000.00 EUR                                                     │
│ Spent      17,047.50 EUR  30%  185.5h                                        │
│ Committed  34,037.50 EUR  386h left                                          │
│ Forecast   51,085.00 EUR  91% at risk                                        │
│ To spare    4,915.00 EUR                                                     │
│ ██████████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒░░░░│                               │
│                                                                              │
│ BAC 41,270.00 EUR  ·  PV 22,060.00 EUR  ·  EV 16,390.50 EUR                  │
│ AC 17,047.50 EUR  ·  EAC 42,924.27 EUR  ·  VAC -1,654.27 EUR                 │
│ CPI 0.96  ·  SPI 0.74   in hours: CPI 0.96  ·  SPI 0.74                      │
│                                                                              │
│ Spent per week ▁▁▅█▁  this week 0.00 EUR · average 8,523.75 EUR/week         │
│                ↑ wk of Nov 2                                                 │
│                                                                              │
│ Member             Logged          Spent      Committed       Forecast Share │
│ @alice               6.5h     715.00 EUR   3,465.00 EUR   4,180.00 EUR    8% │
│ @bob                64.5h   6,127.50 EUR   9,880.00 EUR  16,007.50 EUR   31% │
│ @carol              36.5h   3,285.00 EUR   8,280.00 EUR  11,565.00 EUR   23% │
│ @dave                 25h   2,500.00 EUR   5,550.00 EUR   8,050.00 EUR   16% │
└──────────────────────────────────────────────────────────────────────────────┘
 ? help  $ close  j member  Enter their tasks  W burndown  q quit
"""#)
    }

    /// W on WEB-40 charts its milestone, beta: the ideal line starts at the kickoff
    /// baseline and reaches nothing on the due date; today and the due date are marked.
    @Test func burndownOfBeta() {
        expectSnapshot(canvas("burndown beta 110x32"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  3 over capacity
┌─ Burndown · beta ──────────────────────────────────────────────────────────── j/k milestone · Enter tasks ─┐
│Show                    Due│ scope 325h · done 67h · remaining 258h · +6h scope added · 121h behind ideal   │
│Whole project   Jan 11 2027│                                                                                │
│alpha                Nov 25│    325h│            ▅▅▅▅▁░░░░░░░░░░░░                                          │
│beta                 Dec 12│        │            █████▂░░░░░░░░░░░                                          │
│launch           Jan 9 2027│        │            ██████▆▆▆░░░░░░░░                                          │
│                           │        │            ██████████░░░░░░░                                          │
│                           │        │            ██████████▇▅▅▄▄▄▄                                          │
│                           │        │            █████████████████                                          │
│                           │        │           ▂█████████████████                                          │
│                           │        │           ██████████████████                                          │
│                           │        │           ██████████████████                                          │
│                           │        │           ██████████████████                                          │
│                           │        │           ██████████████████                                          │
│                           │  162.5h│           ██████████████████                                          │
│                           │        │           ██████████████████                                          │
│                           │        │           ██████████████████·                                         │
│                           │        │           ██████████████████ ·                                        │
│                           │        │           ██████████████████  ··                                      │
│                           │        │           ██████████████████    ·                                     │
│                           │        │          ▃██████████████████     ·                                    │
│                           │        │          ███████████████████      ··                                  │
│                           │        │          ███████████████████        ·                                 │
│                           │        │          ███████████████████         ·                                │
│                           │      0h│          ███████████████████          ··                              │
│                           │        └────────────────────────+────────────────                              │
│                           │         Nov 2                       ↑today      ↑due Dec 12                    │
│                           │         █ remaining  ░ done  · ideal  │ today  + scope added                   │
└────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 ? help  W close  j milestone  Enter its tasks  $ budget  q quit
"""#)
    }

    /// The whole project, with the days scope came in marked on the axis.
    @Test func burndownOfTheProject() {
        expectSnapshot(canvas("burndown project 110x32"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  3 over capacity
┌─ Burndown · whole project ─────────────────────────────────────────────────── j/k milestone · Enter tasks ─┐
│Show                    Due│ scope 566h · done 180h · remaining 386h · +126h scope added · 60h behind ideal │
│Whole project   Jan 11 2027│                                                                                │
│alpha                Nov 25│  576h│                        ░░░░░                                            │
│beta                 Dec 12│      │                       ░░░░░░                                            │
│launch           Jan 9 2027│      │                     ░░░░░░░░                                            │
│                           │      │                   ░░░░░░░░░░                                            │
│                           │      │            ▂▂▂▂  ░░░░░░░░░░░                                            │
│                           │      │            ████▆░░▄▅▁░░░░░░░                                            │
│                           │      │            █████▅▆███▃░░▁░░░                                            │
│                           │      │            ███████████▇▇█▆▆▆                                            │
│                           │      │           ▂█████████████████                                            │
│                           │      │           ██████████████████·                                           │
│                           │      │           ██████████████████ ···                                        │
│                           │  288h│           ██████████████████    ····                                    │
│                           │      │           ██████████████████        ···                                 │
│                           │      │           ██████████████████           ····                             │
│                           │      │          ▁██████████████████               ···                          │
│                           │      │          ███████████████████                  ···                       │
│                           │      │          ███████████████████                     ····                   │
│                           │      │          ███████████████████                         ···                │
│                           │      │          ███████████████████                            ···             │
│                           │      │          ███████████████████                               ····         │
│                           │      │          ███████████████████                                   ···      │
│                           │    0h│          ███████████████████                                      ····  │
│                           │      └──────────────────++++++++─────────────────────────────────────────────  │
│                           │       Nov 2                       ↑today                       ↑due Jan 11 2027│
│                           │       █ remaining  ░ done  · ideal  │ today  + scope added                     │
└────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 ? help  W close  j milestone  Enter its tasks  $ budget  q quit
"""#)
    }

    /// A milestone already past its due date, on a small terminal without UTF-8.
    @Test func burndownOfAlphaInASCII() {
        expectSnapshot(canvas("burndown alpha ascii 60x20"), #"""
 Paceline  WEB - Client portal relaunch ~  Mon Nov 30 09:00
 10/59 done  -  3 overdue  -  2 blocked  -  budget 91%  -  ~
+- Burndown - alpha --------- j/k milestone - Enter tasks -+
|scope 121h - done 113h - remaining 8h - 8h behind ideal   |
|                                                          |
|  121h|          #######::::::::::::                      |
|      |          #######::::::::::::                      |
|      |          ########:::::::::::                      |
|      |          ###########::::::::                      |
|      |          ###########::::::::                      |
| 60.5h|          ############:::::::                      |
|      |          #############::::::                      |
|      |          #############::::::                      |
|      |          ##############:::::                      |
|    0h|          ###################                      |
|      +-----------------------------                      |
|       Nov 2                  ^due Nov 25                 |
|       # remaining  : done  . ideal  | today  + scope add~|
+----------------------------------------------------------+
 ? help  W close  j milestone  Enter its tasks  $ budget  q~
"""#)
    }
}
