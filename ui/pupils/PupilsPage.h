#pragma once

#include "pupils/PupilRecordPage.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace lantern {

class PageHost;
class PupilFilterModel;
class PupilListModel;
class Vault;
struct UiServices;

// The "Pupils" page: the roll with instant search, and a pupil's record in its place once one is opened
// (Back or Alt+Left returns to the list where it was). Type to filter; Down moves into the list; Enter or a
// double-click opens the record.
class PupilsPage : public QWidget {
    Q_OBJECT
public:
    PupilsPage(Vault& vault, const UiServices& services, PageHost* host, QWidget* parent = nullptr);
    ~PupilsPage() override;

    // Opens a pupil's record in place of the list (or of the record shown).
    void openPupil(qint64 pupilId);
    void showList();
    // Reads the roll again (after an import).
    void refresh();

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }
    PupilListModel* model() const { return m_model; }
    PupilFilterModel* filterModel() const { return m_filter; }
    PupilRecordPage* record() const { return m_record; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();
    void updateCount();

    Vault& m_vault;
    const UiServices& m_services;
    PageHost* m_host;
    PupilListModel* m_model = nullptr;
    PupilFilterModel* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_list = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPointer<PupilRecordPage> m_record;
};

} // namespace lantern
