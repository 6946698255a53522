#pragma once

#include "pupils/RecordTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lantern {

class ChronologyFilterModel;
class ChronologyModel;
class PrintSeam;

// The Chronology tab: the child's dated events, filtered by type, dates and significance (amended-away
// entries hidden unless asked for), oldest or newest first (remembered) or sorted by any column, the
// selected entry in full below the table (Enter moves there), printed or saved as a PDF.
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
    QComboBox* order() const { return m_order; }
    QPlainTextEdit* detail() const { return m_detail; }
    // The QSettings key of the remembered order (true: newest first).
    static QString newestFirstKey();

protected:
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void fillTypes();
    void applyOrder();
    void followHeaderSort(int column, Qt::SortOrder order);
    void showSelected();
    void readSelected();

    ChronologyModel* m_model = nullptr;
    ChronologyFilterModel* m_filter = nullptr;
    std::unique_ptr<PrintSeam> m_defaultPrint;
    PrintSeam* m_print = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_order = nullptr;
    QPlainTextEdit* m_detail = nullptr;
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
