#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace lantern {

// Audit entries for a table: number, the store whose chain holds it (numbers repeat across stores), when
// (UK time), who, what, which record, details. The entries come
// from AuditViewer::search, which checked the permission and recorded the look.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        StoreColumn,
        WhenColumn,
        ActorColumn,
        ActionColumn,
        ObjectColumn,
        DetailsColumn,
        ColumnCount
    };
    // The raw value behind a cell, for sorting by data rather than display text.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The store of a chain, for people: "main" is "Directory", "cases" "Case records", …
    static QString chainTitle(const QString& chain);

private:
    QList<AuditEntry> m_entries;
};

// What AuditLog::verify found, for people: "Intact: N entries checked." or the first broken link.
QString auditVerificationText(const AuditVerification& result);

} // namespace lantern
