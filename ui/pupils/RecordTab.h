#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QWidget;

namespace lantern {

class Error;
class MessageSeam;

// What the tabs of a pupil's record share: a read-only table model for their lists, a consistent table
// look, data labels and one way of reporting the model's refusals.

// One line of a record list: its cells as shown, the raw values for sorting (optional, else the text) and
// the id of what it stands for.
struct RecordRow {
    qint64 id = 0;
    QStringList cells;
    QVariantList raw;
    QString toolTip;
    bool muted = false; // drawn in the disabled colour (an ended plan, a superseded entry)
};

// A read-only table of RecordRows under fixed headers. Each tab turns its records into rows, so one
// well-tested model serves them all.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<RecordRow> rows);
    const QList<RecordRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<RecordRow> m_rows;
};

// Read-only, whole-row selection, no grid, alternating rows, last column stretched; named for screen readers.
QTableView* makeRecordTable(const QString& objectName, const QString& accessibleName, QWidget* parent);
// The id of the selected row (RecordTableModel::IdRole), 0 when nothing is selected.
qint64 selectedRecordId(const QTableView* table);

// A label showing data rather than interface text: selectable, plain text, and marked so the translation
// test skips it.
QLabel* recordDataLabel(const QString& text, QWidget* parent);
// A read-only text showing a record in full (data, not interface text, like recordDataLabel); Tab leaves it.
QPlainTextEdit* recordDataText(const QString& objectName, const QString& accessibleName, QWidget* parent);

// Runs `action`; shows an Error's message (which names the field) in a warning titled `title` and returns
// false. Other exceptions are reported as unexpected.
bool runReported(MessageSeam& messages, QWidget* parent, const QString& title,
                 const std::function<void()>& action);

} // namespace lantern

#include "records/Pupil.h"

#include <QWidget>

namespace lantern {

class PageHost;
class Vault;
struct UiServices;

// What every tab of a pupil's record works with. `host` may be null (a tab tested on its own).
struct RecordContext {
    Vault& vault;
    const UiServices& services;
    PageHost* host = nullptr;
    Pupil pupil;
    std::function<void(qint64)> openPupil; // opens another child's record (a sibling)
};

// A tab of a pupil's record. It reads its records the first time it is shown, not when the record opens:
// each read is an audited view, and the audit log should say what the person actually looked at.
class RecordTab : public QWidget {
    Q_OBJECT
public:
    explicit RecordTab(RecordContext& context, QWidget* parent = nullptr);

    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    // Reads again (after an addition or an amendment).
    void reload();

protected:
    virtual void load() = 0;
    RecordContext& m_context;

private:
    bool m_loaded = false;
};

} // namespace lantern
