#include "inbox/ChooseChildDialog.h"

#include "common/FormDialog.h"
#include "core/Error.h"
#include "records/PupilRepository.h"
#include "text/TextServices.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

constexpr int kPupilIdRole = Qt::UserRole + 1;
constexpr int kMostFound = 50;

// One line per pupil with what tells two children of one name apart.
QString describe(const Pupil& pupil)
{
    QStringList parts{pupil.displayName()};
    if (pupil.legalName() != pupil.displayName())
        parts.append(ChooseChildDialog::tr("legal name %1").arg(pupil.legalName()));
    QString group = pupil.yearGroup;
    if (!pupil.registrationGroup.isEmpty())
        group += (group.isEmpty() ? QString() : QStringLiteral(", ")) + pupil.registrationGroup;
    if (!group.isEmpty())
        parts.append(group);
    if (pupil.dateOfBirth.isValid())
        parts.append(ChooseChildDialog::tr("born %1").arg(TextServices::formatDate(pupil.dateOfBirth)));
    if (!pupil.upn.isEmpty())
        parts.append(ChooseChildDialog::tr("UPN %1").arg(pupil.upn));
    if (pupil.leavingDate)
        parts.append(ChooseChildDialog::tr("left %1").arg(TextServices::formatDate(*pupil.leavingDate)));
    return parts.join(QStringLiteral(" — "));
}

} // namespace

ChooseChildDialog::ChooseChildDialog(Vault& vault, const InboxFileOutcome& held, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_held(held)
{
    setObjectName(QStringLiteral("chooseChildDialog"));
    setWindowTitle(tr("Choose the child meant"));
    setAccessibleName(tr("Choose the child meant"));
    resize(760, 420);

    auto* intro = new QLabel(
        tr("%1 sent this concern (file %2). Staff name children by name and year group only, and the roll "
           "does not settle who is meant. Choose the pupil for each child below; the choice is recorded in "
           "the audit log with the import.")
            .arg(held.submittedBy, held.fileName),
        this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);

    m_error = makeFieldError(this, QStringLiteral("chooseChildError"));
    try {
        for (const Pupil& pupil : PupilRepository(vault).list())
            m_roll.insert(pupil.id, pupil);
    } catch (const Error& error) {
        setFieldError(m_error, error.message()); // nothing to choose from: say why
    }
    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import with these pupils"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importWithChoice"));
    m_import->setAccessibleName(tr("Import the concern with the pupils chosen"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelChoice"));
    cancel->setAccessibleName(tr("Leave the concern in the inbox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChooseChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const UnmatchedChild& child : held.unmatched)
        addChild(child, this);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Tab goes through each child's search and list in turn, then to the buttons.
    QWidget* previous = nullptr;
    for (const ChildChoice& choice : m_children) {
        for (QWidget* next : {static_cast<QWidget*>(choice.search), static_cast<QWidget*>(choice.choices)}) {
            if (previous)
                setTabOrder(previous, next);
            previous = next;
        }
    }
    if (previous) {
        setTabOrder(previous, m_import);
        setTabOrder(m_import, cancel);
    }
    updateImportButton();
    if (!m_children.isEmpty())
        m_children.first().choices->setFocus(Qt::OtherFocusReason);
}

void ChooseChildDialog::addChild(const UnmatchedChild& child, QWidget* parent)
{
    const int number = child.index + 1;
    ChildChoice choice;
    choice.child = child;
    choice.search = new QLineEdit(parent);
    choice.search->setObjectName(QStringLiteral("searchRollChild%1").arg(number));
    choice.search->setAccessibleName(tr("Search the roll for child %1").arg(number));
    choice.search->setPlaceholderText(tr("Search the roll by name or UPN"));
    choice.search->setClearButtonEnabled(true);
    choice.choices = new QListWidget(parent);
    choice.choices->setObjectName(QStringLiteral("choicesChild%1").arg(number));
    choice.choices->setAccessibleName(tr("Pupils who could be child %1").arg(number));

    auto* heading = new QLabel(
        child.candidates.isEmpty()
            ? tr("Child %1, %2: no pupil on the roll has this name. Search the roll for the child meant:")
                  .arg(number)
                  .arg(child.named())
            : tr("Child %1, %2: %3 pupils on the roll fit. Which one is meant?")
                  .arg(number)
                  .arg(child.named())
                  .arg(child.candidates.size()),
        parent);
    heading->setWordWrap(true);
    heading->setBuddy(child.candidates.isEmpty() ? static_cast<QWidget*>(choice.search)
                                                 : static_cast<QWidget*>(choice.choices));
    auto* layout = static_cast<QVBoxLayout*>(parent->layout());
    layout->addWidget(heading);
    layout->addWidget(choice.search);
    layout->addWidget(choice.choices, 1);

    const int position = static_cast<int>(m_children.size());
    m_children.append(choice);
    connect(choice.search, &QLineEdit::textChanged, this,
            [this, position](const QString& text) { search(m_children[position], text); });
    // A choice is a selected pupil, not merely the current one: focus alone makes the first row current,
    // and nobody should import a child by tabbing past a list.
    connect(choice.choices, &QListWidget::itemSelectionChanged, this, [this]() { updateImportButton(); });
    search(m_children.last(), QString());
}

void ChooseChildDialog::search(ChildChoice& choice, const QString& text)
{
    QList<Pupil> pupils;
    if (text.trimmed().isEmpty()) {
        for (qint64 id : choice.child.candidates) {
            if (m_roll.contains(id))
                pupils.append(m_roll.value(id));
        }
    } else {
        try {
            pupils = PupilRepository(m_vault).search(text).mid(0, kMostFound);
        } catch (const Error& error) {
            setFieldError(m_error, error.message());
        }
    }
    showPupils(choice, pupils);
}

void ChooseChildDialog::showPupils(ChildChoice& choice, const QList<Pupil>& pupils)
{
    choice.choices->clear();
    for (const Pupil& pupil : pupils) {
        auto* item = new QListWidgetItem(describe(pupil), choice.choices);
        item->setData(kPupilIdRole, pupil.id);
    }
    updateImportButton();
}

void ChooseChildDialog::updateImportButton()
{
    bool everyChildChosen = !m_children.isEmpty();
    for (const ChildChoice& choice : m_children)
        everyChildChosen = everyChildChosen && !choice.choices->selectedItems().isEmpty();
    m_import->setEnabled(everyChildChosen);
}

QString ChooseChildDialog::errorText() const
{
    return m_error->text();
}

void ChooseChildDialog::accept()
{
    QHash<int, qint64> chosen;
    for (const ChildChoice& choice : m_children) {
        const QList<QListWidgetItem*> selected = choice.choices->selectedItems();
        if (selected.isEmpty()) {
            setFieldError(m_error, tr("Choose a pupil for child %1 first.").arg(choice.child.index + 1));
            choice.choices->setFocus(Qt::OtherFocusReason);
            return;
        }
        chosen.insert(choice.child.index, selected.first()->data(kPupilIdRole).toLongLong());
    }
    try {
        m_outcome = InboxImporter(m_vault).importHeld(m_held.fileName, chosen);
    } catch (const Error& error) {
        setFieldError(m_error, error.message());
        return;
    }
    QDialog::accept();
}

} // namespace lantern
