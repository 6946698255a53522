#pragma once

#include "pupils/RecordTab.h"

class QTableView;

namespace lantern {

// The Documents tab: files kept with the child's record (inside the encrypted vault). "Add…" reads a file
// chosen by the person (refused above the size limit before it is read); "Save a copy…" writes one out,
// audited, to a path they choose.
class DocumentsTab : public RecordTab {
    Q_OBJECT
public:
    explicit DocumentsTab(RecordContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void addDocument();
    void saveCopy();

protected:
    void load() override;

private:
    RecordTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace lantern
