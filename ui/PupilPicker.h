#pragma once

#include "records/Concern.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;

namespace lantern {

class ChosenChildrenModel;
class PupilDirectory;
class PupilSearchModel;
class Vault;

// Naming the children in a concern. Type a name (or a UPN) and the matches appear underneath; Enter adds
// the highlighted match — the first unless Down chose another — in the part chosen beside it (subject,
// alleged harmer, witness). The children named so far are listed with their parts; Delete or "Remove child"
// takes one off.
//
// Searching goes through PupilDirectory, which every role that records concerns may use and which returns
// only names and year groups; a short pause after typing keeps the audit log to one entry per search rather
// than per key.
class PupilPicker : public QWidget {
    Q_OBJECT
public:
    explicit PupilPicker(Vault& vault, QWidget* parent = nullptr);
    ~PupilPicker() override;

    QList<ConcernChild> children() const;
    bool isEmpty() const;
    // Runs the pending search at once (Enter does this too).
    void searchNow();
    // Adds the highlighted match; false when there is none.
    bool addCurrentMatch();

    QLineEdit* searchEdit() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    QComboBox* roleCombo() const { return m_role; }
    QTableView* chosenView() const { return m_chosenView; }
    PupilSearchModel* searchModel() const { return m_found; }
    ChosenChildrenModel* chosenModel() const { return m_chosen; }

Q_SIGNALS:
    void changed();
    // A search failed (e.g. the role may not record concerns); the form shows it beside the field.
    void searchFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void removeCurrentChild();

    std::unique_ptr<PupilDirectory> m_directory;
    PupilSearchModel* m_found = nullptr;
    ChosenChildrenModel* m_chosen = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_results = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_add = nullptr;
    QTableView* m_chosenView = nullptr;
    QPushButton* m_remove = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace lantern
