#include "common/PupilPicker.h"

#include "common/FormDialog.h"
#include "common/MessageSeam.h"
#include "common/PupilPickerModels.h"
#include "core/Error.h"
#include "records/Pupil.h"
#include "records/PupilDirectory.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace lantern {

PupilPicker::PupilPicker(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_directory(std::make_unique<PupilDirectory>(vault))
{
    build(false);
}

PupilPicker::PupilPicker(Search search, MessageSeam& messages, QWidget* parent)
    : QWidget(parent)
    , m_rosterSearch(std::move(search))
    , m_messages(&messages)
{
    build(true);
}

void PupilPicker::build(bool allowTyped)
{
    m_found = new PupilSearchModel(this);
    m_chosen = new ChosenChildrenModel(this);
    m_debounce = new QTimer(this);
    setObjectName(QStringLiteral("pupilPicker"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &PupilPicker::searchNow);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pupilSearch"));
    m_search->setAccessibleName(tr("Find a child by name or UPN"));
    m_search->setPlaceholderText(tr("Type a name, then Enter to add"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, [this]() { showHint(QString()); });
    auto* searchLabel = new QLabel(tr("&Find a child:"), this);
    searchLabel->setBuddy(m_search);

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("pupilResults"));
    m_results->setAccessibleName(tr("Children found"));
    m_results->setModel(m_found);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setMaximumHeight(132); // five rows: three Archies and the two below them
    m_results->installEventFilter(this);
    connect(m_results, &QListView::activated, this, [this]() { addCurrentMatch(); });

    // Why Enter added nothing, where the person is looking; read out with the search field.
    m_hint = makeFieldError(this, QStringLiteral("pupilPickerHint"));

    QLabel* typedYearLabel = nullptr;
    if (allowTyped) {
        m_typedYear = new QLineEdit(this);
        m_typedYear->setObjectName(QStringLiteral("typedYearGroup"));
        m_typedYear->setAccessibleName(tr("Year group of a child who is not listed"));
        m_typedYear->setPlaceholderText(tr("e.g. Year 7"));
        typedYearLabel = new QLabel(tr("Not listed? Year &group:"), this);
        typedYearLabel->setBuddy(m_typedYear);
        m_addTyped = new QPushButton(tr("Add as t&yped"), this);
        m_addTyped->setObjectName(QStringLiteral("addTypedChild"));
        m_addTyped->setAccessibleName(tr("Add the child by the name typed"));
        m_addTyped->setAutoDefault(false);
        connect(m_addTyped, &QPushButton::clicked, this, [this]() { addTyped(); });
    }

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("childRole"));
    m_role->setAccessibleName(tr("The child's part in the concern"));
    for (const ChildRole role : {ChildRole::Subject, ChildRole::AllegedHarmer, ChildRole::Witness})
        m_role->addItem(childRoleTitle(role), static_cast<int>(role));
    auto* roleLabel = new QLabel(tr("Their &part:"), this);
    roleLabel->setBuddy(m_role);

    m_add = new QPushButton(tr("A&dd child"), this);
    m_add->setObjectName(QStringLiteral("addChild"));
    m_add->setAccessibleName(tr("Add the child found"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this]() { addCurrentMatch(); });

    m_chosenView = new QTableView(this);
    m_chosenView->setObjectName(QStringLiteral("chosenChildren"));
    m_chosenView->setAccessibleName(tr("Children named in this concern"));
    m_chosenView->setModel(m_chosen);
    m_chosenView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chosenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chosenView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chosenView->setShowGrid(false);
    m_chosenView->setTabKeyNavigation(false); // Tab leaves the list, as everywhere in the form
    m_chosenView->verticalHeader()->hide();
    m_chosenView->horizontalHeader()->setStretchLastSection(true);
    m_chosenView->horizontalHeader()->setSectionResizeMode(ChosenChildrenModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_chosenView->setMaximumHeight(96);
    m_chosenView->installEventFilter(this);

    m_remove = new QPushButton(tr("Remo&ve child"), this);
    m_remove->setObjectName(QStringLiteral("removeChild"));
    m_remove->setAccessibleName(tr("Remove the selected child from the concern"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &PupilPicker::removeCurrentChild);
    const auto updateRemove = [this]() { m_remove->setEnabled(m_chosen->rowCount() > 0); };
    connect(m_chosen, &QAbstractItemModel::rowsInserted, this, updateRemove);
    connect(m_chosen, &QAbstractItemModel::rowsRemoved, this, updateRemove);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel, 0, 0);
    layout->addWidget(m_search, 0, 1, 1, 3);
    layout->addWidget(m_results, 1, 1, 1, 3);
    layout->addWidget(m_hint, 2, 1, 1, 3);
    int row = 3;
    if (allowTyped) {
        layout->addWidget(typedYearLabel, row, 0);
        layout->addWidget(m_typedYear, row, 1);
        layout->addWidget(m_addTyped, row, 2);
        ++row;
    }
    layout->addWidget(roleLabel, row, 0);
    layout->addWidget(m_role, row, 1);
    layout->addWidget(m_add, row, 2);
    layout->addWidget(m_chosenView, row + 1, 1, 1, 3);
    layout->addWidget(m_remove, row + 2, 3, Qt::AlignRight);
    layout->setColumnStretch(3, 1);

    setTabOrder(m_search, m_results);
    if (allowTyped) {
        // A child who is not listed: the name is already in the search field, the year group comes next.
        setTabOrder(m_results, m_typedYear);
        setTabOrder(m_typedYear, m_addTyped);
        setTabOrder(m_addTyped, m_role);
    } else {
        setTabOrder(m_results, m_role);
    }
    setTabOrder(m_role, m_add);
    setTabOrder(m_add, m_chosenView);
    setTabOrder(m_chosenView, m_remove);
    setFocusProxy(m_search);
}

PupilPicker::~PupilPicker() = default;

QList<ConcernChild> PupilPicker::children() const
{
    return m_chosen->children();
}

bool PupilPicker::isEmpty() const
{
    return m_chosen->rowCount() == 0;
}

void PupilPicker::searchNow()
{
    m_debounce->stop();
    try {
        m_found->setPupils(m_directory ? m_directory->search(m_search->text())
                                       : m_rosterSearch(m_search->text()));
    } catch (const Error& error) {
        m_found->setPupils({});
        Q_EMIT searchFailed(error.message());
        return;
    }
    // Nothing is highlighted for the person: the first row is only the best guess (see addCurrentMatch).
    m_results->setCurrentIndex(QModelIndex());
}

int PupilPicker::rowToAdd() const
{
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid() && m_results->selectionModel()->isSelected(current))
        return current.row();
    int exact = -1;
    for (int row = 0; row < m_found->rowCount(); ++row) {
        if (m_found->pupils().at(row).match != NameMatch::Exact)
            continue;
        if (exact >= 0)
            return -1; // two children answer to the name typed: the person must choose
        exact = row;
    }
    return exact;
}

bool PupilPicker::addCurrentMatch()
{
    if (m_debounce->isActive())
        searchNow();
    const int row = rowToAdd();
    if (row >= 0) {
        addPupil(m_found->pupils().at(row));
        return true;
    }
    const QString typed = m_search->text().simplified();
    if (typed.isEmpty())
        showHint(tr("Type a child's name to find them."));
    else if (m_found->rowCount() > 0)
        showHint(tr("%n child(ren) match \"%1\": press Down to choose one, then Enter.", nullptr,
                    m_found->rowCount())
                     .arg(typed));
    else if (m_typedYear)
        showHint(tr("No child on the school's list matches \"%1\". For a child who is not listed, give their "
                    "year group and choose Add as typed.")
                     .arg(typed));
    else
        showHint(tr("No child on the roll matches \"%1\".").arg(typed));
    return false;
}

void PupilPicker::addPupil(const DirectoryPupil& pupil)
{
    const auto role = static_cast<ChildRole>(m_role->currentData().toInt());
    const int row = m_chosen->add(pupil, role);
    m_chosenView->setCurrentIndex(m_chosen->index(row, 0));
    m_chosenView->resizeColumnToContents(ChosenChildrenModel::YearColumn);
    // Ready for the next child.
    m_search->clear();
    m_found->setPupils({});
    showHint(QString());
    Q_EMIT changed();
}

bool PupilPicker::addTyped()
{
    const QString name = m_search->text().simplified();
    if (!m_typedYear)
        return false;
    if (name.isEmpty()) {
        showHint(tr("Children: type the name of the child who is not listed in the search field."));
        m_search->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString year = m_typedYear->text().simplified();
    if (year.isEmpty()) {
        showHint(tr("Year group: give the year group of a child who is not on the school's list, so the DSL "
                    "can find them."));
        m_typedYear->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // A typed name may be a slip ("bully" for a child's name) and the DSL must match it by hand: ask first.
    const QString label = yearGroupLabel(year);
    if (!m_messages->confirm(this, tr("A child who is not on the list"),
                             tr("%1 (%2) is not on the school's list. Add them as typed? The DSL will match "
                                "them to the roll.")
                                 .arg(name, label),
                             tr("Add %1").arg(name)))
        return false;
    DirectoryPupil typed;
    typed.id = m_nextTypedId--;
    typed.displayName = name;
    typed.yearGroup = year;
    m_typedYear->clear();
    addPupil(typed);
    return true;
}

QString PupilPicker::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void PupilPicker::showHint(const QString& text)
{
    setFieldError(m_hint, text);
    m_search->setAccessibleDescription(text); // heard with the field, not only seen under it
}

void PupilPicker::removeCurrentChild()
{
    const QModelIndex current = m_chosenView->currentIndex();
    const int row = current.isValid() ? current.row() : m_chosen->rowCount() - 1;
    if (row < 0)
        return;
    m_chosen->remove(row);
    if (m_chosen->rowCount() > 0)
        m_chosenView->setCurrentIndex(m_chosen->index(qMin(row, m_chosen->rowCount() - 1), 0));
    Q_EMIT changed();
}

bool PupilPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search && enter && key->modifiers() == Qt::NoModifier) {
        addCurrentMatch(); // never a typed child: that needs a year group and a confirmation
        return true;       // never the dialog's default button
    }
    if (watched == m_search && key->key() == Qt::Key_Down) {
        if (m_debounce->isActive())
            searchNow();
        if (m_found->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            const int next = m_results->currentIndex().isValid() ? m_results->currentIndex().row() + 1 : 0;
            m_results->setCurrentIndex(m_found->index(qMin(next, m_found->rowCount() - 1)));
        }
        return true;
    }
    if (watched == m_results && enter && key->modifiers() == Qt::NoModifier) {
        addCurrentMatch();
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (watched == m_chosenView && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeCurrentChild();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lantern
