#include "dms/capture/filingproposal.h"

#include "dms/capture/extractioncache.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

Result<ReferenceTemplate> templateOf(Database &db, const QString &key, const char *fallback,
                                     ReferenceTemplate::Kind kind)
{
    auto text = Queries::setting(db, key, QString::fromLatin1(fallback));
    if (!text)
        return std::unexpected(text.error());
    auto t = ReferenceTemplate::parse(*text, kind);
    if (!t) // a broken setting must not stop filing help: the default still finds something
        return ReferenceTemplate::parse(QString::fromLatin1(fallback), kind);
    return t;
}

} // namespace

Result<FilingProposal> FilingProposal::forText(Database &db, const QString &text, const QDate &today)
{
    auto fileTemplate = templateOf(db, QStringLiteral("reference.file_template"),
                                   ReferenceTemplate::defaultFileTemplate, ReferenceTemplate::Kind::File);
    if (!fileTemplate)
        return std::unexpected(fileTemplate.error());
    auto caseTemplate = templateOf(db, QStringLiteral("reference.case_template"),
                                   ReferenceTemplate::defaultCaseTemplate, ReferenceTemplate::Kind::Case);
    if (!caseTemplate)
        return std::unexpected(caseTemplate.error());
    FilingProposal p;
    p.hints = FilingHints::fromText(text, *fileTemplate, *caseTemplate, today);
    for (const QString &ref : p.hints.caseReferences + p.hints.fileReferences) {
        auto found = Queries::resolve(db, ref);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            continue; // not here: unknown, or not visible to this user
        if ((*found)->entityType == QLatin1String("case")) {
            auto c = Queries::caseRecord(db, (*found)->id);
            if (!c)
                return std::unexpected(c.error());
            if (*c && !(*c)->meta.deleted && (*c)->status == RecordStatus::Open)
                p.targets << FilingTarget{ QStringLiteral("case"), (*c)->meta.id, (*c)->reference, (*c)->title };
        } else if ((*found)->entityType == QLatin1String("file")) {
            auto f = Queries::file(db, (*found)->id);
            if (!f)
                return std::unexpected(f.error());
            if (*f && !(*f)->meta.deleted && (*f)->status == RecordStatus::Open)
                p.targets << FilingTarget{ QStringLiteral("file"), (*f)->meta.id, (*f)->reference, (*f)->title };
        }
    }
    return p;
}

Result<FilingProposal> FilingProposal::forDocument(Database &db, const QUuid &documentId, const QDate &today)
{
    auto v = Queries::version(db, documentId);
    if (!v)
        return std::unexpected(v.error());
    if (!*v)
        return FilingProposal{};
    auto known = ExtractionCache::known(db, (*v)->sha256);
    if (!known)
        return std::unexpected(known.error());
    if (!*known || (*known)->status != Extraction::Status::Ok || (*known)->text.isEmpty())
        return FilingProposal{};
    return forText(db, (*known)->text, today);
}

} // namespace Aktenwerk::Dms
