#include "dms/plan/planimport.h"

#include "dms/engine.h"
#include "dms/store/queries.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

constexpr qint64 kMaxPlanFileSize = 64 * 1024 * 1024;

std::optional<bool> parseFlag(const QString &raw)
{
    const QString t = raw.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("nein") || t == QLatin1String("no")
        || t == QLatin1String("false"))
        return false;
    if (t == QLatin1String("1") || t == QLatin1String("ja") || t == QLatin1String("yes") || t == QLatin1String("true")
        || t == QLatin1String("x"))
        return true;
    return std::nullopt;
}

/** Splits CSV text into records (RFC 4180: quoted fields may hold delimiters, quotes and newlines). */
std::expected<QList<std::pair<int, QStringList>>, int> splitCsv(const QString &text, QChar delimiter)
{
    QList<std::pair<int, QStringList>> rows;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields << field;
            rows.append({recordLine, fields});
            fields.clear();
            field.clear();
            fieldStarted = false;
            recordLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::unexpected(recordLine);
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        rows.append({recordLine, fields});
    }
    return rows;
}

} // namespace

Result<PlanImportData> PlanReader::readFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(path));
    if (f.size() > kMaxPlanFileSize)
        return fail(ErrorCode::InvalidArgument, tr("The file %1 is too large for a file plan.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1.").arg(path), f.errorString());
    return parse(f.readAll(), path);
}

Result<PlanImportData> PlanReader::parse(const QByteArray &raw, const QString &sourceName)
{
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    const QByteArray head = data.left(4096).trimmed();
    Result<PlanImportData> r = head.startsWith('<') ? parseXdomea(data)
        : head.startsWith('{')                     ? parseJson(data)
                                                   : parseCsv(data);
    if (!r)
        r.error().detail = sourceName + (r.error().detail.isEmpty() ? QString() : QStringLiteral(": ") + r.error().detail);
    return r;
}

Result<PlanImportData> PlanReader::parseCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        return fail(ErrorCode::InvalidArgument, tr("The file plan is not UTF-8 text."));
    // The delimiter is whichever of ';' and ',' the header row uses more (comment lines skipped).
    QString firstLine;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#'))) {
            firstLine = line;
            break;
        }
    }
    const QChar delimiter = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');
    auto rows = splitCsv(text, delimiter);
    if (!rows)
        return fail(ErrorCode::InvalidArgument, tr("Line %1: a quoted field is not closed.").arg(rows.error()));

    // Header names, English or German.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("kennzeichen"), QStringLiteral("code")},
        {QStringLiteral("parent"), QStringLiteral("parent")},
        {QStringLiteral("uebergeordnet"), QStringLiteral("parent")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("titel"), QStringLiteral("title")},
        {QStringLiteral("betreff"), QStringLiteral("title")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("beschreibung"), QStringLiteral("description")},
        {QStringLiteral("inhaltsangabe"), QStringLiteral("description")},
        {QStringLiteral("retention"), QStringLiteral("retention")},
        {QStringLiteral("aufbewahrung"), QStringLiteral("retention")},
        {QStringLiteral("aufbewahrungsfrist"), QStringLiteral("retention")},
        {QStringLiteral("disposal"), QStringLiteral("disposal")},
        {QStringLiteral("aussonderungsart"), QStringLiteral("disposal")},
        {QStringLiteral("retired"), QStringLiteral("retired")},
        {QStringLiteral("stillgelegt"), QStringLiteral("retired")},
        {QStringLiteral("department"), QStringLiteral("department")},
        {QStringLiteral("fachbereich"), QStringLiteral("department")},
    };
    PlanImportData out;
    out.format = QStringLiteral("csv");
    QHash<QString, int> column;
    bool haveHeader = false;
    for (const auto &[line, fields] : *rows) {
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        if (fields.first().trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!haveHeader) {
            for (int i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).trimmed().toLower();
                if (!aliases.contains(name))
                    return fail(ErrorCode::InvalidArgument, tr("Line %1: unknown column \"%2\".").arg(line).arg(fields.at(i)));
                column.insert(aliases.value(name), i);
            }
            for (const char *required : {"code", "title", "retention", "disposal"}) {
                if (!column.contains(QLatin1String(required)))
                    return fail(ErrorCode::InvalidArgument,
                                tr("The header row lacks the column \"%1\".").arg(QLatin1String(required)));
            }
            haveHeader = true;
            continue;
        }
        auto value = [&](const char *name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
        };
        PlanImportUnit u;
        u.line = line;
        u.unit.code = value("code");
        u.unit.title = value("title");
        u.unit.description = value("description");
        u.parentCode = value("parent");
        u.unit.departmentCode = normalizeDepartmentCode(value("department"));
        const auto retention = Retention::parse(value("retention"));
        if (!retention)
            return fail(ErrorCode::Validation,
                        tr("Line %1: the retention \"%2\" is not a number of years or \"unbefristet\".")
                            .arg(line)
                            .arg(value("retention")));
        u.unit.retention = *retention;
        const auto disposal = disposalTypeFromCode(value("disposal"));
        if (!disposal)
            return fail(ErrorCode::Validation,
                        tr("Line %1: the disposal type \"%2\" must be A, B or V.").arg(line).arg(value("disposal")));
        u.unit.disposal = *disposal;
        const auto retired = parseFlag(value("retired"));
        if (!retired)
            return fail(ErrorCode::Validation, tr("Line %1: \"retired\" must be 0 or 1.").arg(line));
        u.unit.retired = *retired;
        out.units.append(u);
    }
    if (!haveHeader)
        return fail(ErrorCode::InvalidArgument, tr("The file plan is empty."));
    return out;
}

Result<PlanImportData> PlanReader::parseJson(const QByteArray &data)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument, tr("The file plan is not valid JSON (at byte %1).").arg(pe.offset),
                    pe.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("aktenwerk-plan"))
        return fail(ErrorCode::InvalidArgument, tr("The JSON file is not an Aktenwerk file plan (\"format\": "
                                                   "\"aktenwerk-plan\" is missing)."));
    if (root.value(QLatin1String("version")).toInt() != 1)
        return fail(ErrorCode::Unsupported, tr("This version of the file plan format is not supported."));
    PlanImportData out;
    out.format = QStringLiteral("json");
    out.name = root.value(QLatin1String("name")).toString();
    for (const QJsonValue &v : root.value(QLatin1String("departments")).toArray()) {
        const QJsonObject o = v.toObject();
        Department d;
        d.code = normalizeDepartmentCode(o.value(QLatin1String("code")).toString());
        d.name = o.value(QLatin1String("name")).toString().trimmed();
        const auto level = confidentialityFromCode(o.value(QLatin1String("default_confidentiality")).toString(
            QStringLiteral("003")));
        if (d.code.isEmpty() || d.name.isEmpty() || !level)
            return fail(ErrorCode::Validation, tr("A department in the file plan lacks its code, its name or a valid "
                                                  "confidentiality level."));
        d.defaultConfidentiality = *level;
        out.departments.append(d);
    }
    int position = 0;
    std::function<Status(const QJsonArray &, const QString &, int)> walk = [&](const QJsonArray &units,
                                                                                const QString &parent,
                                                                                int depth) -> Status {
        if (depth > 32)
            return fail(ErrorCode::Validation, tr("The file plan is nested too deeply."));
        for (const QJsonValue &v : units) {
            const QJsonObject o = v.toObject();
            PlanImportUnit u;
            u.line = ++position;
            u.parentCode = parent;
            u.unit.code = o.value(QLatin1String("code")).toString().trimmed();
            u.unit.title = o.value(QLatin1String("title")).toString().trimmed();
            u.unit.description = o.value(QLatin1String("description")).toString().trimmed();
            u.unit.departmentCode = normalizeDepartmentCode(o.value(QLatin1String("department")).toString());
            const QJsonValue rv = o.value(QLatin1String("retention"));
            const auto retention = Retention::parse(rv.isDouble() ? QString::number(rv.toInt()) : rv.toString());
            if (!retention)
                return fail(ErrorCode::Validation,
                            tr("Unit %1: the retention must be a number of years or \"unbefristet\".").arg(u.unit.code));
            u.unit.retention = *retention;
            const auto disposal = disposalTypeFromCode(o.value(QLatin1String("disposal")).toString());
            if (!disposal)
                return fail(ErrorCode::Validation, tr("Unit %1: the disposal type must be A, B or V.").arg(u.unit.code));
            u.unit.disposal = *disposal;
            u.unit.retired = o.value(QLatin1String("retired")).toBool(false);
            out.units.append(u);
            if (auto s = walk(o.value(QLatin1String("children")).toArray(), u.unit.code, depth + 1); !s)
                return s;
        }
        return {};
    };
    if (auto s = walk(root.value(QLatin1String("units")).toArray(), QString(), 0); !s)
        return std::unexpected(s.error());
    return out;
}

Result<PlanImportData> PlanReader::parseXdomea(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    PlanImportData out;
    out.format = QStringLiteral("xdomea-0301");

    auto isXdomea = [&] { return xml.namespaceUri().startsWith(QLatin1String("urn:xoev-de:xdomea:schema:")); };
    if (!xml.readNextStartElement())
        return fail(ErrorCode::InvalidArgument, tr("The file is not a readable XML document."), xml.errorString());
    if (xml.name() != QLatin1String("Aktenplan.Aktenplan.0301") || !isXdomea())
        return fail(ErrorCode::InvalidArgument,
                    tr("The XML file is not an xdomea file plan message (Aktenplan.Aktenplan.0301)."),
                    xml.name().toString());

    // Reads one <Einheit>; its own fields come before nested units in the schema's sequence.
    std::function<Status(const QString &, int)> readUnit = [&](const QString &parent, int depth) -> Status {
        if (depth > 32)
            return fail(ErrorCode::Validation, tr("The file plan is nested too deeply."));
        const int index = static_cast<int>(out.units.size());
        PlanImportUnit u;
        u.line = static_cast<int>(xml.lineNumber());
        u.parentCode = parent;
        out.units.append(u);
        bool haveRetention = false;
        bool haveDisposal = false;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            PlanImportUnit &cur = out.units[index];
            if (name == QLatin1String("Kennzeichen")) {
                cur.unit.code = xml.readElementText().trimmed();
            } else if (name == QLatin1String("BetreffKurz")) {
                cur.unit.title = xml.readElementText().trimmed();
            } else if (name == QLatin1String("Inhaltsangabe")) {
                cur.unit.description = xml.readElementText().trimmed();
            } else if (name == QLatin1String("Stillgelegt")) {
                const auto flag = parseFlag(xml.readElementText());
                if (!flag)
                    return fail(ErrorCode::Validation, tr("Line %1: <Stillgelegt> must be 0 or 1.").arg(cur.line));
                cur.unit.retired = *flag;
            } else if (name == QLatin1String("Aussonderungsart")) {
                // <Aussonderungsart><Aussonderungsart><code>A</code>...
                QString code;
                while (xml.readNextStartElement()) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("code"))
                            code = xml.readElementText().trimmed();
                        else
                            xml.skipCurrentElement();
                    }
                }
                const auto d = disposalTypeFromCode(code);
                if (!d)
                    return fail(ErrorCode::Validation,
                                tr("Line %1: the Aussonderungsart \"%2\" must be A, B or V.").arg(cur.line).arg(code));
                cur.unit.disposal = *d;
                haveDisposal = true;
            } else if (name == QLatin1String("Aufbewahrungsdauer")) {
                while (xml.readNextStartElement()) {
                    const QString inner = xml.name().toString();
                    const QString value = xml.readElementText().trimmed();
                    std::optional<Retention> r;
                    if (inner == QLatin1String("AnzahlJahre"))
                        r = Retention::parse(value);
                    else if (inner == QLatin1String("Unbefristet") && parseFlag(value).value_or(false))
                        r = Retention::unlimited();
                    if (!r)
                        return fail(ErrorCode::Validation,
                                    tr("Line %1: the Aufbewahrungsdauer is not valid.").arg(cur.line));
                    cur.unit.retention = *r;
                    haveRetention = true;
                }
            } else if (name == QLatin1String("Einheit")) {
                if (cur.unit.code.isEmpty())
                    return fail(ErrorCode::Validation,
                                tr("Line %1: a unit of the file plan has no Kennzeichen.").arg(cur.line));
                const QString code = cur.unit.code;
                if (auto s = readUnit(code, depth + 1); !s)
                    return s;
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return fail(ErrorCode::InvalidArgument,
                        tr("The xdomea message is not well-formed XML (line %1).").arg(xml.lineNumber()),
                        xml.errorString());
        const PlanImportUnit &done = out.units.at(index);
        if (done.unit.code.isEmpty())
            return fail(ErrorCode::Validation, tr("Line %1: a unit of the file plan has no Kennzeichen.").arg(done.line));
        if (!haveRetention || !haveDisposal)
            return fail(ErrorCode::Validation,
                        tr("Line %1: the unit %2 lacks its Aufbewahrungsdauer or Aussonderungsart.")
                            .arg(done.line)
                            .arg(done.unit.code));
        if (done.unit.title.isEmpty())
            out.units[index].unit.title = done.unit.description;
        return {};
    };

    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Kopf")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Nachrichtentyp")) {
                    QString code;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("code"))
                            code = xml.readElementText().trimmed();
                        else
                            xml.skipCurrentElement();
                    }
                    if (code != QLatin1String("0301"))
                        return fail(ErrorCode::InvalidArgument,
                                    tr("The message type is %1, not 0301 (file plan).").arg(code));
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == QLatin1String("Aktenplan")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Bezeichnung")) {
                    out.name = xml.readElementText().trimmed();
                } else if (xml.name() == QLatin1String("Einheit")) {
                    if (auto s = readUnit(QString(), 0); !s)
                        return std::unexpected(s.error());
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(ErrorCode::InvalidArgument,
                    tr("The xdomea message is not well-formed XML (line %1).").arg(xml.lineNumber()), xml.errorString());
    if (out.units.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The xdomea message holds no file plan units."));
    return out;
}

Status PlanImporter::validate(const PlanImportData &data, const QStringList &existingCodes)
{
    if (data.units.isEmpty())
        return fail(ErrorCode::Validation, tr("The file plan holds no units."));
    QHash<QString, int> seen; // code → line
    QStringList allCodes = existingCodes;
    for (const PlanImportUnit &u : data.units)
        allCodes << u.unit.code;
    for (const PlanImportUnit &u : data.units) {
        if (!FilePlan::isValidCode(u.unit.code))
            return fail(ErrorCode::Validation,
                        tr("Entry %1: the plan code \"%2\" is not valid: use digits in groups separated by dots, "
                           "e.g. 63.01.02.")
                            .arg(u.line)
                            .arg(u.unit.code));
        if (seen.contains(u.unit.code))
            return fail(ErrorCode::Validation, tr("Entry %1: the plan code %2 appears twice (first in entry %3).")
                                                   .arg(u.line)
                                                   .arg(u.unit.code)
                                                   .arg(seen.value(u.unit.code)));
        if (u.unit.title.isEmpty())
            return fail(ErrorCode::Validation, tr("Entry %1: the plan unit %2 has no title.").arg(u.line).arg(u.unit.code));
        if (!u.parentCode.isEmpty()) {
            if (!seen.contains(u.parentCode) && !existingCodes.contains(u.parentCode))
                return fail(ErrorCode::Validation, tr("Entry %1: the parent code %2 of %3 is unknown.")
                                                       .arg(u.line)
                                                       .arg(u.parentCode, u.unit.code));
            if (!FilePlan::extendsCode(u.parentCode, u.unit.code))
                return fail(ErrorCode::Validation,
                            tr("Entry %1: the plan code %2 does not extend the code of its parent unit %3.")
                                .arg(u.line)
                                .arg(u.unit.code, u.parentCode));
        } else {
            // A derived parent must come first in the file, so that parents are created before children.
            const QString derived = FilePlan::deriveParentCode(u.unit.code, allCodes);
            if (!derived.isEmpty() && !seen.contains(derived) && !existingCodes.contains(derived))
                return fail(ErrorCode::Validation, tr("Entry %1: the parent unit %2 must come before %3.")
                                                       .arg(u.line)
                                                       .arg(derived, u.unit.code));
        }
        seen.insert(u.unit.code, u.line);
    }
    return {};
}

Result<QList<Command>> PlanImporter::commandsFor(Engine &engine, const PlanImportData &data, PlanImportReport *report)
{
    auto db = engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto existing = Queries::planUnits(*db);
    if (!existing)
        return std::unexpected(existing.error());
    auto departments = Queries::departments(*db);
    if (!departments)
        return std::unexpected(departments.error());

    QHash<QString, PlanUnit> byCode;
    QStringList existingCodes;
    for (const PlanUnit &u : *existing) {
        byCode.insert(u.code, u);
        existingCodes << u.code;
    }
    if (auto s = validate(data, existingCodes); !s)
        return std::unexpected(s.error());

    QList<Command> commands;
    QStringList knownDepartments;
    for (const Department &d : *departments)
        knownDepartments << d.code;
    auto ensureDepartment = [&](const Department &d) {
        if (d.code.isEmpty() || knownDepartments.contains(d.code))
            return;
        commands << Commands::createDepartment(d.code, d.name, d.defaultConfidentiality);
        knownDepartments << d.code;
        ++report->departmentsCreated;
    };
    for (const Department &d : data.departments)
        ensureDepartment(d);
    for (const PlanImportUnit &u : data.units) {
        if (!u.unit.departmentCode.isEmpty())
            ensureDepartment(Department{{}, u.unit.departmentCode,
                                        tr("Department %1").arg(u.unit.departmentCode), Confidentiality::Open});
    }

    QStringList allCodes = existingCodes;
    for (const PlanImportUnit &u : data.units)
        allCodes << u.unit.code;
    for (const PlanImportUnit &u : data.units) {
        const auto it = byCode.constFind(u.unit.code);
        if (it == byCode.cend()) {
            const QString parent = u.parentCode.isEmpty() ? FilePlan::deriveParentCode(u.unit.code, allCodes)
                                                          : u.parentCode;
            commands << Commands::createPlanUnit(u.unit, parent);
            ++report->created;
            continue;
        }
        QJsonObject changes;
        if (it->title != u.unit.title)
            changes.insert(QStringLiteral("title"), u.unit.title);
        if (it->description != u.unit.description)
            changes.insert(QStringLiteral("description"), u.unit.description);
        if (!(it->retention == u.unit.retention))
            changes.insert(QStringLiteral("retention"), u.unit.retention.toString());
        if (it->disposal != u.unit.disposal)
            changes.insert(QStringLiteral("disposal"), QString(disposalTypeCode(u.unit.disposal)));
        if (it->retired != u.unit.retired)
            changes.insert(QStringLiteral("retired"), u.unit.retired);
        if (!u.unit.departmentCode.isEmpty() && it->departmentCode != u.unit.departmentCode)
            changes.insert(QStringLiteral("department"), u.unit.departmentCode);
        if (changes.isEmpty()) {
            ++report->unchanged;
        } else {
            commands << Commands::updatePlanUnit(it->id, changes);
            ++report->updated;
        }
    }
    return commands;
}

Result<PlanImportReport> PlanImporter::importFile(Engine &engine, const QString &path)
{
    auto data = PlanReader::readFile(path);
    if (!data)
        return std::unexpected(data.error());
    PlanImportReport report;
    report.format = data->format;
    auto commands = commandsFor(engine, *data, &report);
    if (!commands)
        return std::unexpected(commands.error());
    if (!commands->isEmpty()) {
        auto applied = engine.applyBatch(*commands);
        if (!applied)
            return std::unexpected(applied.error());
    }
    return report;
}

} // namespace Aktenwerk::Dms
