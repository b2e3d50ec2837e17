#include "client/asyncreader.h"

namespace Aktenwerk::Client {

AsyncReader::AsyncReader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

AsyncReader::~AsyncReader()
{
    m_pool.waitForDone();
}

} // namespace Aktenwerk::Client
