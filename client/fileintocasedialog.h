#pragma once

#include "client/commanddialog.h"

#include <QList>
#include <QUuid>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Aktenwerk::Dms {
struct FilingProposal;
struct OpenCase;
} // namespace Aktenwerk::Dms

namespace Aktenwerk::Client {

class AsyncReader;

/**
 * "File into case…" (Zuordnen): picks an open case of the clerk's department — typing filters
 * by Vorgangszeichen, title or file — and files the intake document into it (one command).
 */
class FileIntoCaseDialog : public CommandDialog
{
    Q_OBJECT
public:
    FileIntoCaseDialog(Dms::Engine *engine, AsyncReader *reader, const QUuid &documentId, const QString &title,
                       QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *caseView() const { return m_view; }
    /** The case chosen (null: none). */
    QUuid selectedCase() const;
    /** The case the document's text names, chosen for the clerk to confirm (null: none). */
    QUuid proposedCase() const { return m_proposedCase; }
    /** What the dialog says below the list: the proposal, the letter's date, or why nothing is listed. */
    QLabel *hintLabel() const { return m_hint; }
    /** Where the document goes ("Files into: case …"), or that nothing is chosen yet. */
    QLabel *targetLabel() const { return m_target; }
    /** The cases have been read (tests). */
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void casesLoaded(int count);

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    /** Chooses a row (invalid: none) and says so below the list. */
    void select(const QModelIndex &index);
    void showTarget();
    void applyProposal(const Dms::FilingProposal &proposal, const QList<Dms::OpenCase> &cases);

    AsyncReader *m_reader;
    QUuid m_document;
    QString m_department; ///< the clerk's department (empty in a local folder: every department)
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_hint;
    QLabel *m_target;
    QStandardItemModel *m_cases;
    QSortFilterProxyModel *m_proxy;
    QUuid m_proposedCase;
    bool m_loaded = false;
    bool m_settingFilter = false;
};

} // namespace Aktenwerk::Client
