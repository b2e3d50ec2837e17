#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Model {

/** Aussonderungsart: what happens to a file once its retention has run out. */
enum class DisposalType {
    Archive,  ///< A — offer to the archive (archivwürdig)
    Appraise, ///< B — the archive appraises (bewerten)
    Destroy,  ///< V — destroy (vernichten)
};

/** The xdomea code letter: A, B or V. */
QChar disposalTypeCode(DisposalType type);
std::optional<DisposalType> disposalTypeFromCode(QStringView code);
/** Translated name for the UI ("archivieren", "bewerten", "vernichten"). */
QString disposalTypeName(DisposalType type);

/** Aufbewahrungsfrist: years after closing (z.d.A.), or unlimited (unbefristet). */
class Retention
{
public:
    static Retention unlimited() { return Retention(); }
    static Retention ofYears(int years) { return Retention(years); }

    /**
     * Accepts a number of years ("10"), "unbefristet", "unlimited" or "dauernd".
     * Years must lie in 0..999 (xdomea's AnzahlJahre is an unsignedShort; no real plan keeps longer).
     */
    static std::optional<Retention> parse(QStringView text);

    bool isUnlimited() const { return !m_years.has_value(); }
    int years() const { return m_years.value_or(-1); }
    /** "10" or "unbefristet": the storage and CSV form. */
    QString toString() const;
    /** Translated form for the UI: "10 Jahre", "unbefristet". */
    QString displayText() const;

    bool operator==(const Retention &) const = default;

private:
    Retention() = default;
    explicit Retention(int years)
        : m_years(years)
    {
    }
    std::optional<int> m_years;
};

/** Aktenplaneinheit: one node of the hierarchical, decimal file plan. */
struct PlanUnit
{
    QUuid id;
    QUuid parentId; ///< null for a top-level unit
    QString code;   ///< e.g. "63.01.02"
    QString title;
    QString description;
    Retention retention = Retention::unlimited();
    DisposalType disposal = DisposalType::Appraise;
    bool retired = false;      ///< stillgelegt: no new files below it
    QString departmentCode;    ///< owning department, may be empty (inherited from the parent)
};

/** The rules of the file plan. Pure functions: no storage. */
class FilePlan
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::FilePlan)
public:
    /** Digits in groups separated by dots: "6", "63", "63.01.02". */
    static bool isValidCode(QStringView code);
    /** A child's code extends its parent's: it starts with it and is longer ("6" → "63" → "63.01.02"). */
    static bool extendsCode(QStringView parentCode, QStringView childCode);
    /**
     * The longest code in @p codes that @p code extends, or an empty string.
     * Used where a plan format gives no explicit parent (CSV without a parent column).
     */
    static QString deriveParentCode(QStringView code, const QStringList &codes);

    /** Checks one unit on its own and against its parent (if any). */
    static Status validateUnit(const PlanUnit &unit, const PlanUnit *parent);
};

} // namespace Aktenwerk::Model
