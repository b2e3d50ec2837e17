#pragma once

#include "model/error.h"

#include <QCoreApplication>

namespace Aktenwerk::Dms {

class Engine;

struct DemoReport
{
    int planUnits = 0;
    int files = 0;
    int cases = 0;
    int documents = 0;
    int versions = 0;
};

/**
 * Fills an empty data folder with the example file plan and a few realistic files, cases and
 * documents of FB 11, 36 and 63 — all through the engine's command path, like a clerk would.
 */
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::DemoData)
public:
    static Model::Result<DemoReport> create(Engine &engine);
};

} // namespace Aktenwerk::Dms
