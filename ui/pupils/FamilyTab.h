#pragma once

#include "pupils/RecordTab.h"
#include "records/Household.h"

#include <QList>

class QDialog;
class QPushButton;
class QTableView;

namespace lantern {

// The Family tab: contacts (who has parental responsibility, who the child lives with), the household as the
// DSL team knows it (a baby, an unborn sibling, a parent's partner: records/Household.h) with Add…, Amend…
// and Remove… for those who may write case records, and siblings and other linked children; Enter or a
// double-click on a sibling opens their record.
class FamilyTab : public RecordTab {
    Q_OBJECT
public:
    explicit FamilyTab(RecordContext& context, QWidget* parent = nullptr);

    QTableView* siblingsTable() const { return m_siblingTable; }
    QTableView* householdTable() const { return m_householdTable; }
    RecordTableModel* householdModel() const { return m_household; }
    QPushButton* addHouseholdButton() const { return m_addMember; }
    QPushButton* amendHouseholdButton() const { return m_amendMember; }
    QPushButton* removeHouseholdButton() const { return m_removeMember; }
    void openSelectedSibling();

    // The dialogs, opened (window-modal) and returned; nullptr when no member is selected to amend or remove.
    QDialog* addHouseholdMember();
    QDialog* amendHouseholdMember();
    QDialog* removeHouseholdMember();

protected:
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const HouseholdMember* selectedMember() const;
    void updateButtons();

    RecordTableModel* m_contacts = nullptr;
    RecordTableModel* m_household = nullptr;
    RecordTableModel* m_siblings = nullptr;
    QTableView* m_contactTable = nullptr;
    QTableView* m_householdTable = nullptr;
    QTableView* m_siblingTable = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_amendMember = nullptr;
    QPushButton* m_removeMember = nullptr;
    QList<HouseholdMember> m_members;
};

} // namespace lantern
