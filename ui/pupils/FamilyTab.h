#pragma once

#include "pupils/RecordTab.h"

class QTableView;

namespace lantern {

// The Family tab: contacts (who has parental responsibility, who the child lives with) and siblings and other
// linked children; Enter or a double-click on a sibling opens their record.
class FamilyTab : public RecordTab {
    Q_OBJECT
public:
    explicit FamilyTab(RecordContext& context, QWidget* parent = nullptr);

    QTableView* siblingsTable() const { return m_siblingTable; }
    void openSelectedSibling();

protected:
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RecordTableModel* m_contacts = nullptr;
    RecordTableModel* m_siblings = nullptr;
    QTableView* m_contactTable = nullptr;
    QTableView* m_siblingTable = nullptr;
};

} // namespace lantern
