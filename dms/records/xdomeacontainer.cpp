#include "xdomeacontainer.h"

#include "dms/store/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <sys/stat.h>
#include <zip.h>

namespace Aktenwerk::Dms {

namespace {

using ZipPtr = std::unique_ptr<zip_t, decltype(&zip_discard)>;

QString zipErrorText(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return text;
}

/** Opens @p zipPath for reading (consistency checked) or says why not. */
Result<ZipPtr> openZip(const QString &zipPath)
{
    if (!QFileInfo(zipPath).isFile())
        return fail(ErrorCode::NotFound, XdomeaContainer::tr("The container %1 does not exist.").arg(zipPath));
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!z)
        return fail(ErrorCode::Validation,
            XdomeaContainer::tr("%1 is not a readable ZIP container.").arg(QFileInfo(zipPath).fileName()),
            zipErrorText(code));
    return ZipPtr(z, zip_discard);
}

struct Entry
{
    zip_uint64_t index = 0;
    QString name;
    qint64 size = 0;
};

/** Every member checked against the rules and limits before anything is unpacked. */
Result<QList<Entry>> checkedEntries(zip_t *z, const QString &container, const XdomeaContainer::Limits &limits)
{
    const zip_int64_t n = zip_get_num_entries(z, 0);
    if (n < 0)
        return fail(ErrorCode::Validation, XdomeaContainer::tr("%1 is not a readable ZIP container.").arg(container));
    if (n > limits.maxMembers)
        return fail(ErrorCode::Validation,
            XdomeaContainer::tr("%1 holds %2 members; at most %3 are accepted.")
                .arg(container)
                .arg(n)
                .arg(limits.maxMembers));
    QList<Entry> entries;
    QSet<QString> seen;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *raw = zip_get_name(z, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (!raw)
            return fail(ErrorCode::Validation, XdomeaContainer::tr("A member of %1 has no name.").arg(container));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString name = utf8(QByteArray(raw));
        if (utf8.hasError())
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("A member name in %1 is not UTF-8; it is refused.").arg(container),
                QString::fromLatin1(QByteArray(raw).toPercentEncoding()));
        if (!XdomeaContainer::isPlainName(name))
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("%1 names the member \"%2\": an xdomea container holds plain file names only "
                                    "(no folders, no paths). Nothing was unpacked.")
                    .arg(container, name));
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(z, zip_uint64_t(i), 0, &opsys, &attributes) == 0 && opsys == ZIP_OPSYS_UNIX
            && ((attributes >> 16) & S_IFMT) != 0 && ((attributes >> 16) & S_IFMT) != S_IFREG)
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("The member \"%1\" of %2 is a link or special file; only plain files are accepted.")
                    .arg(name, container));
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0)
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("The member \"%1\" of %2 cannot be read.").arg(name, container));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("The member \"%1\" of %2 is encrypted; xdomea containers are not.")
                    .arg(name, container));
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            return fail(
                ErrorCode::Validation, XdomeaContainer::tr("%1 holds the member \"%2\" twice.").arg(container, name));
        seen.insert(key);
        const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        const qint64 packed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        if (size > limits.maxMemberSize)
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("The member \"%1\" of %2 unpacks to %3 bytes, more than the limit.")
                    .arg(name, container)
                    .arg(size));
        if (size > (qint64(1) << 20) && double(size) > limits.maxRatio * double(std::max<qint64>(packed, 1)))
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("The member \"%1\" of %2 would unpack to %3 times its packed size: refused as a "
                                    "ZIP bomb.")
                    .arg(name, container)
                    .arg(qint64(double(size) / double(std::max<qint64>(packed, 1)))));
        total += size;
        if (total > limits.maxTotalSize)
            return fail(ErrorCode::Validation,
                XdomeaContainer::tr("%1 unpacks to more than %2 bytes; refused.")
                    .arg(container)
                    .arg(limits.maxTotalSize));
        entries.append({ zip_uint64_t(i), name, size });
    }
    return entries;
}

QString messageOf(const QList<Entry> &entries, const QString &zipPath)
{
    const QString own = QFileInfo(zipPath).completeBaseName() + QStringLiteral(".xml");
    QStringList xml;
    for (const Entry &e : entries) {
        if (e.name.compare(own, Qt::CaseInsensitive) == 0)
            return e.name;
        if (e.name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            xml << e.name;
    }
    return xml.size() == 1 ? xml.first() : QString();
}

} // namespace

bool XdomeaContainer::isPlainName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name.size() > 255)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 0x20
            || c.unicode() == 0x7f)
            return false;
    }
    return !name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char('.'));
}

Result<QList<XdomeaContainer::Member>> XdomeaContainer::list(const QString &zipPath)
{
    return list(zipPath, Limits {});
}

Result<XdomeaContainer::Unpacked> XdomeaContainer::unpack(const QString &zipPath, const QString &target)
{
    return unpack(zipPath, target, Limits {});
}

Result<QList<XdomeaContainer::Member>> XdomeaContainer::list(const QString &zipPath, const Limits &limits)
{
    auto z = openZip(zipPath);
    if (!z)
        return std::unexpected(z.error());
    auto entries = checkedEntries(z->get(), QFileInfo(zipPath).fileName(), limits);
    if (!entries)
        return std::unexpected(entries.error());
    QList<Member> members;
    for (const Entry &e : *entries)
        members.append({ e.name, e.size, {} });
    return members;
}

Result<XdomeaContainer::Unpacked> XdomeaContainer::unpack(
    const QString &zipPath, const QString &target, const Limits &limits, const std::atomic<bool> *cancel)
{
    const QString container = QFileInfo(zipPath).fileName();
    QDir dir(target);
    if (!dir.exists())
        return fail(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(target));
    auto z = openZip(zipPath);
    if (!z)
        return std::unexpected(z.error());
    auto entries = checkedEntries(z->get(), container, limits);
    if (!entries)
        return std::unexpected(entries.error());
    Unpacked out;
    out.message = messageOf(*entries, zipPath);
    if (out.message.isEmpty())
        return fail(ErrorCode::Validation,
            tr("%1 holds no message: an xdomea container holds one XML message named like the container.")
                .arg(container));
    QStringList written;
    auto undo = [&](Error e) -> Result<Unpacked> {
        for (const QString &f : std::as_const(written))
            QFile::remove(dir.filePath(f));
        return std::unexpected(std::move(e));
    };
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 total = 0;
    for (const Entry &e : std::as_const(*entries)) {
        const bool isMessage = e.name == out.message;
        zip_file_t *zf = zip_fopen_index(z->get(), e.index, 0);
        if (!zf)
            return undo(
                Error { ErrorCode::Validation, tr("The member \"%1\" of %2 cannot be unpacked.").arg(e.name, container),
                    QString::fromUtf8(zip_strerror(z->get())) });
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> closer(zf, zip_fclose);
        QFile file(dir.filePath(e.name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return undo(Error { ErrorCode::Io, tr("%1 cannot be written.").arg(file.fileName()), file.errorString() });
        written << e.name;
        Sha256 hash;
        qint64 size = 0;
        // The declared size is not trusted: what actually unpacks counts.
        const qint64 cap = std::min(isMessage ? limits.maxMessageSize : limits.maxMemberSize, e.size);
        for (;;) {
            if (cancel && cancel->load())
                return undo(Error { ErrorCode::Cancelled, tr("Cancelled."), {} });
            const zip_int64_t got = zip_fread(zf, buffer.data(), zip_uint64_t(buffer.size()));
            if (got < 0)
                return undo(
                    Error { ErrorCode::Validation, tr("The member \"%1\" of %2 is damaged.").arg(e.name, container),
                        QString::fromUtf8(zip_file_strerror(zf)) });
            if (got == 0)
                break;
            size += got;
            total += got;
            if (size > cap || total > limits.maxTotalSize)
                return undo(Error { ErrorCode::Validation,
                    tr("The member \"%1\" of %2 unpacks to more than it declares or is allowed: refused as a ZIP "
                       "bomb.")
                        .arg(e.name, container),
                    {} });
            hash.update(buffer.constData(), got);
            if (file.write(buffer.constData(), got) != got)
                return undo(Error { file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("%1 cannot be written.").arg(file.fileName()), file.errorString() });
        }
        if (!file.flush()) {
            return undo(Error { ErrorCode::Io, tr("%1 cannot be written.").arg(file.fileName()), file.errorString() });
        }
        file.close();
        out.members.append({ e.name, size, hash.finalHex() });
        out.totalSize += size;
    }
    return out;
}

// --- writing ------------------------------------------------------------------------------------

struct XdomeaContainer::Writer::Private
{
    QString path;
    QString part;
    zip_t *zip = nullptr;
    QList<QByteArray> buffers; ///< data members live until the archive is written
    Error error;
    bool failed = false;
};

XdomeaContainer::Writer::Writer(QString zipPath)
    : d(std::make_unique<Private>())
{
    d->path = std::move(zipPath);
    d->part = d->path + QStringLiteral(".part");
    QFile::remove(d->part);
    int code = 0;
    d->zip = zip_open(QFile::encodeName(d->part).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!d->zip) {
        d->failed = true;
        d->error = Error { ErrorCode::Io, tr("The container %1 cannot be written.").arg(d->path), zipErrorText(code) };
    }
}

XdomeaContainer::Writer::~Writer()
{
    if (d->zip)
        zip_discard(d->zip);
    QFile::remove(d->part);
}

namespace {

Status added(zip_t *z, zip_source_t *source, const QString &name, bool store)
{
    const zip_int64_t index = zip_file_add(z, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return fail(ErrorCode::Io, XdomeaContainer::tr("%1 cannot be added to the container.").arg(name),
            QString::fromUtf8(zip_strerror(z)));
    }
    // A plain file (rw-r--r--), and PDFs and images stored as they are: deflating them gains nothing.
    zip_file_set_external_attributes(z, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (S_IFREG | 0644u) << 16);
    if (store)
        zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0);
    return {};
}

bool packedAlready(const QString &name)
{
    static const QStringList suffixes { QStringLiteral(".pdf"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
        QStringLiteral(".png"), QStringLiteral(".tif"), QStringLiteral(".tiff"), QStringLiteral(".zip"),
        QStringLiteral(".docx"), QStringLiteral(".xlsx"), QStringLiteral(".odt"), QStringLiteral(".ods") };
    for (const QString &s : suffixes) {
        if (name.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Status XdomeaContainer::Writer::addFile(const QString &name, const QString &sourcePath)
{
    if (d->failed)
        return std::unexpected(d->error);
    if (!isPlainName(name))
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not a plain file name.").arg(name));
    zip_source_t *source = zip_source_file(d->zip, QFile::encodeName(sourcePath).constData(), 0, -1);
    if (!source)
        return fail(ErrorCode::Io, tr("%1 cannot be read.").arg(sourcePath), QString::fromUtf8(zip_strerror(d->zip)));
    return added(d->zip, source, name, packedAlready(name));
}

Status XdomeaContainer::Writer::addData(const QString &name, const QByteArray &data)
{
    if (d->failed)
        return std::unexpected(d->error);
    if (!isPlainName(name))
        return fail(ErrorCode::InvalidArgument, tr("\"%1\" is not a plain file name.").arg(name));
    d->buffers.append(data);
    const QByteArray &kept = d->buffers.last();
    zip_source_t *source = zip_source_buffer(d->zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        return fail(ErrorCode::Internal, tr("%1 cannot be added to the container.").arg(name));
    return added(d->zip, source, name, false);
}

Status XdomeaContainer::Writer::finish(const std::function<void(double)> &progress, const std::atomic<bool> *cancel)
{
    if (d->failed)
        return std::unexpected(d->error);
    if (progress) {
        auto *fn = new std::function<void(double)>(progress);
        zip_register_progress_callback_with_state(
            d->zip, 0.01, [](zip_t *, double p, void *ud) { (*static_cast<std::function<void(double)> *>(ud))(p); },
            [](void *ud) { delete static_cast<std::function<void(double)> *>(ud); }, fn);
    }
    if (cancel) {
        zip_register_cancel_callback_with_state(
            d->zip, [](zip_t *, void *ud) { return static_cast<const std::atomic<bool> *>(ud)->load() ? 1 : 0; },
            nullptr, const_cast<std::atomic<bool> *>(cancel));
    }
    if (zip_close(d->zip) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(d->zip));
        const bool cancelled = cancel && cancel->load();
        zip_discard(d->zip);
        d->zip = nullptr;
        QFile::remove(d->part);
        if (cancelled)
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        return fail(why.contains(QLatin1String("space"), Qt::CaseInsensitive) ? ErrorCode::DiskFull : ErrorCode::Io,
            tr("The container %1 cannot be written.").arg(d->path), why);
    }
    d->zip = nullptr;
    d->buffers.clear();
    QFile::remove(d->path);
    if (!QFile::rename(d->part, d->path))
        return fail(ErrorCode::Io, tr("The container %1 cannot be written.").arg(d->path));
    return {};
}

} // namespace Aktenwerk::Dms
