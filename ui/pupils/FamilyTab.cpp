#include "pupils/FamilyTab.h"

#include "calendar/UkTime.h"
#include "common/UiServices.h"
#include "pupils/HouseholdDialog.h"
#include "records/HouseholdRepository.h"
#include "records/PupilRepository.h"
#include "reference/CodeList.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
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

    m_household = new RecordTableModel(QStringList{tr("Name"), tr("Relationship"), tr("Born / expected"),
                                                   tr("Lives with the child"), tr("Parental responsibility"),
                                                   tr("Interpreter / language")},
                                       this);
    auto* householdBox = new QGroupBox(tr("Household"), this);
    m_householdTable = makeRecordTable(QStringLiteral("householdTable"), tr("Household"), householdBox);
    m_householdTable->setModel(m_household);
    m_householdTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_householdTable->setToolTip(tr("Who the child lives with or who matters at home, beyond the contacts: "
                                    "recorded here once and carried by every referral pack"));
    m_addMember = new QPushButton(tr("&Add…"), householdBox);
    m_addMember->setObjectName(QStringLiteral("householdAdd"));
    m_addMember->setAccessibleName(tr("Add someone to the household"));
    m_amendMember = new QPushButton(tr("A&mend…"), householdBox);
    m_amendMember->setObjectName(QStringLiteral("householdAmend"));
    m_amendMember->setAccessibleName(tr("Amend the selected household member"));
    m_removeMember = new QPushButton(tr("Remo&ve…"), householdBox);
    m_removeMember->setObjectName(QStringLiteral("householdRemove"));
    m_removeMember->setAccessibleName(tr("Remove the selected household member"));
    // Only those who may write case records see the buttons; everyone who may read sees the list.
    const bool mayWrite = hasPermission(context.vault.user(), Permission::WritePupilRecords);
    for (QPushButton* button : {m_addMember, m_amendMember, m_removeMember})
        button->setVisible(mayWrite);
    auto* householdButtons = new QHBoxLayout;
    householdButtons->addStretch(1);
    householdButtons->addWidget(m_addMember);
    householdButtons->addWidget(m_amendMember);
    householdButtons->addWidget(m_removeMember);
    auto* householdLayout = new QVBoxLayout(householdBox);
    householdLayout->addWidget(m_householdTable);
    householdLayout->addLayout(householdButtons);

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
    layout->addWidget(householdBox, 3);
    layout->addWidget(siblingsBox, 2);
    setTabOrder(m_contactTable, m_householdTable);
    setTabOrder(m_householdTable, m_addMember);
    setTabOrder(m_addMember, m_amendMember);
    setTabOrder(m_amendMember, m_removeMember);
    setTabOrder(m_removeMember, m_siblingTable);

    connect(m_siblingTable, &QTableView::activated, this, &FamilyTab::openSelectedSibling);
    connect(m_addMember, &QPushButton::clicked, this, &FamilyTab::addHouseholdMember);
    connect(m_amendMember, &QPushButton::clicked, this, &FamilyTab::amendHouseholdMember);
    connect(m_removeMember, &QPushButton::clicked, this, &FamilyTab::removeHouseholdMember);
    connect(m_householdTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamilyTab::updateButtons);
    connect(m_household, &QAbstractItemModel::modelReset, this, &FamilyTab::updateButtons);
    updateButtons();
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
    m_members.clear();
    runReported(m_context.services.messages, this, tr("Family"), [&] {
        PupilRepository pupils(m_context.vault);
        contacts = pupils.contacts(m_context.pupil.id);
        m_members = HouseholdRepository(m_context.vault).members(m_context.pupil.id);
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
    const QDate today = ukToday(m_context.services.clock);
    const CodeList& languages = CodeList::get(QStringLiteral("language-top-level"));
    for (const HouseholdMember& member : m_members) {
        const HouseholdMemberVersion& now = member.current;
        QString interpreter = now.needsInterpreter ? tr("Needs an interpreter") : tr("No");
        if (!now.language.isEmpty())
            interpreter += QStringLiteral(" · ") + languages.label(now.language);
        RecordRow row;
        row.id = member.id;
        row.cells = QStringList{now.name,
                                now.relationship,
                                householdAgeText(now, today),
                                now.livesWithChild ? tr("Yes") : tr("No"),
                                now.parentalResponsibility ? tr("Yes") : tr("No"),
                                interpreter};
        row.toolTip = now.notes;
        rows.append(row);
    }
    m_household->setRows(rows);
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

const HouseholdMember* FamilyTab::selectedMember() const
{
    const qint64 id = selectedRecordId(m_householdTable);
    for (const HouseholdMember& member : m_members)
        if (member.id == id)
            return &member;
    return nullptr;
}

void FamilyTab::updateButtons()
{
    const bool selected = selectedMember() != nullptr;
    m_amendMember->setEnabled(selected);
    m_removeMember->setEnabled(selected);
}

QDialog* FamilyTab::addHouseholdMember()
{
    Vault& vault = m_context.vault;
    const qint64 pupilId = m_context.pupil.id;
    auto* dialog = new HouseholdDialog(
        ukToday(m_context.services.clock), std::nullopt,
        [&vault, pupilId](const HouseholdMemberDetails& details, const QString&) {
            HouseholdRepository(vault).add(pupilId, details);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

QDialog* FamilyTab::amendHouseholdMember()
{
    const HouseholdMember* member = selectedMember();
    if (!member)
        return nullptr;
    Vault& vault = m_context.vault;
    const qint64 memberId = member->id;
    auto* dialog = new HouseholdDialog(
        ukToday(m_context.services.clock), HouseholdMemberDetails(member->current),
        [&vault, memberId](const HouseholdMemberDetails& details, const QString& reason) {
            HouseholdRepository(vault).amend(memberId, details, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

QDialog* FamilyTab::removeHouseholdMember()
{
    const HouseholdMember* member = selectedMember();
    if (!member)
        return nullptr;
    Vault& vault = m_context.vault;
    const qint64 memberId = member->id;
    auto* dialog = new HouseholdRemoveDialog(
        member->current.name,
        [&vault, memberId](const QString& reason) { HouseholdRepository(vault).remove(memberId, reason); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

} // namespace lantern
