#pragma once

#include "records/Concern.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;

namespace lantern {

class ChosenChildrenModel;
class MessageSeam;
class PupilDirectory;
class PupilSearchModel;
class Vault;
struct DirectoryPupil;

// Naming the children in a concern. Type a name (or a UPN) and the matches appear underneath, best first
// (PupilRanking), each row saying what tells children apart to this person (PupilSearchModel). Enter adds, in
// the part chosen beside it (subject, alleged harmer, witness), only a match the person moved to (Down) or
// the one child whose name was typed in full — never a first row chosen for them, because the wrong child
// named in a concern is worse than none. Otherwise the picker says why nothing was added. The children named
// so far are listed with their parts; Delete or "Remove child" takes one off.
//
// Searching goes through PupilDirectory, which every role that records concerns may use and which returns
// only names and year groups; a short pause after typing keeps the audit log to one entry per search rather
// than per key.
class PupilPicker : public QWidget {
    Q_OBJECT
public:
    using Search = std::function<QList<DirectoryPupil>(const QString& text)>;

    explicit PupilPicker(Vault& vault, QWidget* parent = nullptr);
    // On a staff member's computer, which has no vault: finds children with `search` (the submission
    // profile's roster, RosterSearch), and also takes a child the roster does not list by the name typed —
    // only with a year group and once the person confirms through `messages` ("Add as typed"; Enter never
    // does it). A typed child has a negative id; a child from the roster, their place in it.
    PupilPicker(Search search, MessageSeam& messages, QWidget* parent = nullptr);
    ~PupilPicker() override;

    QList<ConcernChild> children() const;
    bool isEmpty() const;
    // Runs the pending search at once (Enter does this too).
    void searchNow();
    // Adds the match the person moved to, else the single child whose name was typed in full; false (and the
    // picker says why) when there is neither.
    bool addCurrentMatch();
    // Adds the child by the name typed and the year group given (typed mode), once confirmed; false when
    // nothing was typed, the year group is missing (said beside the field) or the person said no.
    bool addTyped();
    bool allowsTyped() const { return m_typedYear != nullptr; }
    // Names a child before the person starts, in the part the role box shows (the subject unless changed):
    // a concern recorded from the child's own record.
    void preselect(const DirectoryPupil& pupil) { addPupil(pupil); }

    QLineEdit* searchEdit() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    QComboBox* roleCombo() const { return m_role; }
    QTableView* chosenView() const { return m_chosenView; }
    PupilSearchModel* searchModel() const { return m_found; }
    ChosenChildrenModel* chosenModel() const { return m_chosen; }
    // Typed mode only (nullptr otherwise).
    QLineEdit* typedYearEdit() const { return m_typedYear; }
    QPushButton* addTypedButton() const { return m_addTyped; }
    // Why the last Enter or Add added nothing; empty once the person types again.
    QString hintText() const;

Q_SIGNALS:
    void changed();
    // A search failed (e.g. the role may not record concerns); the form shows it beside the field.
    void searchFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build(bool allowTyped);
    void removeCurrentChild();
    // The row Enter would add, or -1 (see addCurrentMatch).
    int rowToAdd() const;
    void addPupil(const DirectoryPupil& pupil);
    void showHint(const QString& text);

    std::unique_ptr<PupilDirectory> m_directory;
    Search m_rosterSearch;
    MessageSeam* m_messages = nullptr; // typed mode: confirms a child who is not on the list
    PupilSearchModel* m_found = nullptr;
    ChosenChildrenModel* m_chosen = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_results = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_add = nullptr;
    QTableView* m_chosenView = nullptr;
    QPushButton* m_remove = nullptr;
    QTimer* m_debounce = nullptr;
    QLineEdit* m_typedYear = nullptr;
    QPushButton* m_addTyped = nullptr;
    QLabel* m_hint = nullptr;
    qint64 m_nextTypedId = -1;
};

} // namespace lantern
