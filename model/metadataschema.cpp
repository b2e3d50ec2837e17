#include "model/metadataschema.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Aktenwerk::Model {

namespace {
bool uiIsGerman()
{
    return QLocale().language() == QLocale::German;
}
} // namespace

QString entityKindCode(EntityKind kind)
{
    switch (kind) {
    case EntityKind::File:
        return QStringLiteral("file");
    case EntityKind::Case:
        return QStringLiteral("case");
    case EntityKind::Document:
        return QStringLiteral("document");
    }
    return {};
}

std::optional<EntityKind> entityKindFromCode(QStringView code)
{
    for (EntityKind k : {EntityKind::File, EntityKind::Case, EntityKind::Document}) {
        if (code == entityKindCode(k))
            return k;
    }
    return std::nullopt;
}

QString fieldTypeCode(FieldDef::Type type)
{
    switch (type) {
    case FieldDef::Type::Text:
        return QStringLiteral("text");
    case FieldDef::Type::Date:
        return QStringLiteral("date");
    case FieldDef::Type::Number:
        return QStringLiteral("number");
    case FieldDef::Type::Enum:
        return QStringLiteral("enum");
    }
    return {};
}

std::optional<FieldDef::Type> fieldTypeFromCode(QStringView code)
{
    for (FieldDef::Type t : {FieldDef::Type::Text, FieldDef::Type::Date, FieldDef::Type::Number, FieldDef::Type::Enum}) {
        if (code == fieldTypeCode(t))
            return t;
    }
    return std::nullopt;
}

QString FieldDef::label() const
{
    return (uiIsGerman() || labelEn.isEmpty()) ? labelDe : labelEn;
}

QString FieldDef::patternHint() const
{
    return (uiIsGerman() || patternHintEn.isEmpty()) ? patternHintDe : patternHintEn;
}

QString MetadataSchema::title() const
{
    return (uiIsGerman() || titleEn.isEmpty()) ? titleDe : titleEn;
}

const FieldDef *MetadataSchema::field(QStringView keyOrLabel) const
{
    for (const FieldDef &f : fields) {
        if (f.key == keyOrLabel || f.labelDe.compare(keyOrLabel, Qt::CaseInsensitive) == 0
            || f.labelEn.compare(keyOrLabel, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

std::expected<QString, QString> MetadataSchema::normalizeValue(const FieldDef &field, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty()) {
        if (field.required)
            return std::unexpected(tr("%1 is required.").arg(field.label()));
        return QString();
    }
    if (value.size() > field.maxLength)
        return std::unexpected(tr("%1 is longer than %n character(s).", nullptr, field.maxLength).arg(field.label()));

    switch (field.type) {
    case FieldDef::Type::Text:
        break;
    case FieldDef::Type::Date: {
        QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(value, QStringLiteral("d.M.yyyy"));
        if (!d.isValid() || d.year() < 1800 || d.year() > 2999)
            return std::unexpected(
                tr("%1 must be a date such as 31.12.2026 or 2026-12-31.").arg(field.label()));
        return d.toString(Qt::ISODate);
    }
    case FieldDef::Type::Number: {
        QString v = value;
        // German clerks write 1.234,50; plain 1234.5 is accepted too.
        if (v.contains(QLatin1Char(',')))
            v = v.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (!ok || !std::isfinite(n))
            return std::unexpected(tr("%1 must be a number.").arg(field.label()));
        if (field.integer && n != static_cast<double>(static_cast<long long>(n)))
            return std::unexpected(tr("%1 must be a whole number.").arg(field.label()));
        if (field.minimum && n < *field.minimum)
            return std::unexpected(tr("%1 must be at least %2.").arg(field.label(), QLocale().toString(*field.minimum)));
        if (field.maximum && n > *field.maximum)
            return std::unexpected(tr("%1 must be at most %2.").arg(field.label(), QLocale().toString(*field.maximum)));
        return field.integer ? QString::number(static_cast<long long>(n)) : QString::number(n, 'g', 15);
    }
    case FieldDef::Type::Enum: {
        for (const QString &option : field.options) {
            if (option.compare(value, Qt::CaseInsensitive) == 0)
                return option;
        }
        return std::unexpected(tr("%1 must be one of: %2.").arg(field.label(), field.options.join(QStringLiteral(", "))));
    }
    }

    if (!field.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
        if (!re.match(value).hasMatch()) {
            if (!field.patternHint().isEmpty())
                return std::unexpected(tr("%1 has the wrong form; expected: %2.").arg(field.label(), field.patternHint()));
            return std::unexpected(tr("%1 has the wrong form.").arg(field.label()));
        }
    }
    return value;
}

std::expected<FieldValues, QList<FieldIssue>> MetadataSchema::validate(const FieldValues &values) const
{
    QList<FieldIssue> issues;
    FieldValues out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!field(it.key()))
            issues.append({it.key(), tr("%1 is not a field of the type \"%2\".").arg(it.key(), title())});
    }
    for (const FieldDef &f : fields) {
        const auto normalized = normalizeValue(f, values.value(f.key));
        if (!normalized)
            issues.append({f.key, normalized.error()});
        else if (!normalized->isEmpty())
            out.insert(f.key, *normalized);
    }
    if (!issues.isEmpty())
        return std::unexpected(issues);
    return out;
}

Result<MetadataSchema> MetadataSchema::fromJson(const QJsonObject &o)
{
    MetadataSchema s;
    s.department = o.value(QLatin1String("department")).toString();
    const auto kind = entityKindFromCode(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return fail(ErrorCode::InvalidArgument, tr("A metadata schema has an unknown kind."),
                    o.value(QLatin1String("kind")).toString());
    s.kind = *kind;
    s.type = o.value(QLatin1String("type")).toString();
    s.titleDe = o.value(QLatin1String("title_de")).toString(s.type);
    s.titleEn = o.value(QLatin1String("title_en")).toString();
    if (s.department.isEmpty() || s.type.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A metadata schema needs a department and a type."));

    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    const QJsonArray fields = o.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &fv : fields) {
        const QJsonObject fo = fv.toObject();
        FieldDef f;
        f.key = fo.value(QLatin1String("key")).toString();
        if (!keyRe.match(f.key).hasMatch() || f.key == QLatin1String("title"))
            return fail(ErrorCode::InvalidArgument, tr("The field key \"%1\" is not valid.").arg(f.key), s.type);
        for (const FieldDef &other : std::as_const(s.fields)) {
            if (other.key == f.key)
                return fail(ErrorCode::InvalidArgument, tr("The field key \"%1\" appears twice.").arg(f.key), s.type);
        }
        f.labelDe = fo.value(QLatin1String("label_de")).toString(f.key);
        f.labelEn = fo.value(QLatin1String("label_en")).toString();
        const auto type = fieldTypeFromCode(fo.value(QLatin1String("type")).toString(QStringLiteral("text")));
        if (!type)
            return fail(ErrorCode::InvalidArgument, tr("The field \"%1\" has an unknown type.").arg(f.key), s.type);
        f.type = *type;
        f.required = fo.value(QLatin1String("required")).toBool(false);
        f.pattern = fo.value(QLatin1String("pattern")).toString();
        f.patternHintDe = fo.value(QLatin1String("pattern_hint_de")).toString();
        f.patternHintEn = fo.value(QLatin1String("pattern_hint_en")).toString();
        if (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid())
            return fail(ErrorCode::InvalidArgument, tr("The field \"%1\" has an invalid pattern.").arg(f.key), f.pattern);
        for (const QJsonValue &opt : fo.value(QLatin1String("options")).toArray())
            f.options << opt.toString();
        if (f.type == FieldDef::Type::Enum && f.options.isEmpty())
            return fail(ErrorCode::InvalidArgument, tr("The choice field \"%1\" has no options.").arg(f.key), s.type);
        f.maxLength = fo.value(QLatin1String("max_length")).toInt(200);
        if (fo.contains(QLatin1String("minimum")))
            f.minimum = fo.value(QLatin1String("minimum")).toDouble();
        if (fo.contains(QLatin1String("maximum")))
            f.maximum = fo.value(QLatin1String("maximum")).toDouble();
        f.integer = fo.value(QLatin1String("integer")).toBool(false);
        s.fields.append(f);
    }
    return s;
}

Result<QList<MetadataSchema>> MetadataSchema::listFromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument, tr("The metadata schema list is not valid JSON."), pe.errorString());
    QList<MetadataSchema> list;
    for (const QJsonValue &v : doc.object().value(QLatin1String("schemas")).toArray()) {
        auto s = fromJson(v.toObject());
        if (!s)
            return std::unexpected(s.error());
        for (const MetadataSchema &other : std::as_const(list)) {
            if (other.department == s->department && other.kind == s->kind && other.type == s->type)
                return fail(ErrorCode::InvalidArgument, tr("The metadata schema \"%1\" appears twice.").arg(s->type));
        }
        list.append(*s);
    }
    return list;
}

const MetadataSchema *SchemaRegistry::find(QStringView department, EntityKind kind, QStringView type) const
{
    // The department's own schema first; then one for every department ("*", e.g. "E-Mail").
    for (const MetadataSchema &s : m_schemas) {
        if (s.department == department && s.kind == kind && s.type.compare(type, Qt::CaseInsensitive) == 0)
            return &s;
    }
    for (const MetadataSchema &s : m_schemas) {
        if (s.department == MetadataSchema::anyDepartment && s.kind == kind
            && s.type.compare(type, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QList<const MetadataSchema *> SchemaRegistry::forDepartment(QStringView department, EntityKind kind) const
{
    QList<const MetadataSchema *> out;
    for (const MetadataSchema &s : m_schemas) {
        if (s.department == department && s.kind == kind)
            out.append(&s);
    }
    for (const MetadataSchema &s : m_schemas) {
        if (s.department == MetadataSchema::anyDepartment && department != MetadataSchema::anyDepartment
            && s.kind == kind && find(department, kind, s.type) == &s)
            out.append(&s);
    }
    return out;
}

} // namespace Aktenwerk::Model
