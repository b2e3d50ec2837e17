#include "model/fileplan.h"

#include <QRegularExpression>

namespace Aktenwerk::Model {

QChar disposalTypeCode(DisposalType type)
{
    switch (type) {
    case DisposalType::Archive:
        return QLatin1Char('A');
    case DisposalType::Appraise:
        return QLatin1Char('B');
    case DisposalType::Destroy:
        return QLatin1Char('V');
    }
    return QLatin1Char('B');
}

std::optional<DisposalType> disposalTypeFromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toUpper();
    if (c == QLatin1String("A"))
        return DisposalType::Archive;
    if (c == QLatin1String("B"))
        return DisposalType::Appraise;
    if (c == QLatin1String("V"))
        return DisposalType::Destroy;
    return std::nullopt;
}

QString disposalTypeName(DisposalType type)
{
    switch (type) {
    case DisposalType::Archive:
        return QCoreApplication::translate("Aktenwerk::Model::DisposalType", "archive (A)");
    case DisposalType::Appraise:
        return QCoreApplication::translate("Aktenwerk::Model::DisposalType", "appraise (B)");
    case DisposalType::Destroy:
        return QCoreApplication::translate("Aktenwerk::Model::DisposalType", "destroy (V)");
    }
    return {};
}

std::optional<Retention> Retention::parse(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("unbefristet") || t == QLatin1String("unlimited") || t == QLatin1String("dauernd")
        || t == QLatin1String("-1"))
        return Retention::unlimited();
    bool ok = false;
    const int years = t.toInt(&ok);
    if (!ok || years < 0 || years > 999)
        return std::nullopt;
    return Retention::ofYears(years);
}

QString Retention::toString() const
{
    return isUnlimited() ? QStringLiteral("unbefristet") : QString::number(*m_years);
}

QString Retention::displayText() const
{
    if (isUnlimited())
        return QCoreApplication::translate("Aktenwerk::Model::Retention", "unlimited");
    return QCoreApplication::translate("Aktenwerk::Model::Retention", "%n year(s)", nullptr, *m_years);
}

bool FilePlan::isValidCode(QStringView code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    return code.size() <= 64 && re.match(code).hasMatch();
}

bool FilePlan::extendsCode(QStringView parentCode, QStringView childCode)
{
    return childCode.size() > parentCode.size() && childCode.startsWith(parentCode);
}

QString FilePlan::deriveParentCode(QStringView code, const QStringList &codes)
{
    QString best;
    for (const QString &candidate : codes) {
        if (extendsCode(candidate, code) && candidate.size() > best.size())
            best = candidate;
    }
    return best;
}

Status FilePlan::validateUnit(const PlanUnit &unit, const PlanUnit *parent)
{
    if (!isValidCode(unit.code))
        return fail(ErrorCode::Validation,
                    tr("The plan code \"%1\" is not valid: use digits in groups separated by dots, e.g. 63.01.02.")
                        .arg(unit.code));
    if (unit.title.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("The plan unit %1 has no title.").arg(unit.code));
    if (parent) {
        if (!extendsCode(parent->code, unit.code))
            return fail(ErrorCode::Validation,
                        tr("The plan code %1 does not extend the code of its parent unit %2.")
                            .arg(unit.code, parent->code));
    }
    return {};
}

} // namespace Aktenwerk::Model
