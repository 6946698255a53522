#include "inbox/TriageDialog.h"

#include "calendar/UkTime.h"
#include "common/MessageSeam.h"
#include "concern/BodyMapModel.h"
#include "concern/BodyMapWidget.h"
#include "concern/ConcernLabels.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/ConcernRepository.h"
#include "records/ConcernValidator.h"
#include "records/Decision.h"
#include "records/DecisionRepository.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lantern {

namespace {

// The fields by the identifiers the model's errors carry (DecisionField).
const QString outcomeField = DecisionField::outcome;
const QString reasonsField = DecisionField::reasons;
const QString parentsField = DecisionField::parentsInformed;
const QString reviewField = DecisionField::reviewDate;

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString personName(Vault& vault, const QString& username)
{
    const std::optional<User> user = vault.findUser(username);
    return user ? QStringLiteral("%1 (%2)").arg(user->displayName, username) : username;
}

} // namespace

TriageDialog::TriageDialog(Vault& vault, const UiServices& services, qint64 concernId, QWidget* parent)
    : FormDialog(services.messages, parent)
    , m_vault(vault)
    , m_services(services)
    , m_concernId(concernId)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage concern %1").arg(concernId));
    setAccessibleName(tr("Triage a concern"));
    resize(1080, 720);

    try {
        m_concern = ConcernRepository(vault).get(concernId);
        m_loaded = true;
    } catch (const Error& error) {
        m_loadError = error.message();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    if (!m_loaded) {
        layout->addWidget(makeDataLabel(m_loadError, this));
        m_cancel = new QPushButton(tr("Close"), this);
        m_cancel->setObjectName(QStringLiteral("cancelTriage"));
        m_cancel->setAccessibleName(tr("Close"));
        connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
        layout->addWidget(m_cancel, 0, Qt::AlignRight);
        return;
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildConcernView(splitter));
    splitter->addWidget(buildDecisionForm(splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({580, 460});
    layout->addWidget(splitter, 1);

    m_generalError = makeFieldError(this, QStringLiteral("triageError"));
    layout->addWidget(m_generalError);
    m_record = new QPushButton(tr("Record &decision"), this);
    m_record->setObjectName(QStringLiteral("recordDecision"));
    m_record->setAccessibleName(tr("Record the decision"));
    m_record->setToolTip(tr("Ctrl+Enter"));
    m_record->setAutoDefault(false);
    connect(m_record, &QPushButton::clicked, this, &TriageDialog::save);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTriage"));
    m_cancel->setAccessibleName(tr("Cancel without deciding"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, [this]() { requestDiscard(); });
    auto* keys = new QLabel(tr("Ctrl+Enter records the decision · Escape cancels"), this);
    keys->setWordWrap(true);
    QPalette quiet = keys->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    keys->setPalette(quiet);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(keys, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_record);
    layout->addLayout(buttons);

    QList<QWidget*> order{m_concernView};
    if (m_bodyMap)
        order << m_bodyMap->findChild<QWidget*>(QStringLiteral("bodyMapMarks"));
    order << m_outcome << m_reasons << m_consulted << m_parents << m_parentsReason << m_hasReview << m_review
          << m_cancel << m_record;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_outcome->setFocus(Qt::OtherFocusReason);
}

TriageDialog::~TriageDialog() = default;

QWidget* TriageDialog::buildConcernView(QWidget* parent)
{
    auto* box = new QGroupBox(tr("The concern"), parent);
    m_concernView = new QTextBrowser(box);
    m_concernView->setObjectName(QStringLiteral("concernView"));
    m_concernView->setAccessibleName(tr("The concern as recorded"));
    m_concernView->setOpenLinks(false);
    m_concernView->setHtml(concernHtml());
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_concernView, 3);
    if (!m_concern.current.bodyMap.isEmpty()) {
        m_bodyMap = new BodyMapWidget(box);
        m_bodyMap->setReadOnly(true);
        m_bodyMap->setMarks(m_concern.current.bodyMap);
        m_bodyMap->setMinimumHeight(260);
        layout->addWidget(m_bodyMap, 2);
    }
    return box;
}

QString TriageDialog::concernHtml() const
{
    const ConcernVersion& current = m_concern.current;
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Recorded %1 by %2")
                         .arg(TextServices::formatDateTime(m_concern.recordedAt),
                              personName(m_vault, m_concern.recordedBy))
                         .toHtmlEscaped());
    if (current.version > 1)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Version %1, amended %2 by %3: %4")
                             .arg(QString::number(current.version),
                                  TextServices::formatDateTime(current.amendedAt),
                                  personName(m_vault, current.amendedBy), current.amendReason)
                             .toHtmlEscaped());
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    html += row(tr("Children"), childrenSummary(current.children));
    html += row(tr("When it happened"), current.occurred.display());
    if (!current.location.isEmpty())
        html += row(tr("Where"), current.location);
    html += row(tr("Categories"), categoryLabels(current.categoryIds));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Account").toHtmlEscaped(), paragraphs(current.account));
    if (!current.childWords.isEmpty())
        html += QStringLiteral("<h4>%1</h4><blockquote>%2</blockquote>")
                    .arg(tr("The child's exact words").toHtmlEscaped(), paragraphs(current.childWords));
    if (!current.immediateAction.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Immediate action taken").toHtmlEscaped(), paragraphs(current.immediateAction));
    if (!current.bodyMap.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Body map").toHtmlEscaped());
        for (const BodyMapMark& mark : current.bodyMap) {
            const QString note = mark.note.isEmpty() ? tr("no note") : mark.note;
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(BodyMapModel::placeOf(mark).toHtmlEscaped(), note.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

QWidget* TriageDialog::buildDecisionForm(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Decision"), parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the fields get the panel's width

    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("Choose what was decided"));
    for (const DecisionOutcome& outcome : decisionOutcomes)
        m_outcome->addItem(decisionOutcomeLabel(QString::fromLatin1(outcome.id)),
                           QString::fromLatin1(outcome.id));
    m_outcome->setCurrentIndex(-1);
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), box);
    outcomeLabel->setBuddy(m_outcome);
    form->addRow(outcomeLabel, m_outcome);
    m_errors.insert(outcomeField, makeFieldError(box, QStringLiteral("outcomeError")));
    m_fields.insert(outcomeField, m_outcome);
    form->addRow(QString(), m_errors.value(outcomeField));

    m_reasons = new QPlainTextEdit(box);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setAccessibleName(tr("Reasons"));
    m_reasons->setPlaceholderText(tr("Why this outcome: what you weighed up."));
    m_reasons->setTabChangesFocus(true);
    auto* reasonsLabel = new QLabel(tr("R&easons (required):"), box);
    reasonsLabel->setBuddy(m_reasons);
    form->addRow(reasonsLabel, m_reasons);
    m_errors.insert(reasonsField, makeFieldError(box, QStringLiteral("reasonsError")));
    m_fields.insert(reasonsField, m_reasons);
    form->addRow(QString(), m_errors.value(reasonsField));

    m_consulted = new QLineEdit(box);
    m_consulted->setObjectName(QStringLiteral("consulted"));
    m_consulted->setAccessibleName(tr("Who was consulted"));
    m_consulted->setPlaceholderText(tr("e.g. deputy DSL; MASH consultation line"));
    auto* consultedLabel = new QLabel(tr("Who was &consulted:"), box);
    consultedLabel->setBuddy(m_consulted);
    form->addRow(consultedLabel, m_consulted);

    m_parents = new QComboBox(box);
    m_parents->setObjectName(QStringLiteral("parentsInformed"));
    m_parents->setAccessibleName(tr("Parents told"));
    m_parents->setPlaceholderText(tr("Choose"));
    m_parents->addItem(tr("Yes"), parentsInformedName(ParentsInformed::Yes));
    m_parents->addItem(tr("No"), parentsInformedName(ParentsInformed::No));
    m_parents->addItem(tr("Not yet"), parentsInformedName(ParentsInformed::NotYet));
    m_parents->setCurrentIndex(-1);
    auto* parentsLabel = new QLabel(tr("&Parents told:"), box);
    parentsLabel->setBuddy(m_parents);
    form->addRow(parentsLabel, m_parents);
    connect(m_parents, &QComboBox::currentIndexChanged, this, &TriageDialog::updateParents);

    m_parentsReason = new QPlainTextEdit(box);
    m_parentsReason->setObjectName(QStringLiteral("parentsNotInformedReason"));
    m_parentsReason->setAccessibleName(tr("Why the parents were not told"));
    m_parentsReason->setPlaceholderText(tr("e.g. telling them could put the child at greater risk"));
    m_parentsReason->setTabChangesFocus(true);
    m_parentsReason->setMaximumHeight(m_parentsReason->fontMetrics().lineSpacing() * 4 + 12);
    m_parentsReasonLabel = new QLabel(tr("&Why not (required if not told):"), box);
    m_parentsReasonLabel->setBuddy(m_parentsReason);
    form->addRow(m_parentsReasonLabel, m_parentsReason);
    m_errors.insert(parentsField, makeFieldError(box, QStringLiteral("parentsError")));
    m_fields.insert(parentsField, m_parentsReason);
    form->addRow(QString(), m_errors.value(parentsField));

    m_hasReview = new QCheckBox(tr("Re&view on"), box);
    m_hasReview->setObjectName(QStringLiteral("hasReview"));
    m_hasReview->setAccessibleName(tr("Set a review date"));
    m_review = new QDateEdit(box);
    m_review->setObjectName(QStringLiteral("reviewDate"));
    m_review->setAccessibleName(tr("Review date"));
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    const QDate today = ukToday(m_services.clock);
    m_review->setMinimumDate(today);
    m_review->setDate(today.addDays(14));
    m_review->setEnabled(false);
    connect(m_hasReview, &QCheckBox::toggled, m_review, &QWidget::setEnabled);
    auto* reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_hasReview);
    reviewRow->addWidget(m_review, 1);
    auto* reviewLabel = new QLabel(tr("Review date:"), box);
    form->addRow(reviewLabel, reviewRow);
    m_errors.insert(reviewField, makeFieldError(box, QStringLiteral("reviewError")));
    m_fields.insert(reviewField, m_review);
    form->addRow(QString(), m_errors.value(reviewField));

    const auto edited = [this]() { m_edited = true; };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, edited);
    connect(m_reasons, &QPlainTextEdit::textChanged, this, edited);
    connect(m_consulted, &QLineEdit::textEdited, this, edited);
    connect(m_parents, &QComboBox::currentIndexChanged, this, edited);
    connect(m_parentsReason, &QPlainTextEdit::textChanged, this, edited);
    connect(m_hasReview, &QCheckBox::toggled, this, edited);
    updateParents();
    return box;
}

void TriageDialog::updateParents()
{
    const QString value = m_parents->currentData().toString();
    const bool needReason = value == parentsInformedName(ParentsInformed::No) ||
                            value == parentsInformedName(ParentsInformed::NotYet);
    m_parentsReason->setEnabled(needReason);
    m_parentsReasonLabel->setEnabled(needReason);
    m_parentsReason->setAccessibleDescription(needReason ? tr("Required while the parents have not been told")
                                                         : QString());
}

bool TriageDialog::hasInput() const
{
    return m_loaded && m_edited && m_decisionId == 0;
}

QString TriageDialog::discardQuestion() const
{
    return tr("The decision has not been recorded. If you discard it, what you wrote is gone and the concern "
              "stays in the inbox.");
}

QString TriageDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    if (!label)
        return field.isEmpty() && m_generalError && !m_generalError->isHidden() ? m_generalError->text()
                                                                                : QString();
    return label->isHidden() ? QString() : label->text();
}

QString TriageDialog::concernText() const
{
    return m_concernView ? m_concernView->toPlainText() : m_loadError;
}

void TriageDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        setFieldError(label, QString());
    setFieldError(m_generalError, QString());
}

void TriageDialog::showError(const QString& field, const QString& message)
{
    setFieldError(m_errors.value(field, m_generalError), message);
    if (QWidget* input = m_fields.value(field); input && input->isEnabled())
        input->setFocus(Qt::OtherFocusReason);
}

void TriageDialog::save()
{
    recordDecision();
}

qint64 TriageDialog::recordDecision()
{
    if (!m_loaded)
        return 0;
    if (m_decisionId != 0)
        return m_decisionId;
    clearErrors();
    if (m_parents->currentIndex() < 0) {
        // The model defaults to "not yet"; the person must say which, so the form asks rather than assumes.
        setFieldError(m_errors.value(parentsField),
                      tr("Parents told: say whether the parents have been told."));
        m_parents->setFocus(Qt::OtherFocusReason);
        return 0;
    }
    NewDecision decision;
    decision.outcome = m_outcome->currentData().toString();
    decision.reasons = m_reasons->toPlainText();
    decision.consulted = m_consulted->text();
    decision.parentsInformed =
        parentsInformedFromName(m_parents->currentData().toString()).value_or(ParentsInformed::NotYet);
    decision.parentsNotInformedReason =
        decision.parentsInformed == ParentsInformed::Yes ? QString() : m_parentsReason->toPlainText();
    if (m_hasReview->isChecked())
        decision.reviewDate = m_review->date();
    try {
        m_decisionId = DecisionRepository(m_vault).add(m_concernId, decision);
    } catch (const Error& error) {
        showError(error.field(), error.message());
        return 0;
    }
    Q_EMIT decided(m_concernId, m_decisionId);
    accept();
    return m_decisionId;
}

} // namespace lantern
