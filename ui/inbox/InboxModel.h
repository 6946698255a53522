#pragma once

#include "records/Concern.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lantern {

// The DSL's inbox: concerns still waiting for triage, in the order given (ConcernRepository::inbox gives
// oldest first). One row per concern: when it was recorded, when it happened (to its precision), the
// children and their parts, the categories, and who recorded it.
class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RecordedColumn,
        OccurredColumn,
        ChildrenColumn,
        CategoriesColumn,
        RecordedByColumn,
        ColumnCount
    };
    // The raw value behind a cell (a QDateTime, a sort key), for sorting by data rather than display text.
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int ConcernIdRole = Qt::UserRole + 2;

    explicit InboxModel(QObject* parent = nullptr);

    // `recorderNames` maps usernames to what people read ("Sam Patel (spatel)"); unknown ones show as is.
    void setConcerns(QList<ConcernSummary> concerns, QHash<QString, QString> recorderNames = {});
    qint64 concernId(int row) const;
    int rowOf(qint64 concernId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConcernSummary> m_concerns;
    QHash<QString, QString> m_recorders;
};

// What a member of staff sees of the concerns they recorded: a reference, when, and whether the DSL has
// seen it — never the content (ConcernRepository::receipts).
class ReceiptsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReferenceColumn, RecordedColumn, StatusColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ReceiptsModel(QObject* parent = nullptr);

    void setReceipts(QList<ConcernReceipt> receipts);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConcernReceipt> m_receipts;
};

} // namespace lantern
