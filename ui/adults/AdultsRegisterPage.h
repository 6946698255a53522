#pragma once

#include "common/UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class AdultConcernsModel;
class AdultsTableModel;
class AdultsFormDialog;
class AdultsRetentionDialog;
class Vault;

// The adults register (low-level concerns about adults): the adults the signed-in user may see with their
// concern counts, the pattern prompt highlighted; the selected adult's concerns below. Buttons open the
// dialogs to add or amend an adult, record, amend or review a concern, record a LADO consultation, delete the
// records that are past retention, and (headteacher and DSL team) change the settings. Who sees what is
// decided in model/adults; this page only shows it.
class AdultsRegisterPage : public QWidget {
    Q_OBJECT
public:
    AdultsRegisterPage(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    void refresh();
    bool selectAdult(qint64 adultId);
    qint64 selectedAdultId() const;
    qint64 selectedConcernId() const;

    // Each opens its dialog (window-modal) and returns it, or nullptr when nothing is selected to act on.
    AdultsFormDialog* openAddAdult();
    AdultsFormDialog* openAmendAdult();
    AdultsFormDialog* openRecordConcern();
    AdultsFormDialog* openAmendConcern();
    AdultsFormDialog* openReview();
    AdultsFormDialog* openLado();
    AdultsFormDialog* openSettings();
    AdultsRetentionDialog* openRetention();

    AdultsTableModel* adultsModel() const { return m_adults; }
    AdultConcernsModel* concernsModel() const { return m_concerns; }
    QTableView* adultsTable() const { return m_adultsTable; }
    QTableView* concernsTable() const { return m_concernsTable; }
    QLabel* promptBanner() const { return m_prompt; }

private:
    void showSelectedAdult();
    void updateButtons();
    template <typename Dialog>
    QPushButton* addButton(const QString& text, const char* objectName, const QString& accessibleName,
                           Dialog* (AdultsRegisterPage::*open)());
    AdultsFormDialog* show(AdultsFormDialog* dialog);

    Vault& m_vault;
    const UiServices& m_services;
    AdultsTableModel* m_adults = nullptr;
    AdultConcernsModel* m_concerns = nullptr;
    QTableView* m_adultsTable = nullptr;
    QTableView* m_concernsTable = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_error = nullptr;
    QList<QPushButton*> m_needsAdult;
    QList<QPushButton*> m_needsConcern;
    QPushButton* m_lado = nullptr;
    QString m_selectedName;
    int m_unconsidered = 0;
};

} // namespace lantern
