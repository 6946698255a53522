#include "concern/ConcernForm.h"

#include "calendar/UkTime.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/PartialDateEdit.h"
#include "common/PupilPicker.h"
#include "common/PupilPickerModels.h"
#include "concern/BodyMapWidget.h"
#include "concern/CategoryPicker.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/AttachmentRepository.h"
#include "records/ConcernRepository.h"
#include "records/ConcernValidator.h"
#include "submit/RosterSearch.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lantern {

namespace {

// The fields by the identifiers the model's errors carry (ConcernField); attachments are checked here.
const QString childrenField = ConcernField::children;
const QString occurredField = ConcernField::occurred;
const QString categoriesField = ConcernField::categories;
const QString accountField = ConcernField::account;
const QString bodyMapField = ConcernField::bodyMap;
const QString attachmentsField = QStringLiteral("concern.attachments");

QPlainTextEdit* textBox(const QString& objectName, const QString& accessibleName, const QString& placeholder,
                        int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // Tab moves on, as everywhere else in the form
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

ConcernForm::ConcernForm(Vault& vault, const UiServices& services, QWidget* parent)
    : ConcernForm(&vault, nullptr, services, parent)
{}

ConcernForm::ConcernForm(StaffSubmitter& submitter, const UiServices& services, QWidget* parent)
    : ConcernForm(nullptr, &submitter, services, parent)
{}

ConcernForm::ConcernForm(Vault* vault, StaffSubmitter* submitter, const UiServices& services, QWidget* parent)
    : FormDialog(services.messages, parent)
    , m_vault(vault)
    , m_submitter(submitter)
    , m_services(services)
{
    setObjectName(QStringLiteral("concernForm"));
    setWindowTitle(tr("Record a concern"));
    setAccessibleName(tr("Record a concern"));
    resize(1180, 860);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("concernFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    // Children.
    auto* childrenBox = new QGroupBox(tr("Children"), content);
    if (m_vault) {
        m_picker = new PupilPicker(*m_vault, childrenBox);
    } else {
        const auto roster = std::make_shared<RosterSearch>(m_submitter->profile().roster);
        m_picker = new PupilPicker([roster](const QString& text) { return roster->search(text); },
                                   services.messages, childrenBox);
    }
    auto* childrenLayout = new QVBoxLayout(childrenBox);
    childrenLayout->addWidget(m_picker);
    m_errors.insert(childrenField, makeFieldError(childrenBox, QStringLiteral("childrenError")));
    childrenLayout->addWidget(m_errors.value(childrenField));
    m_fields.insert(childrenField, m_picker->searchEdit());
    connect(m_picker, &PupilPicker::searchFailed, this,
            [this](const QString& message) { showError(QString(), message); });

    // When and where.
    auto* whenBox = new QGroupBox(tr("When and where"), content);
    m_when = new PartialDateEdit(whenBox);
    m_when->setObjectName(QStringLiteral("occurred"));
    m_when->setAccessibleBaseName(tr("When it happened"));
    const QDate today = ukToday(services.clock);
    m_when->setMaximumDate(today);
    m_when->setValue(PartialDate::day(today));
    auto* whenLabel = new QLabel(tr("&When it happened:"), whenBox);
    whenLabel->setBuddy(m_when);
    m_recordedAt = makeDataLabel(QString(), whenBox);
    m_recordedAt->setObjectName(QStringLiteral("recordedAt"));
    m_location = new QLineEdit(whenBox);
    m_fields.insert(QString(ConcernField::location), m_location);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("e.g. playground, Year 5 classroom"));
    auto* locationLabel = new QLabel(tr("L&ocation:"), whenBox);
    locationLabel->setBuddy(m_location);
    auto* whenForm = new QFormLayout(whenBox);
    whenForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    whenForm->addRow(whenLabel, m_when);
    m_errors.insert(occurredField, makeFieldError(whenBox, QStringLiteral("occurredError")));
    m_fields.insert(occurredField, m_when->dateEdit());
    whenForm->addRow(QString(), m_errors.value(occurredField));
    whenForm->addRow(QString(), m_recordedAt);
    whenForm->addRow(locationLabel, m_location);

    // Categories.
    auto* categoriesBox = new QGroupBox(tr("Categories of harm"), content);
    m_categories = new CategoryPicker(categoriesBox);
    auto* categoriesLabel = new QLabel(tr("Fil&ter the list, then tick one or more:"), categoriesBox);
    categoriesLabel->setBuddy(m_categories->filterEdit());
    auto* categoriesLayout = new QVBoxLayout(categoriesBox);
    categoriesLayout->addWidget(categoriesLabel);
    categoriesLayout->addWidget(m_categories, 1);
    m_errors.insert(categoriesField, makeFieldError(categoriesBox, QStringLiteral("categoriesError")));
    m_fields.insert(categoriesField, m_categories->filterEdit());
    categoriesLayout->addWidget(m_errors.value(categoriesField));

    // What happened.
    auto* accountBox = new QGroupBox(tr("What happened"), content);
    m_account = textBox(QStringLiteral("account"), tr("Account"),
                        tr("What you saw and heard, as facts: who, what, where, when."), 6, accountBox);
    auto* accountLabel = new QLabel(tr("Acco&unt (required):"), accountBox);
    accountLabel->setBuddy(m_account);
    m_words = textBox(QStringLiteral("childWords"), tr("The child's exact words"),
                      tr("Exactly what the child said, in their words, even if it is rude or unclear."), 3,
                      accountBox);
    auto* wordsLabel = new QLabel(tr("The child's e&xact words:"), accountBox);
    wordsLabel->setBuddy(m_words);
    auto* accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(accountLabel);
    accountLayout->addWidget(m_account, 2);
    m_errors.insert(accountField, makeFieldError(accountBox, QStringLiteral("accountError")));
    m_fields.insert(accountField, m_account);
    accountLayout->addWidget(m_errors.value(accountField));
    accountLayout->addWidget(wordsLabel);
    accountLayout->addWidget(m_words, 1);
    m_fields.insert(QString(ConcernField::childWords), m_words);

    // Body map.
    auto* bodyBox = new QGroupBox(tr("Body map"), content);
    m_bodyMap = new BodyMapWidget(bodyBox);
    auto* bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->addWidget(m_bodyMap);
    m_errors.insert(bodyMapField, makeFieldError(bodyBox, QStringLiteral("bodyMapError")));
    m_fields.insert(bodyMapField, m_bodyMap->regionCombo());
    bodyLayout->addWidget(m_errors.value(bodyMapField));

    // Immediate action.
    auto* actionBox = new QGroupBox(tr("Immediate action"), content);
    m_action =
        textBox(QStringLiteral("immediateAction"), tr("Immediate action taken"),
                tr("What you did straight away, e.g. told the DSL in person, first aid."), 3, actionBox);
    auto* actionLabel = new QLabel(tr("&Immediate action taken:"), actionBox);
    actionLabel->setBuddy(m_action);
    auto* actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(actionLabel);
    actionLayout->addWidget(m_action);
    m_fields.insert(QString(ConcernField::immediateAction), m_action);

    // Attachments.
    auto* filesBox = new QGroupBox(tr("Attachments"), content);
    buildAttachments(filesBox);

    // Two columns read top to bottom: who, when and what kind on the left; what happened on the right.
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(childrenBox);
    left->addWidget(whenBox);
    left->addWidget(categoriesBox, 1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(accountBox, 2);
    right->addWidget(bodyBox, 2);
    right->addWidget(actionBox);
    right->addWidget(filesBox);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(16, 12, 16, 12);
    columns->setSpacing(16);
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);

    // Buttons. Neither is a default button: Enter belongs to the fields, Ctrl+Enter records.
    m_generalError = makeFieldError(this, QStringLiteral("formError"));
    m_record = new QPushButton(tr("&Record concern"), this);
    m_record->setObjectName(QStringLiteral("recordConcern"));
    m_record->setAccessibleName(tr("Record the concern"));
    m_record->setToolTip(tr("Ctrl+Enter"));
    m_record->setAutoDefault(false);
    if (m_submitter) {
        m_record->setText(tr("&Send concern"));
        m_record->setAccessibleName(tr("Seal the concern and send it to the DSL"));
    }
    connect(m_record, &QPushButton::clicked, this, &ConcernForm::save);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelConcern"));
    m_cancel->setAccessibleName(tr("Cancel without recording"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, [this]() { requestDiscard(); });
    auto* keys = hint(m_submitter ? tr("Ctrl+Enter sends the concern · Escape cancels")
                                  : tr("Ctrl+Enter records the concern · Escape cancels"),
                      this);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(16, 4, 16, 12);
    buttons->addWidget(keys, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_record);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto* errorRow = new QHBoxLayout;
    errorRow->setContentsMargins(16, 0, 16, 0);
    errorRow->addWidget(m_generalError);
    layout->addLayout(errorRow);
    layout->addLayout(buttons);

    // Reading order: down the left, then the right, row by row, then the buttons.
    QList<QWidget*> order{m_picker->searchEdit(),
                          m_picker->resultsView(),
                          m_picker->roleCombo(),
                          m_picker->findChild<QPushButton*>(QStringLiteral("addChild")),
                          m_picker->chosenView(),
                          m_picker->findChild<QPushButton*>(QStringLiteral("removeChild")),
                          m_when->precisionCombo(),
                          m_when->dateEdit(),
                          m_location,
                          m_categories->filterEdit(),
                          m_categories->tree(),
                          m_account,
                          m_words,
                          m_bodyMap->regionCombo(),
                          m_bodyMap->findChild<QPushButton*>(QStringLiteral("bodyMapAdd")),
                          m_bodyMap->findChild<QWidget*>(QStringLiteral("bodyMapMarks")),
                          m_bodyMap->noteEdit(),
                          m_bodyMap->findChild<QPushButton*>(QStringLiteral("bodyMapRemove")),
                          m_action};
    if (m_picker->allowsTyped()) // a child the roster does not list: after the matches, before their part
        order = order.mid(0, 2) + QList<QWidget*>{m_picker->typedYearEdit(), m_picker->addTypedButton()} +
                order.mid(2);
    if (m_addFile)
        order << m_addFile << m_attachmentList << m_removeFile;
    order << m_cancel << m_record;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Anything typed makes the draft worth asking about before it is thrown away.
    const auto edited = [this]() { m_edited = true; };
    connect(m_picker, &PupilPicker::changed, this, edited);
    connect(m_picker->searchEdit(), &QLineEdit::textEdited, this, edited);
    connect(m_when, &PartialDateEdit::valueChanged, this, edited);
    connect(m_location, &QLineEdit::textEdited, this, edited);
    connect(m_categories, &CategoryPicker::changed, this, edited);
    connect(m_account, &QPlainTextEdit::textChanged, this, edited);
    connect(m_words, &QPlainTextEdit::textChanged, this, edited);
    connect(m_bodyMap, &BodyMapWidget::changed, this, edited);
    connect(m_action, &QPlainTextEdit::textChanged, this, edited);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(20 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ConcernForm::showRecordedAt);
    m_clockTimer->start();
    showRecordedAt();
    m_picker->searchEdit()->setFocus(Qt::OtherFocusReason);
}

ConcernForm::~ConcernForm() = default;

void ConcernForm::buildAttachments(QWidget* box)
{
    auto* layout = new QVBoxLayout(box);
    if (!m_vault || !hasPermission(m_vault->user(), Permission::WritePupilRecords)) {
        // Staff cannot add to records; a paper note or photo goes to the DSL by hand.
        layout->addWidget(hint(tr("If you have a written note or a photo, give it to the DSL with this "
                                  "concern; they will add it to the record."),
                               box));
        layout->addStretch(1);
        return;
    }
    m_attachmentList = new QListWidget(box);
    m_attachmentList->setObjectName(QStringLiteral("attachments"));
    m_attachmentList->setAccessibleName(tr("Files to attach"));
    m_attachmentList->setMinimumHeight(60);
    m_addFile = new QPushButton(tr("Add fil&e…"), box);
    m_addFile->setObjectName(QStringLiteral("addAttachment"));
    m_addFile->setAccessibleName(tr("Add a file to attach"));
    m_addFile->setAutoDefault(false);
    connect(m_addFile, &QPushButton::clicked, this, &ConcernForm::chooseAttachment);
    m_removeFile = new QPushButton(tr("Remove &selected file"), box);
    m_removeFile->setObjectName(QStringLiteral("removeAttachment"));
    m_removeFile->setAccessibleName(tr("Remove the selected file"));
    m_removeFile->setAutoDefault(false);
    connect(m_removeFile, &QPushButton::clicked, this, [this]() {
        const int row = m_attachmentList->currentRow();
        if (row < 0)
            return;
        delete m_attachmentList->takeItem(row);
        m_attachments.removeAt(row);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFile);
    buttons->addStretch(1);
    buttons->addWidget(m_removeFile);
    layout->addWidget(
        hint(tr("Scans or photos, stored inside the vault once the concern is recorded."), box));
    layout->addWidget(m_attachmentList, 1);
    layout->addLayout(buttons);
    m_errors.insert(attachmentsField, makeFieldError(box, QStringLiteral("attachmentsError")));
    m_fields.insert(attachmentsField, m_addFile);
    layout->addWidget(m_errors.value(attachmentsField));
}

void ConcernForm::chooseAttachment()
{
    if (!m_addFile)
        return;
    const QString path = m_services.files.existingFile(this, tr("Attach a file"), QDir::homePath());
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    try {
        AttachmentRepository::requireWithinLimit(info.fileName(), info.size());
    } catch (const Error& error) {
        setFieldError(m_errors.value(attachmentsField), error.message());
        return;
    }
    setFieldError(m_errors.value(attachmentsField), QString());
    m_attachments.append(path);
    auto* item = new QListWidgetItem(
        tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())), m_attachmentList);
    m_attachmentList->setCurrentItem(item);
    m_edited = true;
}

void ConcernForm::showRecordedAt()
{
    m_recordedAt->setText(
        tr("Will be recorded at %1").arg(TextServices::formatDateTime(m_services.clock.nowUtc())));
}

bool ConcernForm::hasInput() const
{
    return m_edited && m_recordedId == 0 && !m_sent;
}

QString ConcernForm::discardQuestion() const
{
    return tr("This concern has not been recorded. If you discard it, what you wrote is gone.");
}

QString ConcernForm::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    if (!label)
        return field.isEmpty() && !m_generalError->isHidden() ? m_generalError->text() : QString();
    return label->isHidden() ? QString() : label->text();
}

void ConcernForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        setFieldError(label, QString());
    setFieldError(m_generalError, QString());
}

void ConcernForm::showError(const QString& field, const QString& message)
{
    QLabel* label = m_errors.value(field, m_generalError);
    setFieldError(label, message);
    if (QWidget* input = m_fields.value(field)) {
        input->setFocus(Qt::OtherFocusReason);
        if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("concernFormScroll")))
            scroll->ensureWidgetVisible(input);
    }
}

void ConcernForm::save()
{
    if (m_submitter)
        submitConcern();
    else
        recordConcern();
}

template <typename Child> ConcernContentOf<Child> ConcernForm::content(QList<Child> children) const
{
    return {m_when->value(),          m_location->text(),     std::move(children), m_categories->checkedIds(),
            m_account->toPlainText(), m_words->toPlainText(), m_bodyMap->marks(),  m_action->toPlainText()};
}

std::optional<SubmissionReceipt> ConcernForm::submitConcern()
{
    if (!m_submitter || m_sent)
        return std::nullopt;
    clearErrors();
    QList<SubmittedChild> children;
    for (const ChosenChildrenModel::Chosen& chosen : m_picker->chosenModel()->chosen())
        children.append({chosen.pupil.displayName, chosen.pupil.yearGroup, chosen.pupil.id > 0, chosen.role});
    const SubmittedConcern concern = content(children);
    SubmissionReceipt receipt;
    try {
        receipt = m_submitter->submitConcern(concern);
    } catch (const Error& error) {
        showError(error.field(), error.message());
        return std::nullopt;
    }
    m_sent = true;
    Q_EMIT submitted(receipt);
    accept();
    return receipt;
}

qint64 ConcernForm::recordConcern()
{
    if (!m_vault)
        return 0;
    if (m_recordedId != 0)
        return m_recordedId;
    clearErrors();
    const ConcernContent concern = content(m_picker->children());
    try {
        m_recordedId = ConcernRepository(*m_vault).record(concern);
    } catch (const Error& error) {
        showError(error.field(), error.message());
        return 0;
    }

    const QStringList failed = attachFiles(m_recordedId);
    if (!failed.isEmpty())
        messages().warning(this, tr("Some files were not attached"),
                           tr("The concern was recorded. These files could not be attached; give them to the "
                              "DSL instead:\n\n%1")
                               .arg(failed.join(QLatin1Char('\n'))));
    Q_EMIT recorded(m_recordedId);
    accept();
    return m_recordedId;
}

QStringList ConcernForm::attachFiles(qint64 concernId)
{
    QStringList failed;
    AttachmentRepository attachments(*m_vault);
    for (const QString& path : std::as_const(m_attachments)) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failed.append(tr("%1: could not be read (%2)").arg(name, file.errorString()));
            continue;
        }
        try {
            attachments.add(AttachmentOwner::concern(concernId), name, file.readAll());
        } catch (const Error& error) {
            failed.append(error.message());
        }
    }
    return failed;
}

QPushButton* makeRecordConcernButton(QWidget* page, const std::function<void()>& open)
{
    auto* button = new QPushButton(QCoreApplication::translate("RecordConcern", "&Record a concern…"), page);
    button->setObjectName(QStringLiteral("recordConcernButton"));
    button->setAccessibleName(QCoreApplication::translate("RecordConcern", "Record a concern"));
    button->setToolTip(QCoreApplication::translate("RecordConcern", "Ctrl+N"));
    QObject::connect(button, &QPushButton::clicked, page, open);
    auto* action = new QAction(QCoreApplication::translate("RecordConcern", "Record a concern…"), page);
    action->setObjectName(QStringLiteral("actionRecordConcern"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, page, open);
    page->addAction(action);
    return button;
}

} // namespace lantern
