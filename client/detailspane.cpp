#include "client/detailspane.h"

#include "client/asyncreader.h"
#include "client/messagebanner.h"
#include "client/metadataform.h"
#include "client/versionformat.h"
#include "dms/capture/filingproposal.h"
#include "dms/engine.h"
#include "dms/records/recordkeeping.h"
#include "dms/store/queries.h"
#include "dms/workflow/routing.h"
#include "model/displaytime.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

namespace {
QString when(const QDateTime &t)
{
    return VersionFormat::when(t);
}
} // namespace

DetailsPane::DetailsPane(AsyncReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_info(new QFormLayout)
    , m_links(new QLabel(this))
    , m_editBox(new QWidget(this))
    , m_titleEdit(new QLineEdit(this))
    , m_form(new MetadataForm(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_versionsLabel(new QLabel(tr("Versions"), this))
    , m_versions(new QTableWidget(this))
    , m_routesLabel(new QLabel(tr("Routing"), this))
    , m_routes(new QListWidget(this))
    , m_historyLabel(new QLabel(tr("Changes"), this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_banner);
    layout->addLayout(m_info);
    m_links->setObjectName(QStringLiteral("detailsLinks"));
    m_links->setAccessibleName(tr("Linked documents"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_links->setFocusPolicy(Qt::StrongFocus);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUuid id = QUuid::fromString(link);
        if (!id.isNull())
            Q_EMIT documentActivated(id);
    });
    layout->addWidget(m_links);

    auto *editLayout = new QVBoxLayout(m_editBox);
    editLayout->setContentsMargins(0, 8, 0, 0);
    auto *titleForm = new QFormLayout;
    m_titleEdit->setObjectName(QStringLiteral("detailsTitle"));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_titleEdit->setMaxLength(500);
    titleForm->addRow(tr("&Title:"), m_titleEdit);
    editLayout->addLayout(titleForm);
    editLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setObjectName(QStringLiteral("detailsSave"));
    m_save->setAccessibleName(tr("Save metadata"));
    m_revert->setAccessibleName(tr("Revert metadata"));
    editLayout->addLayout(buttons);
    layout->addWidget(m_editBox);

    m_versions->setColumnCount(6);
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Date"), tr("Author"), tr("Size"), tr("Origin / comment"), tr("SHA-256")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setMinimumHeight(120);
    m_routes->setAccessibleName(tr("Routing"));
    m_routes->setWordWrap(true);
    m_routes->setMinimumHeight(100);
    m_routes->setObjectName(QStringLiteral("routeList"));
    layout->addWidget(m_routesLabel);
    layout->addWidget(m_routes);
    layout->addWidget(m_versionsLabel);
    layout->addWidget(m_versions);
    m_history->setAccessibleName(tr("Changes"));
    m_history->setMinimumHeight(100);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A stop of its own for scrolling by keyboard (arrows, Page Down): named for screen readers.
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setAccessibleName(tr("Details of the selection"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_save, &QPushButton::clicked, this, &DetailsPane::save);
    connect(m_revert, &QPushButton::clicked, this, &DetailsPane::revert);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &DetailsPane::updateModified);
    connect(m_form, &MetadataForm::edited, this, &DetailsPane::updateModified);
    m_revert->setToolTip(tr("Back to the stored values"));
    clear();
}

void DetailsPane::addInfo(const QString &label, const QString &value)
{
    auto *v = new QLabel(value, this);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    m_info->addRow(label, v);
}

void DetailsPane::clear()
{
    ++m_shown; // what is still being read for the rows cleared here is not added to the next
    m_id = QUuid();
    m_shownTitle.clear();
    m_shownValues.clear();
    m_heading->setText(tr("Nothing selected"));
    m_subheading->setText(tr("Choose a plan unit on the left, then a file, case or document."));
    m_banner->hide();
    while (m_info->rowCount() > 0)
        m_info->removeRow(0);
    m_links->clear();
    m_links->hide();
    m_editBox->hide();
    m_versionsLabel->hide();
    m_versions->hide();
    m_routesLabel->hide();
    m_routes->hide();
    m_routes->clear();
    m_historyLabel->hide();
    m_history->hide();
    updateModified();
}

void DetailsPane::showPlanUnit(const PlanUnit &unit)
{
    m_loading = false;
    clear();
    m_heading->setText(unit.code + QStringLiteral("  ") + unit.title);
    m_subheading->setText(tr("Plan unit"));
    if (!unit.description.isEmpty())
        addInfo(tr("Description:"), unit.description);
    addInfo(tr("Retention:"), unit.retention.displayText());
    addInfo(tr("Disposal:"), disposalTypeName(unit.disposal));
    if (!unit.departmentCode.isEmpty())
        addInfo(tr("Department:"), unit.departmentCode);
    if (unit.retired)
        addInfo(tr("Status:"), tr("retired – no new files"));
}

void DetailsPane::showItem(const RecordTreeModel::Item &item, const QString &department)
{
    // Showing the same item again (after a save or refresh) keeps its message, and what the
    // clerk is typing into it.
    const QUuid previous = m_id;
    const bool keepBanner = m_banner->isVisibleTo(this);
    const bool wasModified = m_modified;
    const QString typedTitle = m_titleEdit->text();
    const FieldValues typedValues = m_form->values();
    const QString shownTitle = m_shownTitle;
    const FieldValues shownValues = m_shownValues;
    m_loading = true;
    clear();
    const MetadataSchema *schema = nullptr;
    bool editable = m_engine && !m_engine->isReadOnly();
    auto schemaFor = [&](EntityKind kind, const QString &type) -> const MetadataSchema * {
        return m_engine && !type.isEmpty() ? m_engine->schemas().find(department, kind, type) : nullptr;
    };
    if (const auto *f = std::get_if<FileRecord>(&item)) {
        m_id = f->meta.id;
        m_title = f->title;
        m_values = f->metadata;
        m_heading->setText(f->title);
        m_subheading->setText(tr("File %1").arg(f->reference));
        addInfo(tr("Plan unit:"), f->planCode);
        addInfo(tr("Department:"), tr("FB %1").arg(f->departmentCode));
        addInfo(tr("Confidentiality:"), confidentialityName(f->confidentiality));
        // Who else reads it (Edit › Share with a department…).
        QStringList shares;
        for (const FileShare &share : f->shares) {
            if (!share.isActive(QDateTime::currentDateTimeUtc()))
                continue;
            shares << (share.until.isValid()
                    ? tr("FB %1 until %2")
                          .arg(share.departmentCode, Model::displayDate(share.until.toLocalTime().date()))
                    : tr("FB %1 until revoked").arg(share.departmentCode));
        }
        if (!shares.isEmpty())
            addInfo(tr("Shared with:"), shares.join(QStringLiteral(", ")));
        addInfo(tr("Type:"), f->type.isEmpty() ? tr("(no type)") : f->type);
        addInfo(tr("Status:"), f->status == RecordStatus::Closed ? tr("closed (z.d.A.)") : tr("open"));
        addInfo(tr("Created:"), tr("%1 by %2").arg(when(f->meta.createdAt), f->meta.createdBy));
        addInfo(tr("Modified:"), tr("%1 by %2").arg(when(f->meta.modifiedAt), f->meta.modifiedBy));
        loadKeeping(f->meta.id);
        schema = schemaFor(EntityKind::File, f->type);
        editable = editable && f->status == RecordStatus::Open;
    } else if (const auto *c = std::get_if<Case>(&item)) {
        m_id = c->meta.id;
        m_title = c->title;
        m_values = c->metadata;
        m_heading->setText(c->title);
        m_subheading->setText(tr("Case %1").arg(c->reference));
        addInfo(tr("Type:"), c->type.isEmpty() ? tr("(no type)") : c->type);
        addInfo(tr("Status:"), c->status == RecordStatus::Closed ? tr("closed (z.d.A.)") : tr("open"));
        addInfo(tr("Created:"), tr("%1 by %2").arg(when(c->meta.createdAt), c->meta.createdBy));
        addInfo(tr("Modified:"), tr("%1 by %2").arg(when(c->meta.modifiedAt), c->meta.modifiedBy));
        loadDocumentCount(c->meta.id);
        loadKeeping(c->meta.id);
        schema = schemaFor(EntityKind::Case, c->type);
        editable = editable && c->status == RecordStatus::Open;
    } else {
        const auto &d = std::get<RecordTreeModel::DocumentRow>(item);
        m_id = d.document.meta.id;
        m_title = d.document.title;
        m_values = d.document.metadata;
        m_heading->setText(d.document.title);
        m_subheading->setText(d.document.reference.isEmpty() ? tr("Document, version %1").arg(d.document.currentVersion)
                                                             : tr("Document %1 · version %2")
                                                                   .arg(VersionFormat::documentReference(d.document))
                                                                   .arg(d.document.currentVersion));
        addInfo(tr("Type:"), d.document.type.isEmpty() ? tr("(no type)") : d.document.type);
        if (d.current) {
            addInfo(tr("File:"), d.current->fileName);
            addInfo(tr("Format:"), VersionFormat::formatName(d.current->mimeType));
        }
        addInfo(tr("Created:"), tr("%1 by %2").arg(when(d.document.meta.createdAt), d.document.meta.createdBy));
        if (d.document.caseId.isNull()) {
            addInfo(tr("Filed:"), tr("not yet – in the intake"));
            loadProposal(d.document.meta.id);
        }
        loadLinks(d.document);
        loadLock(d.document.meta.id);
        schema = schemaFor(EntityKind::Document, d.document.type);
        editable = editable && d.document.status == RecordStatus::Open;

        m_versionsLabel->show();
        m_versions->show();
        m_versions->setRowCount(0);
        const QUuid docId = m_id;
        m_reader->run<QList<Version>>(
            this, [docId](Dms::Database &db) { return Dms::Queries::versions(db, docId); },
            [this, docId](const Result<QList<Version>> &r) {
                if (docId != m_id || !r)
                    return;
                m_versions->setRowCount(static_cast<int>(r->size()));
                for (int i = 0; i < r->size(); ++i) {
                    const Version &v = r->at(i);
                    // The same names as the history tab, where the versions' actions are.
                    const QStringList cells{QString::number(v.number),
                                            when(v.createdAt),
                                            v.author,
                                            QLocale().formattedDataSize(v.size),
                                            VersionFormat::originText(v)
                                                + (v.comment.isEmpty() ? QString() : QStringLiteral(": ") + v.comment),
                                            VersionFormat::shortHash(v.sha256)};
                    for (int c = 0; c < cells.size(); ++c)
                        m_versions->setItem(i, c, new QTableWidgetItem(cells.at(c)));
                    m_versions->item(i, 5)->setToolTip(v.sha256);
                    m_versions->item(i, 5)->setData(Qt::AccessibleDescriptionRole, v.sha256);
                }
                m_versions->resizeColumnsToContents();
            });
    }
    if (keepBanner && previous == m_id)
        m_banner->show();
    m_editBox->show();
    m_titleEdit->setText(m_title);
    m_form->setSchema(schema);
    m_form->setValues(m_values);
    m_shownTitle = m_titleEdit->text();
    m_shownValues = m_form->values();
    setEditable(editable);
    if (wasModified && previous == m_id && editable) {
        // What was typed stays; what changed meanwhile in a field not typed into comes in.
        QStringList clashes;
        if (typedTitle != shownTitle) {
            if (m_shownTitle != shownTitle && m_shownTitle != typedTitle)
                clashes << tr("Title: now \"%1\"").arg(m_shownTitle);
            m_titleEdit->setText(typedTitle);
        }
        FieldValues merged = m_form->values();
        for (auto it = typedValues.cbegin(); it != typedValues.cend(); ++it) {
            if (it.value() == shownValues.value(it.key()) || !merged.contains(it.key()))
                continue;
            const QString now = m_shownValues.value(it.key());
            if (now != shownValues.value(it.key()) && now != it.value()) {
                const FieldDef *def = schema ? schema->field(it.key()) : nullptr;
                clashes << tr("%1: now \"%2\"").arg(def ? def->label() : it.key(), now);
            }
            merged.insert(it.key(), it.value());
        }
        m_form->setValues(merged);
        if (!clashes.isEmpty())
            m_banner->showMessage(tr("Changed meanwhile by someone else – %1. Your entries are kept: "
                                     "Save keeps yours, Revert takes the new values.")
                                      .arg(clashes.join(QStringLiteral("; "))),
                MessageBanner::Kind::Warning);
    }
    m_loading = false;
    updateModified();
    loadHistory();
    loadRoutes();
}

namespace {

struct LinkedDocument
{
    QUuid id;
    bool visible = false; ///< here, and not deleted
    QString title;
    QString caseReference; ///< empty: in the intake
};

} // namespace

void DetailsPane::loadLinks(const Document &document)
{
    const QUuid referenceTo = QUuid::fromString(document.metadata.value(QStringLiteral("reference_to")));
    const QUuid attachmentOf = QUuid::fromString(document.metadata.value(QStringLiteral("attachment_of")));
    QList<QUuid> attachments;
    for (const QString &part : document.metadata.value(QStringLiteral("attachments")).split(QLatin1Char(','))) {
        const QUuid id = QUuid::fromString(part.trimmed());
        if (!id.isNull())
            attachments << id;
    }
    if (referenceTo.isNull() && attachmentOf.isNull() && attachments.isEmpty())
        return;
    QList<QUuid> ids = attachments;
    ids.prepend(attachmentOf);
    ids.prepend(referenceTo);
    const QUuid current = document.meta.id;
    m_reader->run<QList<LinkedDocument>>(
        this,
        [ids](Dms::Database &db) -> Result<QList<LinkedDocument>> {
            QList<LinkedDocument> out;
            for (const QUuid &id : ids) {
                LinkedDocument l;
                l.id = id;
                if (!id.isNull()) {
                    auto d = Dms::Queries::document(db, id);
                    if (!d)
                        return std::unexpected(d.error());
                    if (*d && !(*d)->meta.deleted) {
                        l.visible = true;
                        l.title = (*d)->title;
                        if (!(*d)->caseId.isNull()) {
                            auto c = Dms::Queries::caseRecord(db, (*d)->caseId);
                            if (!c)
                                return std::unexpected(c.error());
                            if (*c)
                                l.caseReference = (**c).reference;
                        }
                    }
                }
                out << l;
            }
            return out;
        },
        [this, shown = m_shown, current](const Result<QList<LinkedDocument>> &r) {
            if (shown != m_shown || !r || r->size() < 2)
                return;
            auto link = [](const LinkedDocument &l) {
                return QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(l.id.toString(QUuid::WithoutBraces), l.title.toHtmlEscaped());
            };
            QStringList lines;
            const LinkedDocument &original = r->at(0);
            if (!original.id.isNull()) {
                if (!original.visible)
                    lines << tr("Refers to a document that is not available to you (%1).")
                                 .arg(original.id.toString(QUuid::WithoutBraces));
                else if (original.caseReference.isEmpty())
                    lines << tr("Refers to %1 in the intake").arg(link(original));
                else
                    lines << tr("Refers to %1 in %2").arg(link(original), original.caseReference.toHtmlEscaped());
            }
            const LinkedDocument &mail = r->at(1);
            if (!mail.id.isNull())
                lines << (mail.visible ? tr("Attachment of the e-mail %1").arg(link(mail))
                                       : tr("Attachment of an e-mail that is not available to you."));
            QStringList parts;
            for (qsizetype i = 2; i < r->size(); ++i) {
                if (r->at(i).visible)
                    parts << link(r->at(i));
            }
            if (!parts.isEmpty())
                lines << tr("Attachments: %1").arg(parts.join(QStringLiteral(", ")));
            m_links->setText(lines.join(QStringLiteral("<br>")));
            m_links->setVisible(!lines.isEmpty());
        });
}

void DetailsPane::loadDocumentCount(const QUuid &caseId)
{
    m_reader->run<qsizetype>(
        this,
        [caseId](Dms::Database &db) -> Result<qsizetype> {
            auto documents = Dms::Queries::documents(db, caseId);
            if (!documents)
                return std::unexpected(documents.error());
            return documents->size();
        },
        [this, shown = m_shown, caseId](const Result<qsizetype> &r) {
            if (shown != m_shown || !r)
                return;
            // An empty case says so, and how documents get into it.
            addInfo(tr("Documents:"),
                *r > 0 ? QString::number(*r)
                       : tr("none yet – drop files onto the case, or use Add documents… "
                            "(Ctrl+I) or Scan… (Ctrl+Alt+S)"));
        });
}

void DetailsPane::loadProposal(const QUuid &documentId)
{
    m_reader->run<Dms::FilingProposal>(
        this,
        [documentId](
            Dms::Database &db) { return Dms::FilingProposal::forDocument(db, documentId, QDate::currentDate()); },
        [this, shown = m_shown, documentId](const Result<Dms::FilingProposal> &r) {
            if (shown != m_shown || !r)
                return;
            // The same help the file-into-case dialog gives, before the clerk opens it.
            if (r->hints.date.isValid())
                addInfo(tr("Letter of:"), Model::displayDate(r->hints.date));
            if (!r->targets.isEmpty()) {
                const Dms::FilingTarget &t = r->targets.first();
                addInfo(tr("Proposal:"),
                    (t.entityType == QLatin1String("case") ? tr("case %1 \"%2\"") : tr("file %1 \"%2\""))
                            .arg(t.reference, t.title)
                        + QLatin1Char(' ') + tr("(named in the text; File into case… Ctrl+Shift+A)"));
            }
        });
}

void DetailsPane::loadKeeping(const QUuid &id)
{
    m_reader->run<Dms::KeepingState>(
        this, [id](Dms::Database &db) { return Dms::RecordKeeping::state(db, id); },
        [this, shown = m_shown, id](const Result<Dms::KeepingState> &r) {
            if (shown != m_shown || !r)
                return;
            const Dms::KeepingState &k = *r;
            if (k.closed && k.closedOn.isValid())
                addInfo(tr("Closed (z.d.A.):"),
                    tr("%1 by %2%3")
                        .arg(displayDate(k.closedOn), k.closedBy,
                            k.closeReason.isEmpty() ? QString() : QStringLiteral(" – „%1“").arg(k.closeReason)));
            else if (!k.reopenedBy.isEmpty())
                addInfo(tr("Reopened:"), tr("%1 by %2 – „%3“").arg(when(k.reopenedAt), k.reopenedBy, k.reopenReason));
            if (k.entityType != QLatin1String("file"))
                return;
            QString retention
                = k.retention.displayText() + (k.ownRetention ? tr(" (the file's own)") : tr(" (file plan)"));
            if (k.retentionEnd.isValid())
                retention += tr(", ends on %1").arg(displayDate(k.retentionEnd));
            addInfo(tr("Retention:"), retention);
            addInfo(tr("Disposal:"),
                disposalTypeName(k.disposal) + (k.ownDisposal ? tr(" (the file's own)") : tr(" (file plan)")));
            for (const Dms::LegalHold &h : k.holds) {
                if (h.isActive())
                    addInfo(tr("Legal hold:"), tr("since %1 by %2 – „%3“").arg(when(h.setAt), h.setBy, h.reason));
            }
        });
}

void DetailsPane::loadLock(const QUuid &documentId)
{
    struct LockState
    {
        std::optional<DocumentLock> lock;
        bool here = false; ///< checked out in this data folder (a working copy exists)
    };
    const QString me = m_engine ? m_engine->user().login : QString();
    m_reader->run<LockState>(
        this,
        [documentId](Dms::Database &db) -> Result<LockState> {
            LockState state;
            auto lock = Dms::Queries::documentLock(db, documentId);
            if (!lock)
                return std::unexpected(lock.error());
            state.lock = *lock;
            auto copy = Dms::Queries::workingCopy(db, documentId);
            if (!copy)
                return std::unexpected(copy.error());
            state.here = copy->has_value();
            return state;
        },
        [this, shown = m_shown, documentId, me](const Result<LockState> &r) {
            if (shown != m_shown || !r)
                return;
            // Who edits it now: the first thing a clerk needs to know before changing anything.
            if (r->lock && r->lock->isHeld(QDateTime::currentDateTimeUtc())) {
                const QString since = when(r->lock->since);
                addInfo(tr("Checked out:"), r->lock->owner == me
                            ? (r->here ? tr("by you since %1 (History tab: check in)").arg(since)
                                       : tr("by you on another computer since %1").arg(since))
                            : tr("by %1 since %2").arg(r->lock->owner, since));
            } else if (r->here) {
                addInfo(tr("Checked out:"), tr("by you (offline)"));
            }
        });
}

void DetailsPane::updateModified()
{
    if (m_loading)
        return;
    const bool modified = !m_id.isNull() && m_editBox->isVisibleTo(this) && !m_titleEdit->isReadOnly()
        && (m_titleEdit->text() != m_shownTitle || m_form->values() != m_shownValues);
    m_save->setEnabled(modified && !m_saving);
    m_revert->setEnabled(modified);
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool DetailsPane::isModified() const
{
    return m_modified;
}

bool DetailsPane::confirmLeave()
{
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The changes to \"%1\" are not saved yet.").arg(m_title), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Save them, discard them, or go back to editing?"));
    box.addButton(QMessageBox::Save)->setText(tr("&Save"));
    box.addButton(QMessageBox::Discard)->setText(tr("&Discard changes"));
    box.addButton(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    int answer = QMessageBox::Cancel;
    {
        const QScopedValueRollback asking(m_asking, true);
        answer = box.exec();
    }
    switch (answer) {
    case QMessageBox::Save:
        return saveNow();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void DetailsPane::setEditable(bool editable)
{
    m_titleEdit->setReadOnly(!editable);
    m_form->setReadOnly(!editable);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
}

void DetailsPane::loadHistory()
{
    const QString id = m_id.toString(QUuid::WithoutBraces);
    const QUuid current = m_id;
    m_history->clear();
    m_reader->run<QList<Dms::FieldChange>>(
        this, [id](Dms::Database &db) { return Dms::Queries::fieldHistory(db, id); },
        [this, current](const Result<QList<Dms::FieldChange>> &r) {
            if (current != m_id || !r)
                return;
            m_history->clear();
            for (const Dms::FieldChange &c : *r) {
                const QDateTime at = QDateTime::fromString(c.changedAt, Qt::ISODateWithMs);
                m_history->addItem(tr("%1, %2: %3 \"%4\" → \"%5\"")
                                       .arg(when(at), c.changedBy, c.field, c.oldValue, c.newValue));
            }
            m_historyLabel->setVisible(!r->isEmpty());
            m_history->setVisible(!r->isEmpty());
        });
}

namespace {

struct RouteHistory
{
    QList<Dms::RouteRecord> routes;
    QHash<QString, QString> names;
};

} // namespace

void DetailsPane::loadRoutes()
{
    const QUuid current = m_id;
    if (current.isNull())
        return;
    m_reader->run<RouteHistory>(
        this,
        [current](Dms::Database &db) -> Result<RouteHistory> {
            auto routes = Dms::Routing::routes(db, current);
            if (!routes)
                return std::unexpected(routes.error());
            return RouteHistory { *routes, Dms::Routing::addresseeNames(db, Dms::Routing::peopleOf(*routes)) };
        },
        [this, current](const Result<RouteHistory> &r) {
            if (current != m_id || !r)
                return;
            m_routes->clear();
            auto name = [&r](const QString &a) { return r->names.value(a, a); };
            for (const Dms::RouteRecord &route : r->routes) {
                auto *head = new QListWidgetItem(
                    tr("Route %1, started by %2 on %3%4")
                        .arg(Dms::Routing::routeStatusName(route.status), name(route.startedBy), when(route.startedAt),
                            route.templateName.isEmpty() ? QString()
                                                         : tr(" (template \"%1\")").arg(route.templateName)));
                QFont bold = head->font();
                bold.setBold(true);
                head->setFont(bold);
                head->setToolTip(tr("Routed version, SHA-256: %1").arg(route.sha256));
                m_routes->addItem(head);
                for (const Dms::RouteStepRecord &s : route.steps) {
                    QString line = QStringLiteral("%1. %2 – %3: %4")
                                       .arg(s.position)
                                       .arg(Dms::Routing::actionName(s.action), name(s.addressee),
                                           Dms::Routing::stepState(s, r->names));
                    if (s.deadline.isValid() && (s.status == QLatin1String("001") || s.status == QLatin1String("002")))
                        line += tr(", due %1").arg(displayDate(s.deadline));
                    if (!s.remark.isEmpty())
                        line += QStringLiteral(" – „%1“").arg(s.remark);
                    if (!s.instruction.isEmpty())
                        line += QStringLiteral("\n     ") + s.instruction;
                    // The current steps stand out by a mark that is read too, not by colour alone.
                    auto *item = new QListWidgetItem(
                        (s.status == QLatin1String("002") ? QStringLiteral("▶ ") : QStringLiteral("   ")) + line);
                    if (s.status == QLatin1String("004"))
                        item->setForeground(palette().color(QPalette::PlaceholderText));
                    if (s.status == QLatin1String("003"))
                        item->setToolTip(tr("Acted on SHA-256: %1").arg(s.sha256));
                    m_routes->addItem(item);
                }
            }
            m_routesLabel->setVisible(!r->routes.isEmpty());
            m_routes->setVisible(!r->routes.isEmpty());
        });
}

void DetailsPane::revert()
{
    m_loading = true;
    m_titleEdit->setText(m_title);
    m_form->setValues(m_values);
    m_shownTitle = m_titleEdit->text();
    m_shownValues = m_form->values();
    m_loading = false;
    m_banner->hide();
    updateModified();
}

std::optional<Dms::Command> DetailsPane::buildSave()
{
    if (!m_engine || m_id.isNull())
        return std::nullopt;
    m_banner->hide();
    if (m_titleEdit->text().trimmed().isEmpty()) {
        m_banner->showMessage(tr("The title cannot be empty."));
        m_titleEdit->setFocus();
        return std::nullopt;
    }
    if (!m_form->validate())
        return std::nullopt;
    FieldValues changes;
    const FieldValues entered = m_form->values();
    for (auto it = entered.cbegin(); it != entered.cend(); ++it) {
        if (m_shownValues.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    const QString title = m_titleEdit->text().trimmed();
    return Dms::Commands::updateFields(m_id, title != m_title ? std::optional<QString>(title) : std::nullopt, changes);
}

bool DetailsPane::saveNow()
{
    const auto command = buildSave();
    if (!command)
        return false;
    auto future = m_engine->submit({ *command });
    future.waitForFinished(); // one local write: the clerk asked to save before moving on
    const auto r = future.result();
    if (!r) {
        m_banner->showMessage(r.error().message);
        return false;
    }
    // Stored: the form shows what is stored now, and nothing is pending any more.
    m_title = m_titleEdit->text().trimmed();
    m_values = m_form->values();
    m_shownTitle = m_titleEdit->text();
    m_shownValues = m_form->values();
    updateModified();
    Q_EMIT saved(command->target);
    return true;
}

void DetailsPane::save()
{
    if (m_saving)
        return;
    const auto command = buildSave();
    if (!command)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    const QUuid id = m_id;
    // What is being saved: once stored, it is what the form compares with (typing that goes on
    // meanwhile stays modified).
    const QString savedTitle = m_titleEdit->text();
    const FieldValues savedValues = m_form->values();
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, id, savedTitle, savedValues] {
        const auto r = watcher->result();
        watcher->deleteLater();
        m_saving = false;
        if (r && id == m_id) {
            m_title = savedTitle.trimmed();
            m_values = savedValues;
            m_shownTitle = savedTitle;
            m_shownValues = savedValues;
        }
        updateModified();
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        m_banner->showMessage(r->first().unchanged ? tr("Nothing to save.") : tr("Saved."),
                              MessageBanner::Kind::Positive);
        Q_EMIT saved(id);
    });
    watcher->setFuture(m_engine->submit({ *command }));
}

} // namespace Aktenwerk::Client
