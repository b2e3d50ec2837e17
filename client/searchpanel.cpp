#include "searchpanel.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using Dms::Search::Hit;
using Dms::Search::Results;

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return h.title;
        case PlaceColumn:
            return h.caseReference.isEmpty() ? tr("Intake") : h.caseReference;
        case FileNameColumn:
            return h.fileName;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = h.fileName;
        const QString passage = !h.snippet.isEmpty() ? h.snippet
            : h.textStatus == QLatin1String("ok") || h.textStatus == QLatin1String("none") ? QString()
                                                                                           : h.textStatus;
        if (!passage.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + passage;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case DocumentIdRole:
        return h.documentId;
    case SnippetRole:
        return h.snippet;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Document");
    case PlaceColumn:
        return tr("Filed in");
    case FileNameColumn:
        return tr("File name");
    default:
        return {};
    }
}

void SearchResultModel::setHits(QList<Hit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

SearchPanel::SearchPanel(AsyncReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_indexPool.setMaxThreadCount(1);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search (Ctrl+F): words, \"phrases\", az:63.01.02 …"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    // Narrow beside the plan: title and place; the file name and the passage are in the tooltip.
    m_view->header()->setSectionResizeMode(SearchResultModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SearchResultModel::PlaceColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnHidden(SearchResultModel::FileNameColumn, true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT hitActivated(m_model->hit(index.row()));
    });
}

SearchPanel::~SearchPanel()
{
    m_cancelIndex->store(true);
    m_indexPool.waitForDone();
}

void SearchPanel::setEngine(Dms::Engine *engine)
{
    m_cancelIndex->store(true);
    m_indexPool.waitForDone();
    m_cancelIndex = std::make_shared<std::atomic<bool>>(false);
    m_indexing = false;
    m_engine = engine;
    m_model->setHits({});
    m_status->clear();
    updateIndex();
}

void SearchPanel::updateIndex()
{
    if (!m_engine || m_engine->isReadOnly())
        return;
    if (m_indexing) {
        m_indexAgain = true;
        return;
    }
    m_indexing = true;
    m_indexAgain = false;
    Dms::Engine *engine = m_engine;
    auto cancel = m_cancelIndex;
    auto *watcher = new QFutureWatcher<Model::Result<int>>(this);
    connect(watcher, &QFutureWatcher<Model::Result<int>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_indexing = false;
        const auto r = watcher->result();
        if (m_indexAgain) {
            updateIndex();
            return;
        }
        if (r && *r > 0 && !m_field->text().trimmed().isEmpty())
            search();
        Q_EMIT indexUpdated();
    });
    watcher->setFuture(QtConcurrent::run(&m_indexPool, [engine, cancel] { return engine->updateSearchIndex(cancel.get()); }));
}

void SearchPanel::search()
{
    m_debounce->stop();
    const QString text = m_field->text().trimmed();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    auto query = Dms::Search::Query::parse(text);
    if (!query) {
        m_status->setText(query.error().message);
        return;
    }
    const Dms::Search::Query q = *query;
    m_reader->run<Results>(
        this, [q](Dms::Database &db) { return Dms::Search::SearchIndex::search(db, q, pageSize); },
        [this, generation](const Model::Result<Results> &r) {
            if (generation != m_generation)
                return; // a newer query is on its way
            if (!r) {
                m_status->setText(r.error().message);
                return;
            }
            m_model->setHits(r->hits);
            if (r->hits.isEmpty())
                m_status->setText(tr("Nothing found."));
            else if (!r->countIsExact)
                m_status->setText(tr("More than %n hits; the best of the newest are shown.", nullptr, r->count));
            else
                m_status->setText(tr("%n hit(s)", nullptr, r->count));
        });
}

} // namespace Aktenwerk::Client
