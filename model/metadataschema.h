#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Aktenwerk::Model {

/** Which level of the file structure a schema describes. */
enum class EntityKind { File, Case, Document };
QString entityKindCode(EntityKind kind); ///< "file", "case", "document"
std::optional<EntityKind> entityKindFromCode(QStringView code);

/** Typed metadata values by field key. Stored values are normalised strings (dates ISO 8601). */
using FieldValues = QMap<QString, QString>;

/** One typed metadata field, e.g. FB 63 "Flurstück". */
struct FieldDef
{
    enum class Type { Text, Date, Number, Enum };

    QString key;     ///< stable identifier, ASCII ("flurstueck")
    QString labelDe; ///< "Flurstück"
    QString labelEn; ///< "Parcel"
    Type type = Type::Text;
    bool required = false;
    QString pattern;     ///< optional regular expression a text value must match completely
    QString patternHintDe; ///< shown when the pattern does not match, e.g. "123 oder 123/4"
    QString patternHintEn;
    QStringList options; ///< allowed values of an Enum field
    int maxLength = 200;
    std::optional<double> minimum; ///< for Number
    std::optional<double> maximum;
    bool integer = false; ///< Number: whole numbers only

    /** The label in the UI language (German unless the application runs in English). */
    QString label() const;
    QString patternHint() const;
};

QString fieldTypeCode(FieldDef::Type type);
std::optional<FieldDef::Type> fieldTypeFromCode(QStringView code);

/** A problem with one field, for an inline message next to it. */
struct FieldIssue
{
    QString key;
    QString message;
};

/**
 * Metadata schema for one document (or file, or case) type of one department, e.g.
 * FB 63 "Bauakte" with Gemarkung, Flur, Flurstück and Bauherr.
 */
class MetadataSchema
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::MetadataSchema)
public:
    /** The department code of a schema every department has (e-mail fields, for instance). */
    static constexpr QLatin1StringView anyDepartment{"*"};

    QString department; ///< department code, "63", or anyDepartment
    EntityKind kind = EntityKind::Document;
    QString type;    ///< "Bauakte", "Bauantrag"
    QString titleDe; ///< shown in the type chooser
    QString titleEn;
    QList<FieldDef> fields;

    QString title() const;
    const FieldDef *field(QStringView keyOrLabel) const;

    /**
     * Validates and normalises @p values: unknown keys, missing required fields, wrong types,
     * pattern and option violations become issues; dates in German form (31.12.2026) become ISO.
     * Returns the normalised values when there are no issues.
     */
    std::expected<FieldValues, QList<FieldIssue>> validate(const FieldValues &values) const;

    /** Normalises one value; an issue message on failure. */
    static std::expected<QString, QString> normalizeValue(const FieldDef &field, const QString &value);

    /** Reads the schema list format (see resources/schemas/README.md). */
    static Result<QList<MetadataSchema>> listFromJson(const QByteArray &json);
    static Result<MetadataSchema> fromJson(const QJsonObject &object);
};

/** The metadata schemas in force, looked up by department, kind and type. */
class SchemaRegistry
{
public:
    SchemaRegistry() = default;
    explicit SchemaRegistry(QList<MetadataSchema> schemas)
        : m_schemas(std::move(schemas))
    {
    }

    const QList<MetadataSchema> &all() const { return m_schemas; }
    /**
     * The schema for @p type, or nullptr; the type is matched case-insensitively. A schema of
     * the department itself comes before one for every department (anyDepartment).
     */
    const MetadataSchema *find(QStringView department, EntityKind kind, QStringView type) const;
    /** The department's schemas, then those for every department that it does not override. */
    QList<const MetadataSchema *> forDepartment(QStringView department, EntityKind kind) const;

private:
    QList<MetadataSchema> m_schemas;
};

} // namespace Aktenwerk::Model
