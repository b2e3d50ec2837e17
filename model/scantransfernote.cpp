#include "scantransfernote.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Aktenwerk::Model {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool isSha256Hex(const QByteArray &h)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(QString::fromLatin1(h)).hasMatch();
}

} // namespace

QByteArray ScanTransferNote::toCanonicalJson() const
{
    // QJsonObject keeps its keys sorted, which gives the stable order; nested objects too.
    const QJsonObject o{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("document_id"), documentId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("name"), deviceName},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("mode"), mode},
                     {QStringLiteral("resolution_dpi"), resolutionDpi}}},
        {QStringLiteral("scanned_by"), scannedBy},
        {QStringLiteral("captured_at"), timeText(capturedAt)},
        {QStringLiteral("checked_at"), timeText(checkedAt)},
        {QStringLiteral("filed_at"), timeText(filedAt)},
        {QStringLiteral("page_count"), pageCount},
        {QStringLiteral("quality_check"),
         QJsonObject{{QStringLiteral("text"), qualityCheckText}, {QStringLiteral("passed"), qualityCheckPassed}}},
        {QStringLiteral("product_sha256"), QString::fromLatin1(productSha256)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ScanTransferNote> ScanTransferNote::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidArgument, tr("The transfer note is not valid JSON."), err.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != formatVersion)
        return fail(ErrorCode::Unsupported, tr("The transfer note has an unknown format version."),
                    o.value(QLatin1String("format")).toVariant().toString());
    auto time = [&](const char *key) -> std::optional<QDateTime> {
        const QString text = o.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            return QDateTime();
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return std::nullopt;
        return t.toUTC();
    };
    ScanTransferNote n;
    n.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    n.documentId = QUuid::fromString(o.value(QLatin1String("document_id")).toString());
    const QJsonObject device = o.value(QLatin1String("device")).toObject();
    n.deviceName = device.value(QLatin1String("name")).toString();
    n.source = device.value(QLatin1String("source")).toString();
    n.mode = device.value(QLatin1String("mode")).toString();
    n.resolutionDpi = device.value(QLatin1String("resolution_dpi")).toInt();
    n.scannedBy = o.value(QLatin1String("scanned_by")).toString();
    for (auto [key, target] : {std::pair{"captured_at", &n.capturedAt}, std::pair{"checked_at", &n.checkedAt},
                               std::pair{"filed_at", &n.filedAt}}) {
        const auto t = time(key);
        if (!t)
            return fail(ErrorCode::InvalidArgument, tr("The transfer note has an invalid time."),
                        QString::fromLatin1(key));
        *target = *t;
    }
    n.pageCount = o.value(QLatin1String("page_count")).toInt(-1);
    const QJsonObject qc = o.value(QLatin1String("quality_check")).toObject();
    n.qualityCheckText = qc.value(QLatin1String("text")).toString();
    n.qualityCheckPassed = qc.value(QLatin1String("passed")).toBool();
    n.productSha256 = o.value(QLatin1String("product_sha256")).toString().toLatin1();
    if (const QStringList p = n.problems(); !p.isEmpty())
        return fail(ErrorCode::Validation, tr("The transfer note is incomplete."), p.join(QStringLiteral("; ")));
    return n;
}

QStringList ScanTransferNote::problems() const
{
    QStringList p;
    if (id.isNull())
        p << tr("The note has no id.");
    if (documentId.isNull())
        p << tr("The note names no document.");
    if (deviceName.isEmpty())
        p << tr("The note names no scanner.");
    if (resolutionDpi <= 0)
        p << tr("The note has no resolution.");
    if (scannedBy.isEmpty())
        p << tr("The note does not say who scanned.");
    if (!capturedAt.isValid())
        p << tr("The note has no time of capture.");
    if (pageCount < 1)
        p << tr("The note has no page count.");
    if (!isSha256Hex(productSha256))
        p << tr("The note's product hash is not a SHA-256 value.");
    return p;
}

QStringList ScanTransferNote::verify(const QByteArray &productSha256Hex, int actualPageCount) const
{
    QStringList mismatches;
    if (productSha256.compare(productSha256Hex, Qt::CaseInsensitive) != 0)
        mismatches << tr("The stored product has changed since the scan: its SHA-256 is %1, the transfer note records %2.")
                          .arg(QString::fromLatin1(productSha256Hex), QString::fromLatin1(productSha256));
    if (actualPageCount != pageCount)
        mismatches << tr("The stored product has %1 page(s), the transfer note records %2.")
                          .arg(actualPageCount)
                          .arg(pageCount);
    return mismatches;
}

} // namespace Aktenwerk::Model
