#include "client/fileintocasedialog.h"

#include "client/asyncreader.h"
#include "client/messagebanner.h"
#include "dms/engine.h"
#include "dms/store/queries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
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

FileIntoCaseDialog::FileIntoCaseDialog(Dms::Engine *engine, AsyncReader *reader, const QUuid &documentId,
                                       const QString &title, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_reader(reader)
    , m_document(documentId)
    , m_department(engine ? engine->user().departmentCode : QString())
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
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

    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&File"));
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        selectFirst();
    });
    // Arrow keys in the filter move through the list, as in a completer.
    m_filter->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { buttons()->button(QDialogButtonBox::Ok)->setEnabled(!selectedCase().isNull()); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { buttons()->button(QDialogButtonBox::Ok)->click(); });
    load();
}

void FileIntoCaseDialog::load()
{
    m_hint->setText(tr("Reading the cases…"));
    const QString department = m_department;
    m_reader->run<QList<Dms::OpenCase>>(
        this,
        // Open cases of open files the clerk may file into (their own department's).
        [department](Dms::Database &db) { return Dms::Queries::openCases(db, department); },
        [this](const Result<QList<Dms::OpenCase>> &r) {
            if (!r) {
                banner()->showMessage(r.error().message);
                m_hint->clear();
                return;
            }
            for (const Dms::OpenCase &c : *r) {
                auto *ref = new QStandardItem(c.reference);
                ref->setData(c.id, IdRole);
                m_cases->appendRow({ref, new QStandardItem(c.title), new QStandardItem(c.file)});
            }
            m_view->resizeColumnToContents(0);
            m_hint->setText(r->isEmpty() ? tr("There is no open case you could file into.") : QString());
            m_loaded = true;
            selectFirst();
            Q_EMIT casesLoaded(static_cast<int>(r->size()));
        });
}

void FileIntoCaseDialog::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_view->setCurrentIndex({});
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(!selectedCase().isNull());
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
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toUuid() : QUuid();
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
