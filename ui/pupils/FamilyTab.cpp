#include "pupils/FamilyTab.h"

#include "common/UiServices.h"
#include "records/PupilRepository.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

FamilyTab::FamilyTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
{
    setObjectName(QStringLiteral("familyTab"));
    m_contacts =
        new RecordTableModel(QStringList{tr("Name"), tr("Relationship"), tr("Parental responsibility"),
                                         tr("Lives with the child"), tr("Phone"), tr("Email")},
                             this);
    m_siblings = new RecordTableModel(
        QStringList{tr("Name"), tr("Relationship"), tr("Year"), tr("Date of birth")}, this);

    auto* contactsBox = new QGroupBox(tr("Contacts"), this);
    m_contactTable = makeRecordTable(QStringLiteral("contactsTable"), tr("Contacts"), contactsBox);
    m_contactTable->setModel(m_contacts);
    m_contactTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(m_contactTable);

    auto* siblingsBox = new QGroupBox(tr("Siblings and linked children"), this);
    m_siblingTable =
        makeRecordTable(QStringLiteral("siblingsTable"), tr("Siblings and linked children"), siblingsBox);
    m_siblingTable->setModel(m_siblings);
    m_siblingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_siblingTable->setToolTip(tr("Enter or double-click opens the child's record"));
    m_siblingTable->installEventFilter(this);
    auto* siblingsLayout = new QVBoxLayout(siblingsBox);
    siblingsLayout->addWidget(new QLabel(tr("Enter or double-click opens a child's record."), siblingsBox));
    siblingsLayout->addWidget(m_siblingTable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(contactsBox, 3);
    layout->addWidget(siblingsBox, 2);

    connect(m_siblingTable, &QTableView::activated, this, &FamilyTab::openSelectedSibling);
}

bool FamilyTab::eventFilter(QObject* watched, QEvent* event)
{
    // QTableView's activated() depends on the style for Enter; make it certain.
    if (watched == m_siblingTable && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelectedSibling();
            return true;
        }
    }
    return RecordTab::eventFilter(watched, event);
}

void FamilyTab::openSelectedSibling()
{
    const qint64 id = selectedRecordId(m_siblingTable);
    if (id != 0 && m_context.openPupil)
        m_context.openPupil(id);
}

void FamilyTab::load()
{
    QList<Contact> contacts;
    QList<LinkedPupil> siblings;
    runReported(m_context.services.messages, this, tr("Family"), [&] {
        PupilRepository pupils(m_context.vault);
        contacts = pupils.contacts(m_context.pupil.id);
        siblings = pupils.siblings(m_context.pupil.id);
    });
    QList<RecordRow> rows;
    for (const Contact& contact : contacts) {
        RecordRow row;
        row.id = contact.id;
        row.cells = QStringList{contact.name,
                                contact.relationship,
                                contact.parentalResponsibility ? tr("Yes") : tr("No"),
                                contact.livesWithChild ? tr("Yes") : tr("No"),
                                contact.phone,
                                contact.email};
        row.toolTip = contact.notes;
        rows.append(row);
    }
    m_contacts->setRows(rows);
    rows.clear();
    for (const LinkedPupil& linked : siblings) {
        RecordRow row;
        row.id = linked.pupil.id;
        row.cells = QStringList{linked.pupil.displayName(), linked.link.relationship, linked.pupil.yearGroup,
                                TextServices::formatDate(linked.pupil.dateOfBirth)};
        rows.append(row);
    }
    m_siblings->setRows(rows);
}

} // namespace lantern
