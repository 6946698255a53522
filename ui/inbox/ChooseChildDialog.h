#pragma once

#include "records/Pupil.h"
#include "submit/InboxImporter.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lantern {

class Vault;

// Saying which child a held staff submission meant. A staff member names children by name and year group
// only; when the roll has no pupil, or several, of that name, the import holds the file. Here the DSL sees,
// for each such child, the pupils that fit — with what tells them apart: registration group, date of birth,
// the end of the UPN, a leaving date — or searches the roll for the child meant (a misspelt name), picks one
// for each, and imports the file with those choices (InboxImporter::importHeld, which checks the file again
// and audits the choice). A refusal is shown here and the file stays in the inbox.
class ChooseChildDialog : public QDialog {
    Q_OBJECT
public:
    ChooseChildDialog(Vault& vault, const InboxFileOutcome& held, QWidget* parent = nullptr);

    // What the import made of the file, once accepted.
    const InboxFileOutcome& outcome() const { return m_outcome; }
    // The controls for the n-th child to choose for (in the order of InboxFileOutcome::unmatched).
    QLineEdit* searchEdit(int child) const { return m_children.at(child).search; }
    QListWidget* choiceList(int child) const { return m_children.at(child).choices; }
    QPushButton* importButton() const { return m_import; }
    QString errorText() const;

    void accept() override;

private:
    struct ChildChoice {
        UnmatchedChild child;
        QLineEdit* search = nullptr;
        QListWidget* choices = nullptr;
    };

    void addChild(const UnmatchedChild& child, QWidget* parent);
    void showPupils(ChildChoice& choice, const QList<Pupil>& pupils);
    void search(ChildChoice& choice, const QString& text);
    void updateImportButton();

    Vault& m_vault;
    InboxFileOutcome m_held;
    InboxFileOutcome m_outcome;
    QHash<qint64, Pupil> m_roll; // id → pupil, read once: the candidates' details
    QList<ChildChoice> m_children;
    QLabel* m_error = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lantern
