#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Aktenwerk::Model {

/**
 * Aktenzeichen / Vorgangszeichen template.
 *
 * A file reference is never typed by hand: it is built from a template such as
 * "{plan}-{seq:04}/{year}" → "63.01.02-0045/2026". Placeholders:
 *   {plan}           code of the plan unit
 *   {dept}           department code
 *   {seq} {seq:N}    running number, zero-padded to N digits
 *   {year} {year:2}  the year, four or two digits
 * A case template ("Vorgangszeichen") uses {file} (the file reference) and {case}/{case:N}
 * (the running case number within the file), e.g. "{file}-{case:03}" → "63.01.02-0045/2026-001".
 *
 * Placeholders must be separated by literal text so that a reference can be parsed back.
 */
class ReferenceTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::ReferenceTemplate)
public:
    enum class Kind { File, Case };

    struct Values
    {
        QString plan;
        QString dept;
        int seq = 0;
        int year = 0;
        QString file;
        int caseNo = 0;
    };

    static constexpr const char *defaultFileTemplate = "{plan}-{seq:04}/{year}";
    static constexpr const char *defaultCaseTemplate = "{file}-{case:03}";

    static Result<ReferenceTemplate> parse(const QString &pattern, Kind kind);

    QString pattern() const { return m_pattern; }
    Kind kind() const { return m_kind; }

    /** The reference for @p values. */
    QString format(const Values &values) const;
    /**
     * The counter scope: the reference with the running number left out. Two references
     * that differ only in the running number share a scope, so one counter per scope
     * makes every reference unique ("63.01.02-#/2026").
     */
    QString scopeKey(const Values &values) const;
    /** Parses a reference back into its parts; nullopt if it does not fit the template. */
    std::optional<Values> match(const QString &reference) const;
    /**
     * An expression that finds references of this template in running text (a letter's OCR
     * text): not anchored, bounded by non-word characters, and tolerant of the blanks OCR puts
     * around separators ("63.01.02-0001 / 2026"). A case template's {file} is found with
     * @p fileTemplate's expression. Capture group 1 is the whole reference; normalise it with
     * normalizedFound() before match().
     */
    QString searchPattern(const ReferenceTemplate *fileTemplate = nullptr) const;
    /** A hit of searchPattern() without the blanks around separators. */
    static QString normalizedFound(QString found);

private:
    QString fieldPattern(const ReferenceTemplate *fileTemplate) const;
    static QString digits(int count, bool exact);
    enum class Field { Literal, Plan, Dept, Seq, Year, File, Case };
    struct Token
    {
        Field field = Field::Literal;
        QString text; ///< the literal text
        int width = 0; ///< padding for seq/case, digits for year
    };
    QString render(const Values &values, bool scopeOnly) const;

    QString m_pattern;
    Kind m_kind = Kind::File;
    QList<Token> m_tokens;
};

} // namespace Aktenwerk::Model
