#include "searchpanel.h"

#include "client/flowlayout.h"
#include "dms/search/indexer.h"
#include "model/displaytime.h"

#include <QApplication>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Aktenwerk::Client {

using Dms::Search::Hit;
using Dms::Search::Results;

namespace {

const char *const facetNames[] = {"dept", "type", "year"};

/** Every name a filter of @p field may be written with (English and German, see Search::Query). */
QString namesOf(const QString &field)
{
    if (field == QLatin1String("year"))
        return QStringLiteral("year|jahr|from|to|von|bis");
    if (field == QLatin1String("dept"))
        return QStringLiteral("dept|fb");
    if (field == QLatin1String("type"))
        return QStringLiteral("type|typ|art");
    return QRegularExpression::escape(field);
}

/** The query without its filters of @p field (dept:63, typ:"E-Mail", jahr:2026 or from:/to:). */
QString withoutFilter(const QString &query, const QString &field)
{
    QString q = query;
    q.remove(QRegularExpression(QStringLiteral("(^|\\s)(%1):(\"[^\"]*\"|\\S+)").arg(namesOf(field)),
        QRegularExpression::CaseInsensitiveOption));
    return q.simplified();
}

/** A filter as the clerk would type it, in the language of the window ("fb:63", "jahr:2026"). */
QString filterFor(const QString &field, const QString &value)
{
    QString name = field;
    if (field == QLatin1String("dept"))
        name = SearchPanel::tr("dept", "search field for the department (German: fb)");
    else if (field == QLatin1String("type"))
        name = SearchPanel::tr("type", "search field for the document type (German: typ)");
    else if (field == QLatin1String("year"))
        name = SearchPanel::tr("year", "search field for the year (German: jahr)");
    const bool plain = !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('"'));
    return name + QLatin1Char(':')
        + (plain ? value : QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"'));
}

/**
 * A hit in three lines: the title; reference · type · date; the passage around the hit with the
 * hit in bold. Colours come from the palette, so dark and high-contrast themes work.
 */
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(3 * option.fontMetrics.height() + 8);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor quiet = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
        QRect area = opt.rect.adjusted(4, 3, -4, -3);
        const int line = opt.fontMetrics.height();
        painter->save();
        painter->setClipRect(opt.rect);
        // What it is (file, case, document) as an icon beside the title; the lines start after it.
        if (!icon.isNull()) {
            const int side = opt.decorationSize.height();
            icon.paint(painter, QRect(area.left(), area.top() + (line - side) / 2, side, side), Qt::AlignCenter,
                opt.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);
            area.setLeft(area.left() + side + 6);
        }
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics plainMetrics(opt.font);
        const QFontMetrics boldMetrics(bold);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(title, Qt::ElideRight, area.width()));
        // Type and date stay whole; the reference gives way in the middle where the row is narrow
        // (and the date before it gets shorter than a third of the row).
        QString rest;
        if (const QString type = index.data(SearchResultModel::TypeRole).toString(); !type.isEmpty())
            rest += QStringLiteral(" · ") + type;
        const QString date = index.data(SearchResultModel::DateRole).toString();
        if (!date.isEmpty()
            && plainMetrics.horizontalAdvance(rest + QStringLiteral(" · ") + date) < area.width() * 2 / 3)
            rest += QStringLiteral(" · ") + date;
        const int restWidth = std::min(plainMetrics.horizontalAdvance(rest), area.width() * 2 / 3);
        const QString reference = plainMetrics.elidedText(
            index.data(SearchResultModel::ReferenceRole).toString(), Qt::ElideMiddle, area.width() - restWidth);
        painter->setFont(opt.font);
        painter->setPen(quiet);
        painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            plainMetrics.elidedText(reference + rest, Qt::ElideRight, area.width()));
        // The passage: [hit] in bold, the rest as it is, cut with "…" where the row ends.
        QString snippet = index.data(SearchResultModel::SnippetRole).toString();
        int x = area.left();
        // In a narrow list the hit must not fall off the end: what leads up to it is shortened.
        if (const qsizetype first = snippet.indexOf(QLatin1Char('[')); first > 0) {
            const QString before = snippet.left(first);
            if (plainMetrics.horizontalAdvance(before) > area.width() / 3)
                snippet = plainMetrics.elidedText(before, Qt::ElideLeft, area.width() / 3) + snippet.mid(first);
        }
        const int y = area.top() + 2 * line;
        const int ellipsis = plainMetrics.horizontalAdvance(QStringLiteral("…"));
        static const QRegularExpression parts(QStringLiteral("\\[([^\\]]*)\\]|[^\\[]+"));
        for (auto it = parts.globalMatch(snippet); it.hasNext();) {
            const auto m = it.next();
            const bool hit = m.captured(0).startsWith(QLatin1Char('['));
            const QString piece = hit ? m.captured(1) : m.captured(0);
            const QFontMetrics &fm = hit ? boldMetrics : plainMetrics;
            painter->setFont(hit ? bold : opt.font);
            painter->setPen(hit ? text : quiet);
            const int room = area.right() - x;
            if (fm.horizontalAdvance(piece) <= room) {
                painter->drawText(QRect(x, y, room, line), Qt::AlignLeft | Qt::AlignVCenter, piece);
                x += fm.horizontalAdvance(piece);
                continue;
            }
            painter->drawText(QRect(x, y, room, line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(piece, Qt::ElideRight, qMax(room, ellipsis)));
            break;
        }
        painter->restore();
    }
};

} // namespace

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
    const bool record = h.kind != Hit::Kind::Document;
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() != TitleColumn)
            return {};
        if (h.kind == Hit::Kind::File)
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        if (h.kind == Hit::Kind::Case)
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return h.title;
        case PlaceColumn:
            if (record)
                return h.fileReference;
            return h.caseReference.isEmpty() ? tr("Intake") : h.caseReference;
        case FileNameColumn:
            return h.fileName;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (h.kind == Hit::Kind::File)
            return tr("File %1, department %2, %3")
                .arg(h.fileReference, h.department,
                    Model::recordStatusName(Model::recordStatusFromCode(h.status).value_or(Model::RecordStatus::Open)));
        if (h.kind == Hit::Kind::Case)
            return tr("Case %1 in file %2, %3")
                .arg(h.caseReference, h.fileReference,
                    Model::recordStatusName(Model::recordStatusFromCode(h.status).value_or(Model::RecordStatus::Open)));
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
        // A file or case found by its title or reference: where it is instead of a passage.
        if (h.snippet.isEmpty() && h.kind == Hit::Kind::Case)
            return tr("in file %1").arg(h.fileTitle);
        if (h.snippet.isEmpty() && h.kind == Hit::Kind::File)
            return tr("FB %1").arg(h.department);
        return h.snippet;
    case ReferenceRole:
        if (h.kind == Hit::Kind::File)
            return h.fileReference;
        if (h.kind == Hit::Kind::Case)
            return h.caseReference;
        return h.caseReference.isEmpty() ? tr("Intake") : Model::documentReference(h.caseReference, h.number);
    case TypeRole: {
        // A file or case says what it is ("Akte", "Vorgang · abgeschlossen"); its own type is in its
        // details (beside the reference in a narrow list it would push the reference out).
        if (!record)
            return h.type;
        QStringList what { h.kind == Hit::Kind::File ? tr("File") : tr("Case") };
        if (h.status == QLatin1String("closed"))
            what << Model::recordStatusName(Model::RecordStatus::Closed);
        return what.join(QStringLiteral(" · "));
    }
    case KindRole:
        return static_cast<int>(h.kind);
    case DateRole:
        return Model::displayDate(h.modifiedAt.toLocalTime().date());
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: all that the list draws.
        QStringList parts { h.title, data(index, ReferenceRole).toString() };
        if (const QString type = data(index, TypeRole).toString(); !type.isEmpty())
            parts << type;
        parts << data(index, DateRole).toString();
        if (const QString passage = data(index, SnippetRole).toString(); !passage.isEmpty())
            parts << QString(passage).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        return parts.join(QStringLiteral(", "));
    }
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
    , m_saved(new QTreeWidget(this))
    , m_saveButton(new QToolButton(this))
    , m_helpButton(new QToolButton(this))
    , m_facets{new QComboBox(this), new QComboBox(this), new QComboBox(this)}
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
    // Narrow beside the plan: each hit in three lines (title; reference, type, date; the passage
    // with the hit in bold); the file name is in the tooltip, the place in the second line.
    m_view->setItemDelegateForColumn(SearchResultModel::TitleColumn, new SearchHitDelegate(m_view));
    m_view->header()->setSectionResizeMode(SearchResultModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnHidden(SearchResultModel::PlaceColumn, true);
    m_view->setColumnHidden(SearchResultModel::FileNameColumn, true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setHeaderLabel(tr("Saved searches"));
    m_saved->setRootIsDecorated(false);
    m_saved->setMaximumHeight(m_saved->fontMetrics().height() * 8);
    m_saved->setContextMenuPolicy(Qt::CustomContextMenu);
    m_saved->setToolTip(tr("Enter runs a saved search; Del removes it."));
    m_saveButton->setObjectName(QStringLiteral("saveSearch"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save this search (Ctrl+Shift+S)"));
    m_saveButton->setAccessibleName(tr("Save this search"));
    m_saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveButton->setEnabled(false);
    const QString facetLabels[] = {tr("Department"), tr("Document type"), tr("Year")};
    const QString facetAll[] = {tr("All departments"), tr("All types"), tr("All years")};
    // The facets wrap onto a second row in a narrow pane instead of cutting "Alle Fachbereiche".
    auto *facetRow = new FlowLayout(nullptr, 4);
    facetRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        QComboBox *box = m_facets[i];
        box->setObjectName(QStringLiteral("facet_") + QLatin1String(facetNames[i]));
        box->setAccessibleName(facetLabels[i]);
        box->setToolTip(tr("Narrow the hits by %1").arg(facetLabels[i]));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(1);
        // As wide as "Alle Fachbereiche" needs (plus the arrow), not as the longest value.
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(facetAll[i]) + 40);
        box->setEnabled(false);
        box->addItem(facetAll[i], QString());
        facetRow->addWidget(box);
        const QString facet = QLatin1String(facetNames[i]);
        connect(box, &QComboBox::activated, this, [this, box, facet](int index) {
            applyFacet(facet, box->itemData(index).toString());
        });
    }
    auto *fieldRow = new QHBoxLayout;
    fieldRow->setContentsMargins(0, 0, 0, 0);
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_saveButton);
    fieldRow->addWidget(m_helpButton);
    m_helpButton->setObjectName(QStringLiteral("searchHelp"));
    m_helpButton->setText(QStringLiteral("?"));
    m_helpButton->setToolTip(tr("How to search (F1)"));
    m_helpButton->setAccessibleName(tr("How to search"));
    connect(m_helpButton, &QToolButton::clicked, this, &SearchPanel::showSyntaxHelp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_saved);
    layout->addLayout(fieldRow);
    layout->addLayout(facetRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setTabOrder(m_saved, m_field);
    setTabOrder(m_field, m_saveButton);
    setTabOrder(m_saveButton, m_helpButton);
    setTabOrder(m_helpButton, m_facets[0]);
    setTabOrder(m_facets[0], m_facets[1]);
    setTabOrder(m_facets[1], m_facets[2]);
    setTabOrder(m_facets[2], m_view);
    loadSavedSearches();

    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_saveButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_saveButton, &QToolButton::clicked, this, &SearchPanel::askToSave);
    connect(m_saved, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_field->setText(item->data(0, Qt::UserRole).toString());
        search();
    });
    connect(m_saved, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_saved->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        const QString name = item->text(0);
        menu.addAction(tr("Remove saved search"), this, [this, name] { removeSavedSearch(name); });
        menu.exec(m_saved->viewport()->mapToGlobal(pos));
    });
    m_saved->installEventFilter(this);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchAsYouType);
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
            m_typing ? searchAsYouType() : search();
        Q_EMIT indexUpdated();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_indexPool, [engine, cancel] { return Dms::Search::Indexer::update(*engine, cancel.get()); }));
}

QString SearchPanel::asTyped(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || typed.back().isSpace())
        return text; // the last word is finished
    const qsizetype start = text.lastIndexOf(QRegularExpression(QStringLiteral("\\s"))) + 1;
    const QString last = text.mid(start);
    // Only a plain word: not a filter (fb:63), a phrase, an exclusion, a prefix already, an operator or a reference.
    if (last.size() < 3 || last == QLatin1String("OR") || last == QLatin1String("ODER") || last == QLatin1String("NOT")
        || last == QLatin1String("NICHT") || text.count(QLatin1Char('"')) % 2 != 0
        || !std::all_of(last.begin(), last.end(), [](QChar c) { return c.isLetter(); }))
        return text;
    return text + QLatin1Char('*');
}

void SearchPanel::search()
{
    m_typing = false;
    run(m_field->text().trimmed());
}

void SearchPanel::searchAsYouType()
{
    m_typing = true;
    run(asTyped(m_field->text()));
}

void SearchPanel::run(const QString &text)
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    if (text.isEmpty()) {
        m_model->setHits({});
        showFacets({});
        m_status->clear();
        return;
    }
    auto query = Dms::Search::Query::parse(text);
    if (!query) {
        m_status->setText(query.error().message);
        return;
    }
    const Dms::Search::Query q = *query;
    // The hits first, painted as soon as they are read; the facets (counted over every ranked hit,
    // a join per hit) follow in a second read, so typing never waits for them.
    m_reader->run<Results>(
        this, [q](Dms::Database &db) { return Dms::Search::SearchIndex::search(db, q, pageSize, 0, false); },
        [this, generation, q, filtered = q.hasFilters()](const Model::Result<Results> &r) {
            if (generation != m_generation)
                return; // a newer query is on its way
            if (!r) {
                m_status->setText(r.error().message);
                return;
            }
            // Files and cases first (few, and what a clerk looks for by name), then the documents.
            m_model->setHits(r->records + r->hits);
            // Until this query's facets are counted, the previous query's cannot be chosen.
            for (QComboBox *box : m_facets)
                box->setEnabled(false);
            m_reader->run<Results>(
                this, [q](Dms::Database &db) { return Dms::Search::SearchIndex::search(db, q, 0, 0, true); },
                [this, generation](const Model::Result<Results> &f) {
                    if (generation == m_generation && f)
                        showFacets(*f);
                });
            QString documents;
            if (r->hits.isEmpty() && r->records.isEmpty())
                documents = filtered ? tr("Nothing found. Try fewer words or leave out a filter.")
                                     : tr("Nothing found. Try fewer words or the beginning of a word (bauan*).");
            else if (r->hits.isEmpty())
                documents = tr("no documents");
            else if (!r->countIsExact)
                documents = tr("More than %n hits; the best of the newest are shown.", nullptr, r->count);
            else
                documents = tr("%n hit(s)", nullptr, r->count);
            if (r->records.isEmpty()) {
                m_status->setText(documents);
                return;
            }
            const int records = static_cast<int>(r->records.size());
            m_status->setText((r->moreRecords ? tr("The best %n files and cases", nullptr, records)
                                              : tr("%n file(s) or case(s)", nullptr, records))
                + QStringLiteral(" · ") + documents);
        });
}

QComboBox *SearchPanel::facetBox(const QString &facet) const
{
    for (int i = 0; i < 3; ++i) {
        if (facet == QLatin1String(facetNames[i]))
            return m_facets[i];
    }
    return nullptr;
}

void SearchPanel::showFacets(const Results &results)
{
    const QString query = m_field->text();
    for (int i = 0; i < 3; ++i) {
        QComboBox *box = m_facets[i];
        const QString facet = QLatin1String(facetNames[i]);
        const QString label = box->accessibleName();
        while (box->count() > 1)
            box->removeItem(1);
        QList<Dms::Search::Facet> values;
        for (const auto &[name, list] : results.facets) {
            if (name == facet)
                values = list;
        }
        const QLocale locale;
        for (const Dms::Search::Facet &f : std::as_const(values)) {
            if (f.value.isEmpty())
                continue; // intake documents have no department, many documents no type
            box->addItem(QStringLiteral("%1 (%2)").arg(f.value, locale.toString(f.count)), f.value);
        }
        // The filter already in the query is the current choice.
        const bool filtered = withoutFilter(query, facet) != query.simplified();
        int current = 0;
        for (int n = 1; n < box->count() && filtered; ++n) {
            // Under any of its names: "dept:63" as well as "fb:63".
            const QString written = filterFor(facet, box->itemData(n).toString()).section(QLatin1Char(':'), 1);
            const QRegularExpression chosen(
                QStringLiteral("(^|\\s)(%1):%2(\\s|$)").arg(namesOf(facet), QRegularExpression::escape(written)),
                QRegularExpression::CaseInsensitiveOption);
            if (chosen.match(query).hasMatch())
                current = n;
        }
        box->setCurrentIndex(current);
        box->setEnabled(box->count() > 1 || filtered);
        box->setToolTip(results.countIsExact ? tr("Narrow the hits by %1").arg(label)
                                             : tr("Narrow the hits by %1 (counted over the newest %2 hits)")
                                                   .arg(label, locale.toString(results.count)));
    }
}

void SearchPanel::applyFacet(const QString &facet, const QString &value)
{
    QString q = withoutFilter(m_field->text(), facet);
    if (!value.isEmpty())
        q = QString(q + QLatin1Char(' ') + filterFor(facet, value)).trimmed();
    m_field->setText(q);
    search();
}

void SearchPanel::askToSave()
{
    const QString query = m_field->text().trimmed();
    if (query.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name of the saved search:"),
                                               QLineEdit::Normal, query, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveSearch(name.trimmed());
}

void SearchPanel::saveSearch(const QString &name)
{
    const QString query = m_field->text().trimmed();
    if (name.isEmpty() || query.isEmpty())
        return;
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_saved->topLevelItemCount() && !item; ++i) {
        if (m_saved->topLevelItem(i)->text(0) == name)
            item = m_saved->topLevelItem(i);
    }
    if (!item)
        item = new QTreeWidgetItem(m_saved, {name});
    item->setData(0, Qt::UserRole, query);
    item->setToolTip(0, query);
    m_saved->sortItems(0, Qt::AscendingOrder);
    m_saved->setVisible(true);
    storeSavedSearches();
}

void SearchPanel::removeSavedSearch(const QString &name)
{
    for (int i = 0; i < m_saved->topLevelItemCount(); ++i) {
        if (m_saved->topLevelItem(i)->text(0) == name) {
            delete m_saved->takeTopLevelItem(i);
            break;
        }
    }
    m_saved->setVisible(m_saved->topLevelItemCount() > 0);
    storeSavedSearches();
}

void SearchPanel::loadSavedSearches()
{
    m_saved->clear();
    QSettings settings;
    const int n = settings.beginReadArray(QStringLiteral("savedSearches"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(QStringLiteral("name")).toString();
        const QString query = settings.value(QStringLiteral("query")).toString();
        if (name.isEmpty() || query.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_saved, {name});
        item->setData(0, Qt::UserRole, query);
        item->setToolTip(0, query);
    }
    settings.endArray();
    m_saved->sortItems(0, Qt::AscendingOrder);
    m_saved->setVisible(m_saved->topLevelItemCount() > 0); // no room taken until there is one
}

void SearchPanel::storeSavedSearches()
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("savedSearches"), m_saved->topLevelItemCount());
    for (int i = 0; i < m_saved->topLevelItemCount(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_saved->topLevelItem(i)->text(0));
        settings.setValue(QStringLiteral("query"), m_saved->topLevelItem(i)->data(0, Qt::UserRole));
    }
    settings.endArray();
}

QString SearchPanel::syntaxHelp()
{
    return tr(
        "<h3>How to search</h3>"
        "<table cellspacing=\"6\">"
        "<tr><td><tt>Bauantrag Müller</tt></td><td>both words, in any form (Bauanträge, mueller, MÜLLER)</td></tr>"
        "<tr><td><tt>\"Lindenweg 12\"</tt></td><td>the words in this order</td></tr>"
        "<tr><td><tt>bauan*</tt></td><td>words that start so (at least three letters)</td></tr>"
        "<tr><td><tt>Garage OR Carport</tt></td><td>either word</td></tr>"
        "<tr><td><tt>-Widerspruch</tt>, <tt>NOT Widerspruch</tt></td><td>without this word</td></tr>"
        "<tr><td><tt>63.01.02-0045/2026</tt></td><td>this file or case reference, exactly, also inside a text</td></tr>"
        "<tr><td><tt>az:63.01.02</tt></td><td>the documents of a file or case, or of every file under a plan "
        "unit</td></tr>"
        "<tr><td><tt>title:Bauantrag</tt></td><td>the word in the title of the document, its case or file</td></tr>"
        "<tr><td><tt>type:Bescheid</tt> <tt>dept:63</tt></td><td>document type; department</td></tr>"
        "<tr><td><tt>status:open</tt> <tt>status:closed</tt></td><td>open documents; closed ones (z.d.A.)</td></tr>"
        "<tr><td><tt>sender:Krüger</tt></td><td>sender of a letter or e-mail</td></tr>"
        "<tr><td><tt>year:2026</tt></td><td>documents created in that year</td></tr>"
        "<tr><td><tt>from:2026-01-01 to:2026-03-31</tt></td><td>documents created in this range</td></tr>"
        "</table>"
        "<p>The German words work as well: ODER, NICHT, titel:, typ:, fb:, status:offen|geschlossen, absender:, "
        "jahr:, von:, bis: (dates also as 31.03.2026).</p>"
        "<p>Upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss are the same. Titles weigh most. With more than "
        "2,000 hits the best of the newest 2,000 are shown: narrow the search with more words or a filter "
        "below the field.</p>");
}

void SearchPanel::showSyntaxHelp()
{
    QMessageBox box(QMessageBox::Information, tr("How to search"), syntaxHelp(), QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_saved && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && m_saved->currentItem()) {
        removeSavedSearch(m_saved->currentItem()->text(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Aktenwerk::Client
