#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;

namespace Aktenwerk::Client {

class MainWindow;

/**
 * The daily actions on a file, case or document of the main window's list: delete (and the
 * recycle bin to restore from), move, a new volume, share with another department, print, save
 * a copy, send by e-mail, and the settings. Each is in the Edit menu, in the list's context menu
 * and on a shortcut; each change goes through the engine's command path.
 */
class RecordActions : public QObject
{
    Q_OBJECT
public:
    explicit RecordActions(MainWindow *window);
    ~RecordActions() override;

    QAction *deleteAction() const { return m_delete; }
    QAction *recycleBinAction() const { return m_recycleBin; }
    QAction *moveAction() const { return m_move; }
    QAction *newVolumeAction() const { return m_newVolume; }
    QAction *shareAction() const { return m_share; }
    QAction *printAction() const { return m_print; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *emailAction() const { return m_email; }
    QAction *settingsAction() const { return m_settings; }

    /** The Edit menu. */
    void addTo(QMenu *menu) const;
    /** The context menu of a row of the list: what applies to it. */
    void fillContextMenu(QMenu *menu) const;
    /** Enables what applies to the current row. */
    void update();

    /**
     * Where "Print…" prints when the clerk cannot be asked (tests): no print dialog, straight
     * to @p printer. Null: ask with the print dialog.
     */
    void setPrinterForTesting(QPrinter *printer) { m_testPrinter = printer; }
    /** Where "Save copy…" writes without asking (tests). Empty: ask with a file dialog. */
    void setSaveTargetForTesting(const QString &path) { m_testSaveTarget = path; }

Q_SIGNALS:
    /** A print job ended (pages printed; a message when it failed). */
    void printed(bool ok, const QString &message, int pages);
    /** A copy was written to @p path. */
    void copySaved(const QString &path);
    /** The mail program was asked to send @p path (empty: it could not be started). */
    void mailPrepared(const QString &path);

private:
    void deleteCurrent();
    void showRecycleBin();
    void moveCurrent();
    void newVolume();
    void shareCurrent();
    void printCurrent();
    void saveCopy();
    void emailCurrent();
    void showSettings();

    QModelIndex current() const;
    QModelIndex ancestor(int kind) const;
    /** Writes the current document's current version to @p target off the GUI thread, verified. */
    void exportCurrent(const QString &target, std::function<void(const QString &error)> done);
    QString exportName() const;

    MainWindow *m_window;
    QAction *m_delete;
    QAction *m_recycleBin;
    QAction *m_move;
    QAction *m_newVolume;
    QAction *m_share;
    QAction *m_print;
    QAction *m_saveCopy;
    QAction *m_email;
    QAction *m_settings;
    std::unique_ptr<QPrinter> m_printer;
    QPrinter *m_testPrinter = nullptr;
    QString m_testSaveTarget;
    bool m_printing = false;
};

} // namespace Aktenwerk::Client
