#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QtEndian>

#include <optional>

/**
 * The wire protocol between the display client (client/renderclient.*) and the render worker
 * (aktenwerk-render, dms/capture/worker/render.cpp). Binary frames on stdin/stdout: a 32-bit
 * big-endian length, then a QDataStream (Qt 6.4) payload. Every request carries an id that the
 * answer repeats, so the client can drop an answer it no longer waits for.
 *
 *   request:  quint32 id, quint8 op, then
 *               Open:   QString path
 *               Render: qint32 page, qint32 width (pixels)
 *               Text:   qint32 page
 *   answer:   quint32 id, quint8 op, quint8 status (0 ok, 1 failed), then
 *               failed: QString code (empty, unreadable, unsupported, damaged, password,
 *                       no-pages, bad-page, too-large), QString detail
 *               Open:   quint8 kind (1 PDF, 2 image), QList<QSizeF> page sizes (PDF: points;
 *                       image: pixels)
 *               Render: qint32 width, qint32 height, QByteArray pixels (ARGB32 premultiplied,
 *                       width * 4 bytes per line)
 *               Text:   QStringList words, QList<QRectF> boxes (fractions of the page, 0..1)
 *
 * Everything that comes back is checked by the client as untrusted: a worker that a file made
 * misbehave may send anything.
 */
namespace Aktenwerk::Dms::RenderProtocol {

enum class Op : quint8 { Open = 1, Render = 2, Text = 3 };
enum class Kind : quint8 { Pdf = 1, Image = 2 };

constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
/** Nothing larger is sent in either direction; a bigger length means a broken stream. */
constexpr quint32 maxFrame = 256u << 20;
/** The largest page image the worker renders, in pixels per side and in total. */
constexpr int maxSide = 8000;
constexpr qint64 maxPixels = 40'000'000;

inline QByteArray frame(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(payload.size()), out.data());
    return out + payload;
}

/** Takes one complete frame off the front of @p buffer; nullopt while it is incomplete. */
inline std::optional<QByteArray> takeFrame(QByteArray &buffer, bool *broken)
{
    *broken = false;
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > maxFrame) {
        *broken = true;
        return std::nullopt;
    }
    if (static_cast<quint64>(buffer.size()) < 4ull + length)
        return std::nullopt;
    QByteArray payload = buffer.mid(4, length);
    buffer.remove(0, 4 + length);
    return payload;
}

} // namespace Aktenwerk::Dms::RenderProtocol
