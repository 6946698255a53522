#include "pupils/DocumentsTab.h"

#include "calendar/PartialDate.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "core/AtomicFile.h"
#include "records/AttachmentRepository.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

DocumentsTab::DocumentsTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
{
    setObjectName(QStringLiteral("documentsTab"));
    m_model = new RecordTableModel(QStringList{tr("File"), tr("Size"), tr("Added"), tr("Added by")}, this);
    m_table = makeRecordTable(QStringLiteral("documentsTable"), tr("Documents"), this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("documentAdd"));
    add->setAccessibleName(tr("Add a document"));
    add->setVisible(hasPermission(context.vault.user(), Permission::WritePupilRecords));
    auto* save = new QPushButton(tr("&Save a copy…"), this);
    save->setObjectName(QStringLiteral("documentSave"));
    save->setAccessibleName(tr("Save a copy of the document"));
    save->setEnabled(false);
    save->setVisible(hasPermission(context.vault.user(), Permission::Export));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, add);
    setTabOrder(add, save);

    connect(add, &QPushButton::clicked, this, &DocumentsTab::addDocument);
    connect(save, &QPushButton::clicked, this, &DocumentsTab::saveCopy);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, save] { save->setEnabled(selectedRecordId(m_table) != 0); });
}

void DocumentsTab::load()
{
    QList<Attachment> attachments;
    runReported(m_context.services.messages, this, tr("Documents"), [&] {
        attachments = AttachmentRepository(m_context.vault).list(AttachmentOwner::pupil(m_context.pupil.id));
    });
    QList<RecordRow> rows;
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    for (const Attachment& attachment : attachments) {
        RecordRow row;
        row.id = attachment.id;
        row.cells =
            QStringList{attachment.fileName, locale.formattedDataSize(attachment.sizeBytes),
                        TextServices::formatDateTime(fromIsoUtc(attachment.addedAt)), attachment.addedBy};
        row.raw =
            QVariantList{attachment.fileName, attachment.sizeBytes, attachment.addedAt, attachment.addedBy};
        row.toolTip = attachment.description;
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
}

void DocumentsTab::addDocument()
{
    const QString path = m_context.services.files.existingFile(this, tr("Add a document"), QDir::homePath());
    if (path.isEmpty())
        return;
    const bool added = runReported(m_context.services.messages, this, tr("Add a document"), [&] {
        // Refuse an oversized file before reading it into memory.
        AttachmentRepository::requireWithinLimit(QFileInfo(path).fileName(), QFileInfo(path).size());
        const QByteArray bytes = readWholeFile(path);
        AttachmentRepository(m_context.vault)
            .add(AttachmentOwner::pupil(m_context.pupil.id), QFileInfo(path).fileName(), bytes);
    });
    if (added)
        reload();
}

void DocumentsTab::saveCopy()
{
    const qint64 id = selectedRecordId(m_table);
    if (id == 0)
        return;
    const QString path = m_context.services.files.newPath(this, tr("Save a copy"), QDir::homePath());
    if (path.isEmpty())
        return;
    runReported(m_context.services.messages, this, tr("Save a copy"),
                [&] { AttachmentRepository(m_context.vault).exportTo(id, path); });
}

} // namespace lantern
