import PaceCore
import Testing
@testable import PaceUI

/// The dashboard drawn from the demo workspace at a fixed clock (Monday 2026-11-30
/// 09:00 UTC), compared with what a user would see. Regenerate for review with
/// PACE_PRINT_SNAPSHOTS=1 swift test --filter printScenarios.
@Suite struct DashboardSnapshotTests {
    func canvas(_ name: String) -> Canvas {
        DashboardScenarios.all().first { $0.0 == name }!.1
    }

    @Test func dashboard80x24() {
        expectSnapshot(canvas("dashboard 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
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
┌─ 2 Deadlines · 21d ───────── 4 late ─┐┌─ 3 Team load ─────────────── 3 over ─┐
│Due    Left     What              Done││Who              This wk  Dec 7 Dec 14│
│Nov 25 5d late  • alpha            79%││@alice       13/32h 42%    24%     8% │
│Nov 25 5d late  WEB-9 Shipment l… 100%││@bob        55/40h 138%!   73%    20% │
│Nov 25 5d late  WEB-10 Alpha smo…  38%││@carol      43/40h 108%!   78%    18% │
│Nov 26 4d late  WEB-11 Alpha dem…   0%││@dave       26/24h 109%!   89%     8% │
│Dec 1  tomorrow WEB-35 Client si…  25%││@erin        26/40h 64%    30%    13% │
│Dec 2  in 2d    WEB-22 Visual de…  54%││@farid       25/40h 64%    off     2% │
│Dec 2  in 2d    WEB-40 Fix: sess…   0%││ unassigned: 19h open                 │
└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    @Test func dashboard160x48() {
        expectSnapshot(canvas("dashboard 160x48"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                                                                  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ 1 Tasks by status ─────────────────────────────────────────────────── 1/49 ─┐┌─ 2 Deadlines · 21d ───────── 4 late ─┐┌─ 3 Team load ─────────────── 3 over ─┐
│ID     P Title                                     Who      Est/Spent Due     ││Due    Left     What              Done││Who              This wk  Dec 7 Dec 14│
│         BLOCKED · 2                                                          ││Nov 25 5d late  • alpha            79%││@alice       13/32h 42%    24%     8% │
│WEB-15 U Carrier webhook ingestion                 @bob        18h/7h in 5d   ││Nov 25 5d late  WEB-9 Shipment l… 100%││@bob        55/40h 138%!   73%    20% │
│WEB-35 H Client sign-off on designs                @alice     2h/0.5h tomorrow││Nov 25 5d late  WEB-10 Alpha smo…  38%││@carol      43/40h 108%!   78%    18% │
│         IN PROGRESS · 6                                                      ││Nov 26 4d late  WEB-11 Alpha dem…   0%││@dave       26/24h 109%!   89%     8% │
│WEB-10 H Alpha smoke tests                         @erin        8h/3h 5d late ││Dec 1  tomorrow WEB-35 Client si…  25%││@erin        26/40h 64%    30%    13% │
│WEB-22 H Visual design: detail and tracking        @farid    14h/7.5h in 2d   ││Dec 2  in 2d    WEB-22 Visual de…  54%││@farid       25/40h 64%    off     2% │
│WEB-12 H Shipment detail API                       @bob        16h/9h in 4d   ││Dec 2  in 2d    WEB-40 Fix: sess…   0%││                                      │
│WEB-30 H Automated end-to-end tests: login, list   @erin     16h/7.5h in 6d   ││Dec 3  in 3d    WEB-20 User role… 100%││                                      │
│WEB-26 H Production environment (terraform)        @dave     16h/6.5h in 7d   ││Dec 4  in 4d    WEB-12 Shipment …  56%││                                      │
│WEB-14 M Tracking map component                    @carol      20h/6h in 9d   ││Dec 5  in 5d    WEB-15 Carrier w…  39%││                                      │
│         REVIEW · 2                                                           ││Dec 6  in 6d    WEB-23 Visual de…   0%││                                      │
│WEB-9  H Shipment list page                        @carol     14h/16h 5d late ││Dec 6  in 6d    WEB-30 Automated…  47%││                                      │
│WEB-20 H User roles and permissions                @bob     14h/15.5h in 3d   ││Dec 7  in 7d    WEB-26 Productio…  41%││                                      │
│         TODO · 17                                                            ││Dec 8  in 8d    WEB-13 Shipment …   0%││                                      │
│WEB-40 U Fix: session expires during upload        @bob         4h/0h in 2d   ││Dec 8  in 8d    WEB-42 Fix: CSV …   0%││                                      │
│WEB-32 U Security review: auth and roles           @alice       8h/0h in 9d   ││Dec 9  in 9d    WEB-14 Tracking …  30%││                                      │
│WEB-11 H Alpha demo to client                      @alice       3h/0h 4d late ││Dec 9  in 9d    WEB-32 Security …   0%││                                      │
│WEB-13 H Shipment detail page                      @carol      16h/0h in 8d   ││Dec 10 in 10d   WEB-16 Notificat…   0%││                                      │
│WEB-33 H Data migration from legacy portal         @bob        24h/0h in 10d  ││Dec 10 in 10d   WEB-21 Admin: ma…   0%││                                      │
│WEB-23 M Visual design: invoices and settings      @farid      10h/0h in 6d   ││Dec 10 in 10d   WEB-25 Load test…   0%││                                      │
│WEB-42 M Fix: CSV export drops accents             —            3h/0h in 8d   ││Dec 10 in 10d   WEB-33 Data migr…   0%││                                      │
│WEB-16 M Notifications: e-mail on delay            @bob        12h/0h in 10d  ││Dec 11 in 11d   WEB-17 Notificat…   0%││                                      │
│WEB-21 M Admin: manage users                       @carol      12h/0h in 10d  ││Dec 11 in 11d   WEB-18 Invoice d…   0%││                                      │
│WEB-25 M Load test shipment APIs                   @dave       10h/0h in 10d  ││Dec 11 in 11d   WEB-24 Accessibi…   0%││                                      │
│WEB-18 M Invoice download (PDF)                    @bob        10h/0h in 11d  ││Dec 11 in 11d   WEB-31 Automated…   0%││                                      │
│WEB-24 M Accessibility review of key flows         @farid       8h/0h in 11d  ││Dec 12 in 12d   • beta              3%││                                      │
│WEB-31 M Automated end-to-end tests: detail, trac… @erin       14h/0h in 11d  ││Dec 12 in 12d   WEB-19 Invoices …   0%││                                      │
│WEB-27 M Monitoring and alerting                   @dave       10h/0h in 12d  ││Dec 12 in 12d   WEB-27 Monitorin…   0%││                                      │
│WEB-17 L Notification settings page                @carol       8h/0h in 11d  ││Dec 12 in 12d   WEB-28 Backups a…   0%││                                      │
│WEB-38 L Error pages and empty states              @carol       6h/0h         ││Dec 12 in 12d   WEB-34 Migration…   0%││                                      │
│WEB-39 L API documentation (OpenAPI)               @bob         8h/0h         ││Dec 12 in 12d   WEB-36 Beta rele…   0%││                                      │
│         BACKLOG · 22                                                         ││                                      ││                                      │
│WEB-34 H Migration dry run with client data        @dave        8h/0h in 12d  ││                                      ││                                      │
│WEB-48 H Penetration test fixes                    @bob        16h/0h in 4w   ││                                      ││                                      │
│WEB-49 H DNS cut-over plan                         @dave        4h/0h in 5w   ││                                      ││                                      │
│WEB-47 H Final regression pass                     @erin       16h/0h in 5w   ││                                      ││                                      │
│WEB-51 H Go-live and hypercare rota                @alice       4h/0h in 5w   ││                                      ││                                      │
│WEB-19 M Invoices page                             @carol      10h/0h in 12d  ││                                      ││                                      │
│WEB-28 M Backups and restore drill                 @dave        6h/0h in 12d  ││                                      ││                                      │
│WEB-53 M Mobile layout polish                      @carol      12h/0h in 4w   ││                                      ││                                      │
│WEB-55 M Rate limiting on public API               @bob         6h/0h in 4w   ││                                      ││                                      │
│WEB-60 M Translate UI to German                    —           12h/0h in 4w   ││                                      ││ unassigned: 19h open                 │
└──────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u undo  q quit
"""#)
    }

    @Test func tasksPaneZoomed() {
        expectSnapshot(canvas("tasks zoomed 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
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
│WEB-26 H Production environment (terraform)        @dave     16h/6.5h in 7d   │
│WEB-14 M Tracking map component                    @carol      20h/6h in 9d   │
│         REVIEW · 2                                                           │
│WEB-9  H Shipment list page                        @carol     14h/16h 5d late │
│WEB-20 H User roles and permissions                @bob     14h/15.5h in 3d   │
│         TODO · 17                                                            │
│WEB-40 U Fix: session expires during upload        @bob         4h/0h in 2d   │
│WEB-32 U Security review: auth and roles           @alice       8h/0h in 9d   │
│WEB-11 H Alpha demo to client                      @alice       3h/0h 4d late │
│WEB-13 H Shipment detail page                      @carol      16h/0h in 8d   │
└──────────────────────────────────────────────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    @Test func deadlinesPaneZoomed() {
        expectSnapshot(canvas("deadlines zoomed 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ 2 Deadlines · 21d ───────────────────────────────────────────────── 4 late ─┐
│Due    Left     What                                                      Done│
│Nov 25 5d late  • alpha                                                    79%│
│Nov 25 5d late  WEB-9 Shipment list page                                  100%│
│Nov 25 5d late  WEB-10 Alpha smoke tests                                   38%│
│Nov 26 4d late  WEB-11 Alpha demo to client                                 0%│
│Dec 1  tomorrow WEB-35 Client sign-off on designs                          25%│
│Dec 2  in 2d    WEB-22 Visual design: detail and tracking                  54%│
│Dec 2  in 2d    WEB-40 Fix: session expires during upload                   0%│
│Dec 3  in 3d    WEB-20 User roles and permissions                         100%│
│Dec 4  in 4d    WEB-12 Shipment detail API                                 56%│
│Dec 5  in 5d    WEB-15 Carrier webhook ingestion                           39%│
│Dec 6  in 6d    WEB-23 Visual design: invoices and settings                 0%│
│Dec 6  in 6d    WEB-30 Automated end-to-end tests: login, list             47%│
│Dec 7  in 7d    WEB-26 Production environment (terraform)                  41%│
│Dec 8  in 8d    WEB-13 Shipment detail page                                 0%│
│Dec 8  in 8d    WEB-42 Fix: CSV export drops accents                        0%│
│Dec 9  in 9d    WEB-14 Tracking map component                              30%│
│Dec 9  in 9d    WEB-32 Security review: auth and roles                      0%│
│Dec 10 in 10d   WEB-16 Notifications: e-mail on delay                       0%│
└──────────────────────────────────────────────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    @Test func loadPaneZoomed() {
        expectSnapshot(canvas("load zoomed 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ 3 Team load ─────────────────────────────────────────────────────── 3 over ─┐
│Who                                               This wk  Dec 7 Dec 14 Dec 21│
│@alice                                        13/32h 42%    24%     8%     8% │
│@bob                                         55/40h 138%!   73%    20%    20% │
│@carol                                       43/40h 108%!   78%    18%    18% │
│@dave                                        26/24h 109%!   89%     8%     8% │
│@erin                                         26/40h 64%    30%    13%    13% │
│@farid                                        25/40h 64%    off     2%     2% │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│ unassigned: 19h open                                                         │
└──────────────────────────────────────────────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    @Test func board160x48() {
        expectSnapshot(canvas("board 160x48"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                                                                  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ backlog 22 ───────────┐┌─ todo 17 ──────────────┐┌─ in progress 6 ────────┐┌─ review 2 ─────────────┐┌─ blocked 2 ────────────┐┌─ done 11 ──────────────────┐
│WEB-34 H @dave          ││WEB-40 U @bob           ││WEB-10 H @erin          ││WEB-9 H @carol          ││WEB-15 U @bob           ││WEB-6 U @bob                │
│in 12d Migration dry ru…││in 2d Fix: session expi…││5d late Alpha smoke tes…││5d late Shipment list p…││in 5d Carrier webhook i…││Nov 22 Auth service: login …│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-48 H @bob           ││WEB-32 U @alice         ││WEB-22 H @farid         ││WEB-20 H @bob           ││WEB-35 H @alice         ││WEB-1 H @alice              │
│in 4w Penetration test …││in 9d Security review: …││in 2d Visual design: de…││in 3d User roles and pe…││tomorrow Client sign-of…││Nov 10 Kick-off workshop wi…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-49 H @dave          ││WEB-11 H @alice         ││WEB-12 H @bob           ││                        ││                        ││WEB-2 H @dave               │
│in 5w DNS cut-over plan ││4d late Alpha demo to c…││in 4d Shipment detail A…││                        ││                        ││Nov 12 Set up repository an…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-47 H @erin          ││WEB-13 H @carol         ││WEB-30 H @erin          ││                        ││                        ││WEB-3 H @dave               │
│in 5w Final regression …││in 8d Shipment detail p…││in 6d Automated end-to-…││                        ││                        ││Nov 16 Provision staging en…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-51 H @alice         ││WEB-33 H @bob           ││WEB-26 H @dave          ││                        ││                        ││WEB-5 H @farid              │
│in 5w Go-live and hyper…││in 10d Data migration f…││in 7d Production enviro…││                        ││                        ││Nov 17 Wireframes for login…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-19 M @carol         ││WEB-23 M @farid         ││WEB-14 M @carol         ││                        ││                        ││WEB-7 H @carol              │
│in 12d Invoices page    ││in 6d Visual design: in…││in 9d Tracking map comp…││                        ││                        ││Nov 23 Login page           │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-28 M @dave          ││WEB-42 M —              ││                        ││                        ││                        ││WEB-8 H @bob                │
│in 12d Backups and rest…││in 8d Fix: CSV export d…││                        ││                        ││                        ││Nov 24 Shipment list API    │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-53 M @carol         ││WEB-16 M @bob           ││                        ││                        ││                        ││WEB-41 H @carol             │
│in 4w Mobile layout pol…││in 10d Notifications: e…││                        ││                        ││                        ││Nov 28 Fix: date filter off…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-55 M @bob           ││WEB-21 M @carol         ││                        ││                        ││                        ││WEB-29 H @erin              │
│in 4w Rate limiting on …││in 10d Admin: manage us…││                        ││                        ││                        ││Nov 29 Beta test plan       │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-60 M —              ││WEB-25 M @dave          ││                        ││                        ││                        ││WEB-4 M @farid              │
│in 4w Translate UI to G…││in 10d Load test shipme…││                        ││                        ││                        ││Nov 18 Design system: colou…│
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-44 M @alice         ││WEB-18 M @bob           ││                        ││                        ││                        ││WEB-56 L —                  │
│in 5w Launch checklist  ││in 11d Invoice download…││                        ││                        ││                        ││Cancelled: chat widget      │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-46 M @erin          ││WEB-24 M @farid         ││                        ││                        ││                        ││                            │
│in 5w User guide        ││in 11d Accessibility re…││                        ││                        ││                        ││                            │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-45 M @alice         ││WEB-31 M @erin          ││                        ││                        ││                        ││                            │
│in 5w Training session …││in 11d Automated end-to…││                        ││                        ││                        ││                            │
│                        ││                        ││                        ││                        ││                        ││                            │
│WEB-50 M @dave          ││WEB-27 M @dave          ││                        ││                        ││                        ││                            │
│in 5w Legacy portal red…││in 12d Monitoring and a…││                        ││                        ││                        ││                            │
│                        ││                        ││                        ││                        ││                        ││                            │
│                        ││                        ││                        ││                        ││                        ││                            │
└────────────────────────┘└────────────────────────┘└────────────────────────┘└────────────────────────┘└────────────────────────┘└────────────────────────────┘
 ? help  H move left  L move right  Enter open  B dashboard  q quit
"""#)
    }

    @Test func taskDetail() {
        expectSnapshot(canvas("detail 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ WEB-35 ─────────────────────────────────────────────────────────── 1-19/33 ─┐
│ Client sign-off on designs                                                   │
│                                                                              │
│ status     blocked — client has not answered the design review               │
│ priority   high                                                              │
│ assignee   @alice                                                            │
│ estimate   2h                                                                │
│ spent      0.5h                                                              │
│ remaining  1.5h                                                              │
│ due        Tue Dec 1 (tomorrow)                                              │
│ milestone  beta                                                              │
│ tags       #client                                                           │
│ created    2026-11-14 10:00                                                  │
│ started    2026-11-24 09:15                                                  │
│                                                                              │
│ Waits for                                                                    │
│   WEB-22 in progress Visual design: detail and tracking                      │
│                                                                              │
│ Time                                                                         │
│   2026-11-24 @alice 0.5h                                                     │
└──────────────────────────────────────────────────────────────────────────────┘
 Esc close  s next status  d done  b block  A assign  l log  e edit
"""#)
    }

    @Test func helpOverlay() {
        expectSnapshot(canvas("help 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ 1┌─ Keys ───────────────────────────────────────────────────── 1-19/53 ─┐9 ─┐
│ID │ Navigation                                                           │   │
│   │   tab             Focus the next pane                                │   │
│WEB│   shift-tab       Focus the previous pane                            │   │
│WEB│   1               Focus pane 1 (tasks)                               │row│
│   │   2               Focus pane 2 (deadlines)                           │   │
│WEB│   3               Focus pane 3 (team load)                           │te │
│WEB│   j, down         Move down                                          │   │
│WEB│   k, up           Move up                                            │   │
│WEB│   g, home         Go to the first row                                │   │
└───│   G, end          Go to the last row                                 │───┘
┌─ 2│   pgdn, ctrl-d    Page down                                          │r ─┐
│Due│   pgup, ctrl-u    Page up                                            │ 14│
│Nov│   enter           Open the selected task                             │8% │
│Nov│   esc             Close / go back / cancel                           │0% │
│Nov│                                                                      │8% │
│Nov│ Task                                                                 │8% │
│Dec│   a               Add a task                                         │3% │
│Dec│   e               Edit a field of the task                           │2% │
│Dec│   s, >            Move the task to the next status                   │   │
└───└──────────────────────────────────────────────────────────────────────┘───┘
 Esc close  j scroll
"""#)
    }

    @Test func quickAddError() {
        expectSnapshot(canvas("quick-add error 80x24"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91%  ·  3 over capacity
┌─ 1 Tasks by status ─────────────────────────────────────────────────── 1/49 ─┐
│ID     P Title                                     Who      Est/Spent Due     │
│         BLOCKED · 2                                                          │
│WEB-15 U Carrier webhook ingestion                 @bob        18h/7h in 5d   │
│WEB-35 H Client sign-off on designs                @alice     2h/0.5h tomorrow│
│         IN PROGRESS · 6                                                      │
│WEB-10 H Alpha smoke tests                         @erin        8h/3h 5d late │
│WEB-22 H Visual design: detail and tracking        @farid    14h/7.5h in 2d   │
│┌─ Add a task ───────────────────────────────────────────────────────────────┐│
││ Fix !x                                                                     ││
└│ @who !prio due:fri est:4h #tag ^milestone after:WEB-3 · Enter adds · Esc … │┘
┌│ unknown priority '!x' — accepted: urgent, high, medium, low (or u, h, m, … │┐
│└────────────────────────────────────────────────────────────────────────────┘│
│Nov 25 5d late  • alpha            79%││@alice       13/32h 42%    24%     8% │
│Nov 25 5d late  WEB-9 Shipment l… 100%││@bob        55/40h 138%!   73%    20% │
│Nov 25 5d late  WEB-10 Alpha smo…  38%││@carol      43/40h 108%!   78%    18% │
│Nov 26 4d late  WEB-11 Alpha dem…   0%││@dave       26/24h 109%!   89%     8% │
│Dec 1  tomorrow WEB-35 Client si…  25%││@erin        26/40h 64%    30%    13% │
│Dec 2  in 2d    WEB-22 Visual de…  54%││@farid       25/40h 64%    off     2% │
│Dec 2  in 2d    WEB-40 Fix: sess…   0%││ unassigned: 19h open                 │
└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u …
"""#)
    }

    @Test func tooSmall() {
        expectSnapshot(canvas("too small 30x10"), #"""



      terminal too small
      30×10, need 40×12
           q quits




"""#)
    }

    @Test func watchRefusesEdits() {
        expectSnapshot(canvas("watch 80x24 after d"), #"""
 Paceline  WEB · Client portal relaunch ·…  WATCH · read-only  Mon Nov 30 09:00
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
┌─ 2 Deadlines · 21d ───────── 4 late ─┐┌─ 3 Team load ─────────────── 3 over ─┐
│Due    Left     What              Done││Who              This wk  Dec 7 Dec 14│
│Nov 25 5d late  • alpha            79%││@alice       13/32h 42%    24%     8% │
│Nov 25 5d late  WEB-9 Shipment l… 100%││@bob        55/40h 138%!   73%    20% │
│Nov 25 5d late  WEB-10 Alpha smo…  38%││@carol      43/40h 108%!   78%    18% │
│Nov 26 4d late  WEB-11 Alpha dem…   0%││@dave       26/24h 109%!   89%     8% │
│Dec 1  tomorrow WEB-35 Client si…  25%││@erin        26/40h 64%    30%    13% │
│Dec 2  in 2d    WEB-22 Visual de…  54%││@farid       25/40h 64%    off     2% │
│Dec 2  in 2d    WEB-40 Fix: sess…   0%││ unassigned: 19h open                 │
└──────────────────────────────────────┘└──────────────────────────────────────┘
 read-only: this is a watch view — change tasks with pace or a dashboard
"""#)
    }

    @Test func dashboardWithForecast160x48() {
        expectSnapshot(canvas("forecast dashboard 160x48"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                                                                  Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ 1 Tasks by status ─────────────────────────────────────────────────── 1/49 ─┐┌─ 2 Deadlines · 21d ───────── 9 late ─┐┌─ 3 Team load · forecast ──── 3 over ─┐
│ID     P Title                                     Who      Est/Spent Due     ││Due    Fcst   Slack   What        Done││Who               This wk  Dec 7  Slip│
│         BLOCKED · 2                                                          ││Nov 25 Dec 1  4d late • alpha      79%││@alice        32/32h 98%     0%    +3d│
│WEB-15 U Carrier webhook ingestion                 @bob        18h/7h in 5d   ││Nov 25 Nov 30 3d late WEB-9 Ship… 100%││@bob         40/40h 100%   100%    +1d│
│WEB-35 H Client sign-off on designs                @alice     2h/0.5h tomorrow││Nov 25 Nov 30 3d late WEB-10 Alp…  38%││@carol       40/40h 100%   100%    +2d│
│         IN PROGRESS · 6                                                      ││Nov 26 Dec 1  3d late WEB-11 Alp…   0%││@dave        24/24h 100%   100%       │
│WEB-10 H Alpha smoke tests                         @erin        8h/3h 5d late ││Dec 10 Dec 11 1d late WEB-16 Not…   0%││@erin         36/40h 89%    50%    +3d│
│WEB-22 H Visual design: detail and tracking        @farid    14h/7.5h in 2d   ││Dec 11 Dec 14 1d late WEB-17 Not…   0%││@farid        29/40h 71%    off       │
│WEB-12 H Shipment detail API                       @bob        16h/9h in 4d   ││Dec 11 Dec 14 1d late WEB-18 Inv…   0%││                                      │
│WEB-30 H Automated end-to-end tests: login, list   @erin     16h/7.5h in 6d   ││Dec 12 Dec 16 3d late • beta        3%││                                      │
│WEB-26 H Production environment (terraform)        @dave     16h/6.5h in 7d   ││Dec 12 Dec 15 2d late WEB-19 Inv…   0%││                                      │
│WEB-14 M Tracking map component                    @carol      20h/6h in 9d   ││Dec 1  Dec 1  +0d     WEB-35 Cli…  25%││                                      │
│         REVIEW · 2                                                           ││Dec 2  Dec 1  +1d     WEB-40 Fix…   0%││                                      │
│WEB-9  H Shipment list page                        @carol     14h/16h 5d late ││Dec 2  Nov 30 +2d     WEB-22 Vis…  54%││                                      │
│WEB-20 H User roles and permissions                @bob     14h/15.5h in 3d   ││Dec 3  Nov 30 +3d     WEB-20 Use… 100%││                                      │
│         TODO · 17                                                            ││Dec 4  Nov 30 +4d     WEB-12 Shi…  56%││                                      │
│WEB-40 U Fix: session expires during upload        @bob         4h/0h in 2d   ││Dec 5  Dec 2  +2d     WEB-15 Car…  39%││                                      │
│WEB-32 U Security review: auth and roles           @alice       8h/0h in 9d   ││Dec 6  Dec 2  +2d     WEB-23 Vis…   0%││                                      │
│WEB-11 H Alpha demo to client                      @alice       3h/0h 4d late ││Dec 6  Dec 1  +3d     WEB-30 Aut…  47%││                                      │
│WEB-13 H Shipment detail page                      @carol      16h/0h in 8d   ││Dec 7  Dec 1  +4d     WEB-26 Pro…  41%││                                      │
│WEB-33 H Data migration from legacy portal         @bob        24h/0h in 10d  ││Dec 8  Dec 3  +3d     WEB-13 Shi…   0%││                                      │
│WEB-23 M Visual design: invoices and settings      @farid      10h/0h in 6d   ││Dec 8  Nov 30 +6d     WEB-42 Fix…   0%││                                      │
│WEB-42 M Fix: CSV export drops accents             —            3h/0h in 8d   ││Dec 9  Dec 1  +6d     WEB-14 Tra…  30%││                                      │
│WEB-16 M Notifications: e-mail on delay            @bob        12h/0h in 10d  ││Dec 9  Nov 30 +7d     WEB-32 Sec…   0%││                                      │
│WEB-21 M Admin: manage users                       @carol      12h/0h in 10d  ││Dec 10 Dec 7  +3d     WEB-21 Adm…   0%││                                      │
│WEB-25 M Load test shipment APIs                   @dave       10h/0h in 10d  ││Dec 10 Dec 2  +6d     WEB-25 Loa…   0%││                                      │
│WEB-18 M Invoice download (PDF)                    @bob        10h/0h in 11d  ││Dec 10 Dec 7  +3d     WEB-33 Dat…   0%││                                      │
│WEB-24 M Accessibility review of key flows         @farid       8h/0h in 11d  ││Dec 11 Dec 4  +5d     WEB-24 Acc…   0%││                                      │
│WEB-31 M Automated end-to-end tests: detail, trac… @erin       14h/0h in 11d  ││Dec 11 Dec 7  +4d     WEB-31 Aut…   0%││                                      │
│WEB-27 M Monitoring and alerting                   @dave       10h/0h in 12d  ││Dec 12 Dec 7  +4d     WEB-27 Mon…   0%││                                      │
│WEB-17 L Notification settings page                @carol       8h/0h in 11d  ││Dec 12 Dec 9  +2d     WEB-28 Bac…   0%││                                      │
│WEB-38 L Error pages and empty states              @carol       6h/0h         ││Dec 12 Dec 9  +2d     WEB-34 Mig…   0%││                                      │
│WEB-39 L API documentation (OpenAPI)               @bob         8h/0h         ││Dec 12 Dec 3  +6d     WEB-36 Bet…   0%││                                      │
│         BACKLOG · 22                                                         ││                                      ││                                      │
│WEB-34 H Migration dry run with client data        @dave        8h/0h in 12d  ││                                      ││                                      │
│WEB-48 H Penetration test fixes                    @bob        16h/0h in 4w   ││                                      ││                                      │
│WEB-49 H DNS cut-over plan                         @dave        4h/0h in 5w   ││                                      ││                                      │
│WEB-47 H Final regression pass                     @erin       16h/0h in 5w   ││                                      ││                                      │
│WEB-51 H Go-live and hypercare rota                @alice       4h/0h in 5w   ││                                      ││                                      │
│WEB-19 M Invoices page                             @carol      10h/0h in 12d  ││                                      ││                                      │
│WEB-28 M Backups and restore drill                 @dave        6h/0h in 12d  ││                                      ││                                      │
│WEB-53 M Mobile layout polish                      @carol      12h/0h in 4w   ││                                      ││                                      │
│WEB-55 M Rate limiting on public API               @bob         6h/0h in 4w   ││                                      ││                                      │
│WEB-60 M Translate UI to German                    —           12h/0h in 4w   ││                                      ││ unassigned: 19h open                 │
└──────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  a add  s next  d done  b block  A assign  l log  / filter  B board  u undo  q quit
"""#)
    }

    @Test func timelineByMember() {
        expectSnapshot(canvas("timeline by member 120x30"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                          Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ Timeline by member · days ──────────────────────────────────────────────────────── h/l scroll · +/- zoom · o group ─┐
│                                     Nov 30        Dec 7         Dec 14        Dec 21        Dec 28        Jan 4 2027 │
│Task                                 M T W T F S S M T W T F S S M T W T F S S M T W T F S S M T W T F S S M T W T F S│
│                                                             •beta                                                   •│
│@alice                                                                                                                │
│WEB-32 Security review: auth and ro… ██                 |                                                             │
│WEB-11 Alpha demo to client          │ ██                                                                             │
│WEB-35 Client sign-off on designs    │ ██                                                                             │
│WEB-44 Launch checklist              │ ████                                                                 |         │
│WEB-51 Go-live and hypercare rota    │   ██                                                                           │
│WEB-45 Training session for Northwi… │   ████                                                                     |   │
│WEB-59 Debrief with the client       │     ██                                                                         │
│WEB-36 Beta release notes            │     ██                 |                                                       │
│@bob                                                                                                                  │
│WEB-12 Shipment detail API           ██       |                                                                       │
│WEB-20 User roles and permissions    ██     |                                                                         │
│WEB-40 Fix: session expires during … ████ |                                                                           │
│WEB-15 Carrier webhook ingestion     │ ████     |                                                                     │
│WEB-33 Data migration from legacy p… │   ████████████     |                                                           │
│WEB-48 Penetration test fixes        │             ██████                                                 |           │
│WEB-16 Notifications: e-mail on del… │                 ██████                                                         │
│WEB-18 Invoice download (PDF)        │                     ████████                                                   │
│WEB-55 Rate limiting on public API   │                           ████                             |                   │
│WEB-39 API documentation (OpenAPI)   │                             ████                                               │
│WEB-57 Archive old shipments job     │                               ██                                               │
│@carol                                                                                                                │
└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 ? help  T close  Enter open  + days  - weeks  o group  q quit
"""#)
    }

    @Test func timelineByMilestoneInWeeks() {
        expectSnapshot(canvas("timeline by milestone, weeks 120x30"), #"""
 Paceline  WEB · Client portal relaunch · Northwind Logistics                                          Mon Nov 30 09:00
 10/59 done  ·  3 overdue  ·  2 blocked  ·  budget 91% at risk  ·  CPI 0.96  ·  over capacity: @bob @carol @dave
┌─ Timeline by milestone · weeks ──────────────────────────────────────────────────── h/l scroll · +/- zoom · o group ─┐
│                                        Dec 7       Jan 4 2027  Feb 1 2027  Mar 1 2027     Apr 5 2027  May 3 2027     │
│Task                                 30 7  14 21 28 4  11 18 25 1  8  15 22 1  8  15 22 29 5  12 19 26 3  10 17 24 31 │
│                                          •beta       •launch                                                         │
│alpha · due Nov 25                                                                                                    │
│WEB-9 Shipment list page             █                                                                                │
│WEB-10 Alpha smoke tests             █                                                                                │
│WEB-11 Alpha demo to client          █                                                                                │
│beta · due Dec 12                                                                                                     │
│WEB-12 Shipment detail API           █|                                                                               │
│WEB-14 Tracking map component        █  |                                                                             │
│WEB-20 User roles and permissions    █                                                                                │
│WEB-22 Visual design: detail and tr… █  ░░                                                                            │
│WEB-26 Production environment (terr… █ |                                                                              │
│WEB-32 Security review: auth and ro… █  |                                                                             │
│WEB-42 Fix: CSV export drops accents █ |                                                                              │
│WEB-43 Cookie consent banner         █                                                                                │
│WEB-30 Automated end-to-end tests: … █ |                                                                              │
│WEB-23 Visual design: invoices and … █ |░░                                                                            │
│WEB-40 Fix: session expires during … █                                                                                │
│WEB-25 Load test shipment APIs       █  |                                                                             │
│WEB-15 Carrier webhook ingestion     █|                                                                               │
│WEB-35 Client sign-off on designs    █                                                                                │
│WEB-13 Shipment detail page          █ |                                                                              │
│WEB-27 Monitoring and alerting       ███ |                                                                            │
│WEB-33 Data migration from legacy p… ███|                                                                             │
└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 ? help  T close  Enter open  + days  - weeks  o group  q quit
"""#)
    }

}
