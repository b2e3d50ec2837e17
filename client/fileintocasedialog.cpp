#include "client/fileintocasedialog.h"

#include "client/asyncreader.h"
#include "client/messagebanner.h"
#include "dms/capture/filingproposal.h"
#include "dms/engine.h"
#include "dms/store/queries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

FileIntoCaseDialog::FileIntoCaseDialog(
    Dms::Engine *engine, AsyncReader *reader, const QUuid &documentId, const QString &title, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_reader(reader)
    , m_document(documentId)
    , m_department(engine ? engine->user().departmentCode : QString())
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_target(new QLabel(this))
    , m_cases(new QStandardItemModel(0, 3, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("fileIntoCaseDialog"));
    setWindowTitle(tr("File into case"));
    resize(640, 420);
    auto *intro = new QLabel(tr("File \"%1\" into the case:").arg(title), this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setPlaceholderText(tr("Type a Vorgangszeichen or a title to filter"));
    m_filter->setAccessibleName(tr("Filter cases"));
    m_filter->setClearButtonEnabled(true);
    intro->setBuddy(m_filter);
    contentLayout()->addWidget(m_filter);

    m_cases->setHorizontalHeaderLabels({tr("Vorgangszeichen"), tr("Case"), tr("File")});
    m_proxy->setSourceModel(m_cases);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    contentLayout()->addWidget(m_view, 1);
    m_hint->setWordWrap(true);
    contentLayout()->addWidget(m_hint);
    // Where it goes, said before it goes there: nothing is chosen for the clerk unless the letter names it.
    m_target->setObjectName(QStringLiteral("fileIntoTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setAccessibleName(tr("Target case"));
    contentLayout()->addWidget(m_target);

    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&File"));
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        // What the clerk types chooses, as in a completer: the first match. A filter the dialog set
        // (a file the letter names) and an emptied filter choose nothing.
        if (m_settingFilter || text.trimmed().isEmpty())
            select({});
        else
            select(m_proxy->index(0, 0));
    });
    // Arrow keys in the filter move through the list, as in a completer.
    m_filter->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showTarget(); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { buttons()->button(QDialogButtonBox::Ok)->click(); });
    load();
}

void FileIntoCaseDialog::load()
{
    m_hint->setText(tr("Reading the cases…"));
    struct Loaded
    {
        QList<Dms::OpenCase> cases;
        Dms::FilingProposal proposal;
    };
    const QString department = m_department;
    const QUuid document = m_document;
    m_reader->run<Loaded>(
        this,
        // Open cases of open files the clerk may file into (their own department's), and what the
        // document's text names (filing help: OCR'd scans, imported letters).
        [department, document](Dms::Database &db) -> Result<Loaded> {
            Loaded l;
            auto cases = Dms::Queries::openCases(db, department);
            if (!cases)
                return std::unexpected(cases.error());
            l.cases = *cases;
            if (auto proposal = Dms::FilingProposal::forDocument(db, document, QDate::currentDate()))
                l.proposal = *proposal; // without it, the list is still there to choose from
            return l;
        },
        [this](const Result<Loaded> &r) {
            if (!r) {
                banner()->showMessage(r.error().message);
                m_hint->clear();
                return;
            }
            QStringList named;
            for (const Dms::FilingTarget &t : r->proposal.targets)
                named << t.reference;
            for (const Dms::OpenCase &c : r->cases) {
                auto *ref = new QStandardItem(c.reference);
                ref->setData(c.id, IdRole);
                QList<QStandardItem *> row{ref, new QStandardItem(c.title), new QStandardItem(c.file)};
                if (named.contains(c.reference)) {
                    QFont bold = m_view->font();
                    bold.setBold(true);
                    for (QStandardItem *item : row) {
                        item->setFont(bold);
                        item->setToolTip(tr("Named in the document's text"));
                    }
                }
                m_cases->appendRow(row);
            }
            m_view->resizeColumnToContents(0);
            m_loaded = true;
            select({});
            applyProposal(r->proposal, r->cases);
            Q_EMIT casesLoaded(static_cast<int>(r->cases.size()));
        });
}

void FileIntoCaseDialog::applyProposal(const Dms::FilingProposal &proposal, const QList<Dms::OpenCase> &cases)
{
    QStringList lines;
    if (cases.isEmpty())
        lines << tr("There is no open case you could file into.");
    if (proposal.hints.date.isValid())
        lines << tr("Date of the letter: %1").arg(QLocale().toString(proposal.hints.date, QLocale::LongFormat));
    // The first case the text names that the clerk may file into is chosen; a named file narrows
    // the list to its cases. The clerk confirms either way.
    const Dms::FilingTarget *chosen = nullptr;
    for (const Dms::FilingTarget &t : proposal.targets) {
        const bool listed = std::any_of(cases.cbegin(), cases.cend(), [&t](const Dms::OpenCase &c) {
            return t.entityType == QLatin1String("case") ? c.id == t.id : c.file.startsWith(t.reference);
        });
        if (listed) {
            chosen = &t;
            break;
        }
    }
    if (chosen && chosen->entityType == QLatin1String("case")) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(IdRole).toUuid() == chosen->id) {
                select(index);
                break;
            }
        }
        m_proposedCase = chosen->id;
        lines << tr("Proposed from the text: case %1 \"%2\".").arg(chosen->reference, chosen->title);
    } else if (chosen) {
        m_settingFilter = true;
        m_filter->setText(chosen->reference);
        m_settingFilter = false;
        lines << tr("The text names the file %1 \"%2\"; its open cases are listed.")
                     .arg(chosen->reference, chosen->title);
    } else if (!proposal.hints.caseReferences.isEmpty() || !proposal.hints.fileReferences.isEmpty()) {
        lines << tr("The text names %1, which is not among the cases you can file into.")
                     .arg((proposal.hints.caseReferences + proposal.hints.fileReferences).join(QStringLiteral(", ")));
    }
    m_hint->setText(lines.join(QLatin1Char('\n')));
}

void FileIntoCaseDialog::select(const QModelIndex &index)
{
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    showTarget();
}

void FileIntoCaseDialog::showTarget()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    const bool chosen = !rows.isEmpty();
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    if (!m_loaded) {
        m_target->clear();
        return;
    }
    if (!chosen) {
        m_target->setText(
            m_proxy->rowCount() > 0 ? tr("No case chosen yet: choose one in the list or type to filter.") : QString());
        return;
    }
    const QModelIndex row = rows.first();
    m_target->setText(tr("Files into: case %1 \"%2\" of the file %3")
                          .arg(row.siblingAtColumn(0).data().toString(), row.siblingAtColumn(1).data().toString(),
                              row.siblingAtColumn(2).data().toString()));
}

bool FileIntoCaseDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return CommandDialog::eventFilter(watched, event);
}

QUuid FileIntoCaseDialog::selectedCase() const
{
    // The selection, not the current index: a list that gets the focus has a current row nobody chose.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? QUuid() : rows.first().data(IdRole).toUuid();
}

std::optional<Dms::Command> FileIntoCaseDialog::buildCommand()
{
    const QUuid target = selectedCase();
    if (target.isNull()) {
        banner()->showMessage(tr("Choose the case to file the document into."));
        return std::nullopt;
    }
    return Dms::Commands::fileIntoCase(m_document, target);
}

} // namespace Aktenwerk::Client
