#pragma once

#include "records/Concern.h"

#include <QDialog>
#include <QString>
#include <functional>

class QLabel;
class QPushButton;

namespace lantern {

class MessageSeam;

// What the concern and triage dialogs share: Ctrl+Enter saves; Escape, Cancel and the window's close button
// ask before throwing away anything typed (through MessageSeam, so tests can answer); reject() itself never
// asks, because the idle lock rejects every open dialog and must not be held up by a question.
class CaseDialog : public QDialog {
    Q_OBJECT
public:
    CaseDialog(MessageSeam& messages, QWidget* parent);

    // Escape / Cancel: closes at once when nothing was typed, otherwise only if the person confirms.
    // Returns true when the dialog closed.
    bool requestDiscard();

protected:
    virtual bool hasInput() const = 0;
    virtual void save() = 0;
    virtual QString discardQuestion() const = 0;

    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    MessageSeam& messages() const { return m_messages; }

private:
    MessageSeam& m_messages;
    bool m_closingConfirmed = false;
};

// An error shown under the field it is about: the model's own message (data, so it is not translated
// again), in the palette's error colour, hidden while there is none.
QLabel* makeFieldError(QWidget* parent, const QString& objectName);
void setFieldError(QLabel* label, const QString& message);
// The field a model message names: what comes before its first colon, and before a comma ("Body map, mark
// 2: …" is about "Body map").
QString messageField(const QString& message);

// "Record a concern…" on a page: the button (Alt+R) and Ctrl+N anywhere in the window, both calling `open`.
QPushButton* makeRecordConcernButton(QWidget* page, const std::function<void()>& open);

// For lists and read-outs of a concern.
QString categoryLabels(const QStringList& ids);
QString childrenSummary(const QList<ConcernChild>& children);
QString concernStatusTitle(ConcernStatus status);

// A label that shows data (names, dates, what was written) rather than interface text: selectable, plain
// text, and skipped by the translation test.
QLabel* makeDataLabel(const QString& text, QWidget* parent);

} // namespace lantern
