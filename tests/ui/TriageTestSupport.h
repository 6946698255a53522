#pragma once
// Shared by the inbox, concern form, body map and triage GUI tests: a records vault with three pupils on the
// roll, and keyboard helpers.

#include "GuiTestSupport.h"
#include "records/Concern.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "reference/Upn.h"
#include "support/RecordsFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTest>

namespace lantern::test {

class TriageFixture : public RecordsFixture {
protected:
    void SetUp() override
    {
        RecordsFixture::SetUp();
        PupilRepository pupils(dsl());
        m_amy = pupils.add(pupil("Amy", "Okafor", 1, QStringLiteral("6")));
        m_ben = pupils.add(pupil("Ben", "Hughes", 2, QStringLiteral("6")));
        m_zoe = pupils.add(pupil("Zoë", "Kowalski", 3, QStringLiteral("4")));
    }

    static Pupil pupil(const char* forename, const char* surname, int serial, const QString& year)
    {
        Pupil p;
        p.upn = makeUpn(999, 4001, 15, serial);
        p.legalForename = QString::fromUtf8(forename);
        p.legalSurname = QString::fromUtf8(surname);
        p.dateOfBirth = QDate(2015, 3, 5);
        p.sex = QStringLiteral("F");
        p.yearGroup = year;
        return p;
    }

    // A complete concern about Amy, for tests that need one in the inbox.
    NewConcern concernAbout(qint64 pupilId,
                            const QString& account = QStringLiteral("Bruise on the left arm."))
    {
        NewConcern concern;
        concern.occurred = PartialDate::day(QDate(2026, 11, 24));
        concern.children = {{pupilId, ChildRole::Subject, {}, {}}};
        concern.categoryIds = {QStringLiteral("physical-abuse")};
        concern.account = account;
        return concern;
    }

    GuiHarness harness;
    qint64 m_amy = 0;
    qint64 m_ben = 0;
    qint64 m_zoe = 0;
};

// Presses Tab until `target` (or a widget inside it) has the keyboard focus; false after `limit` presses.
inline bool tabTo(QWidget* target, int limit = 80)
{
    // After a dialog closes, the window underneath is activated by a queued event.
    if (!QTest::qWaitFor([]() { return QApplication::focusWidget() != nullptr; }, 2000))
        return false;
    for (int i = 0; i < limit; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && (focus == target || target->isAncestorOf(focus)))
            return true;
        pressKey(Qt::Key_Tab);
    }
    QWidget* focus = QApplication::focusWidget();
    return focus && (focus == target || target->isAncestorOf(focus));
}

// The inputs a person can use in `root`: text fields, text boxes, combos, spin boxes, item views and buttons
// that are visible and enabled (a line edit inside a combo or spin box belongs to it).
inline QList<QWidget*> inputsOf(QWidget* root)
{
    QList<QWidget*> inputs;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QAbstractButton*>(widget);
        if (!input)
            continue;
        if (qobject_cast<QLineEdit*>(widget) && (qobject_cast<QComboBox*>(widget->parentWidget()) ||
                                                 qobject_cast<QAbstractSpinBox*>(widget->parentWidget())))
            continue;
        // QLineEdit's clear button and a spin box's buttons are not separate inputs.
        if (qobject_cast<QAbstractButton*>(widget) && qobject_cast<QLineEdit*>(widget->parentWidget()))
            continue;
        inputs.append(widget);
    }
    return inputs;
}

// Every widget the Tab key reaches from the current focus, going once around (at most `limit` presses).
inline QSet<QWidget*> tabChain(int limit = 120)
{
    QSet<QWidget*> reached;
    QWidget* start = QApplication::focusWidget();
    for (int i = 0; i < limit; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (i > 0 && focus == start)
            break;
        reached.insert(focus);
        // A spin box or combo gives its focus to an inner line edit; count the outer widget as reached.
        for (QWidget* outer = focus->parentWidget(); outer; outer = outer->parentWidget()) {
            if (qobject_cast<QAbstractSpinBox*>(outer) || qobject_cast<QComboBox*>(outer))
                reached.insert(outer);
        }
        pressKey(Qt::Key_Tab);
    }
    return reached;
}

} // namespace lantern::test
