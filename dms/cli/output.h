#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Aktenwerk::Cli {

/** stdout/stderr in UTF-8, flushed per line so that a killed process has printed what it reported. */
void out(const QString &line);
void err(const QString &line);
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

} // namespace Aktenwerk::Cli
