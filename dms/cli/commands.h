#pragma once

// The commands of aktenwerk-cli, one function each, grouped by file: records.cpp (the data
// folder, plan, files, cases, search, audit), capture.cpp (import, intake, content, OCR,
// scanning), versions.cpp (check-out, check-in, restore), sync.cpp (server and sync), routing.cpp
// (routes, the inbox, steps, deputies, resubmission).

#include "dms/cli/support.h"

namespace Aktenwerk::Cli {

int cmdInit(const Args &a);
int cmdDemo(const Args &a);
int cmdPlan(const Args &a);
int cmdDepartment(const Args &a);
int cmdTypes(const Args &a);
int cmdFileCreate(const Args &a);
int cmdCaseCreate(const Args &a);
int cmdList(const Args &a);
int cmdShow(const Args &a);
int cmdSet(const Args &a);
int cmdHistory(const Args &a);
int cmdAdd(const Args &a);
int cmdImport(const Args &a);
int cmdWatch(const Args &a);
int cmdFileInto(const Args &a);
int cmdIntake(const Args &a);
int cmdGet(const Args &a);
int cmdDelete(const Args &a);
int cmdMove(const Args &a);
int cmdVolume(const Args &a);
int cmdShare(const Args &a);
int cmdDeleted(const Args &a);
int cmdUndelete(const Args &a);
int cmdConfig(const Args &a);
int cmdVerify(const Args &a);
int cmdServer(const Args &a);
int cmdConnect(const Args &a);
int cmdSync(const Args &a);
int cmdVersions(const Args &a);
int cmdCheckOut(const Args &a);
int cmdCheckIn(const Args &a);
int cmdCancelCheckOut(const Args &a);
int cmdRestore(const Args &a);
int cmdOcr(const Args &a);
int cmdBreakLock(const Args &a);
int cmdStatus(const Args &a);
int cmdConflicts(const Args &a);
int cmdSearch(const Args &a);
int cmdReindex(const Args &a);
int cmdResolve(const Args &a);
int cmdRejected(const Args &a);
int cmdAudit(const Args &a);
int cmdDevices(const Args &a);
int cmdScan(const Args &a);
int cmdSeparatorSheet(const Args &a);
int cmdRoute(const Args &a);
int cmdInbox(const Args &a);
int cmdStep(const Args &a);
int cmdDeputy(const Args &a);
int cmdResubmit(const Args &a);
int cmdClose(const Args &a);
int cmdReopen(const Args &a);
int cmdRetention(const Args &a);
int cmdHold(const Args &a);
int cmdReleaseHold(const Args &a);
int cmdDisposal(const Args &a);
int cmdArchive(const Args &a);
int cmdDestroy(const Args &a);
int cmdDeletionRecords(const Args &a);

} // namespace Aktenwerk::Cli
