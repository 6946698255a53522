#pragma once

#include "import/RosterImporter.h"

#include <QAbstractTableModel>
#include <QList>

namespace lantern {

// The dry run's rejected rows, in file order: where each is and why, so the school can fix its export.
class ImportRejectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, UpnColumn, ReasonColumn, ColumnCount };

    explicit ImportRejectionModel(QObject* parent = nullptr);

    void setRejections(const QList<ImportRejection>& rejections);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRejection> m_rows;
};

// What the import would do to the roll: new pupils, changed ones with the fields that change, and leavers.
class ImportChangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, LineColumn, UpnColumn, NameColumn, FieldsColumn, ColumnCount };
    enum class Kind { Added, Changed, Left };

    explicit ImportChangeModel(QObject* parent = nullptr);

    void setPlan(const ImportPlan& plan);
    void clear();
    Kind kind(int row) const { return m_rows.at(row).kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        ImportChange change;
    };
    QList<Row> m_rows;
};

} // namespace lantern
