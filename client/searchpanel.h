#pragma once

#include "client/asyncreader.h"
#include "dms/search/searchindex.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Aktenwerk::Client {

/**
 * Hits of one search: title, where it is filed, file name; per hit also its reference, type,
 * date and the passage around the hit (the list draws them below the title).
 */
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PlaceColumn, FileNameColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SnippetRole,
        ReferenceRole,
        TypeRole,
        DateRole,
        KindRole ///< Dms::Search::Hit::Kind as int: a document, file or case
    };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHits(QList<Dms::Search::Hit> hits);
    const Dms::Search::Hit &hit(int row) const { return m_hits.at(row); }

private:
    QList<Dms::Search::Hit> m_hits;
};

/**
 * The search field (Ctrl+F) and its results. Results come as you type: the query waits for a
 * pause of 250 ms, runs off the GUI thread, and an answer that a newer query overtook is
 * dropped. The index is brought up to date in the background after every change.
 *
 * Above the field: the clerk's saved searches (kept in the user's settings). Below it: facets —
 * department, document type and year of the hits; choosing one narrows the query by writing
 * the filter into the field (dept:63), so what is searched stays visible and editable.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int pageSize = 50;

    SearchPanel(AsyncReader *reader, QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setEngine(Dms::Engine *engine);
    QLineEdit *field() const { return m_field; }
    QTreeView *view() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *facetBox(const QString &facet) const; ///< "dept", "type" or "year"
    QTreeWidget *savedSearches() const { return m_saved; }
    QToolButton *saveButton() const { return m_saveButton; }

    /** Adds (or replaces, by name) a saved search with the query in the field. */
    void saveSearch(const QString &name);
    void removeSavedSearch(const QString &name);
    /** The search language as rich text (Help › Search syntax, the "?" beside the field). */
    static QString syntaxHelp();
    void showSyntaxHelp();
    /** The query searchAsYouType() runs for the field's @p text: "Bauan" → "Bauan*", "Garage Carp" → "Garage Carp*",
     * "Garage " → "Garage". */
    static QString asTyped(const QString &text);
    /** Narrows the query in the field to one facet value ("" removes that filter). */
    void applyFacet(const QString &facet, const QString &value);

public Q_SLOTS:
    /** Extracts and indexes what changed, off the GUI thread; then searches again. */
    void updateIndex();
    /** Searches the field's text exactly as written (Enter, a saved search, a facet). */
    void search();
    /**
     * What the pause after a key runs: like search(), but the word being typed (the last, of at
     * least three letters, the text not ending in a space) counts as the beginning of a word.
     */
    void searchAsYouType();

Q_SIGNALS:
    void hitActivated(const Aktenwerk::Dms::Search::Hit &hit);
    /** The index is up to date (after updateIndex). */
    void indexUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFacets(const Dms::Search::Results &results);
    void run(const QString &text);
    void askToSave();
    void loadSavedSearches();
    void storeSavedSearches();

    AsyncReader *m_reader;
    Dms::Engine *m_engine = nullptr;
    QLineEdit *m_field;
    QTreeView *m_view;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTreeWidget *m_saved;
    QToolButton *m_saveButton;
    QToolButton *m_helpButton;
    QComboBox *m_facets[3];
    QTimer *m_debounce;
    bool m_typing = false; ///< the last search ran as typed (searchAsYouType); an index update repeats it so
    quint64 m_generation = 0;
    bool m_indexing = false;
    bool m_indexAgain = false;
    std::shared_ptr<std::atomic<bool>> m_cancelIndex = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_indexPool;
};

} // namespace Aktenwerk::Client
