#include "TriageSupport.h"

#include "MessageSeam.h"
#include "reference/HarmCategories.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace lantern {

CaseDialog::CaseDialog(MessageSeam& messages, QWidget* parent)
    : QDialog(parent)
    , m_messages(messages)
{
    // A shortcut rather than keyPressEvent: the text boxes take plain Enter for a new line and would never
    // pass Ctrl+Enter on, but shortcuts are offered first.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this]() { save(); });
    }
}

bool CaseDialog::requestDiscard()
{
    if (hasInput() &&
        !m_messages.confirm(this, tr("Discard what you wrote?"), discardQuestion(), tr("Discard")))
        return false;
    m_closingConfirmed = true;
    reject();
    return true;
}

void CaseDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        requestDiscard();
        return;
    }
    // Plain Enter never "presses" a button behind the person's back: only Ctrl+Enter saves.
    if (enter)
        return;
    QDialog::keyPressEvent(event);
}

void CaseDialog::closeEvent(QCloseEvent* event)
{
    if (m_closingConfirmed || !isVisible() || !hasInput()) {
        QDialog::closeEvent(event);
        return;
    }
    if (m_messages.confirm(this, tr("Discard what you wrote?"), discardQuestion(), tr("Discard"))) {
        m_closingConfirmed = true;
        QDialog::closeEvent(event);
    } else {
        event->ignore();
    }
}

QLabel* makeFieldError(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setProperty("lanternData", true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

void setFieldError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
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

QString messageField(const QString& message)
{
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    QString field = message.left(colon);
    const qsizetype comma = field.indexOf(QLatin1Char(','));
    if (comma >= 0)
        field.truncate(comma);
    return field.trimmed();
}

QString categoryLabels(const QStringList& ids)
{
    QStringList labels;
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& id : ids) {
        const HarmCategory* category = categories.find(id);
        labels.append(category ? category->label : id);
    }
    return labels.join(QStringLiteral("; "));
}

QString childrenSummary(const QList<ConcernChild>& children)
{
    QStringList parts;
    for (const ConcernChild& child : children) {
        switch (child.role) {
        case ChildRole::Subject:
            parts.append(child.displayName);
            break;
        case ChildRole::AllegedHarmer:
            parts.append(CaseDialog::tr("%1 (alleged harmer)").arg(child.displayName));
            break;
        case ChildRole::Witness:
            parts.append(CaseDialog::tr("%1 (witness)").arg(child.displayName));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString concernStatusTitle(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::New:
        return CaseDialog::tr("Waiting for the DSL");
    case ConcernStatus::Triaged:
        return CaseDialog::tr("Seen by the DSL");
    case ConcernStatus::Open:
        return CaseDialog::tr("Being worked on");
    case ConcernStatus::Closed:
        return CaseDialog::tr("Closed");
    }
    return {};
}

QLabel* makeDataLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setProperty("lanternData", true);
    return label;
}

} // namespace lantern
