#pragma once

#include "pupils/RecordTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace lantern {

class ChronologyFilterModel;
class ChronologyModel;
class PrintSeam;

// The Chronology tab: the child's dated events, filtered by type, dates and significance (amended-away
// entries hidden unless asked for), printed through the print dialog or saved as a PDF.
class ChronologyTab : public RecordTab {
    Q_OBJECT
public:
    explicit ChronologyTab(RecordContext& context, QWidget* parent = nullptr);
    ~ChronologyTab() override;

    // Tests answer the print dialog through this; the default is Qt's dialog.
    void setPrintSeam(PrintSeam* seam) { m_print = seam; }
    void print();
    void saveAsPdf();

    ChronologyModel* model() const { return m_model; }
    ChronologyFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }

protected:
    void load() override;

private:
    void applyFilter();
    void fillTypes();

    ChronologyModel* m_model = nullptr;
    ChronologyFilterModel* m_filter = nullptr;
    std::unique_ptr<PrintSeam> m_defaultPrint;
    PrintSeam* m_print = nullptr;
    QComboBox* m_type = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_significant = nullptr;
    QCheckBox* m_superseded = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace lantern
