#include "dms/store/sha256.h"

#include <openssl/evp.h>

namespace Aktenwerk::Dms {

struct Sha256::Ctx
{
    EVP_MD_CTX *ctx = nullptr;
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_ctx(std::make_unique<Ctx>())
{
    m_ctx->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::update(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_ctx->ctx, data, static_cast<size_t>(size));
}

QString Sha256::finalHex()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, md, &len);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), static_cast<int>(len)).toHex());
}

QString Sha256::hex(const QByteArray &data)
{
    Sha256 h;
    h.update(data);
    return h.finalHex();
}

bool Sha256::isValidHex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace Aktenwerk::Dms
